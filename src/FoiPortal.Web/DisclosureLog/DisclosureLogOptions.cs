using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Web.DisclosureLog;

/// <summary><c>DisclosureLog</c> section.</summary>
public sealed class DisclosureLogOptions
{
    public const string Section = "DisclosureLog";

    /// <summary>Results per page of the public log.</summary>
    public const int PageSize = 20;

    public static readonly IReadOnlyList<string> DefaultTopics =
    [
        "Crime and offences",
        "Policing operations",
        "Roads and traffic",
        "Custody",
        "Public protection",
        "Finance and contracts",
        "Workforce",
        "Equipment and technology",
        "Complaints and conduct",
        "Governance and policy",
    ];

    /// <summary>The authority's topics for entries; the defaults suit a police force. Set as <c>DisclosureLog:Topics:0</c>, <c>:1</c>...</summary>
    public string[]? Topics { get; set; }

    /// <summary>
    /// How long an entry page, the log's first page and the feed are served from the output cache. Publishing,
    /// withdrawing or correcting evicts them at once on the node that made the change; other nodes catch up within this time.
    /// </summary>
    public int CacheSeconds { get; set; } = 60;

    /// <summary>How long a search's results (ids and count) are remembered for the next visitor with the same search; 0 turns it off.</summary>
    public int SearchCacheSeconds { get; set; } = 30;

    /// <summary>
    /// When true, "publish" becomes "submit for approval" and a manager other than the preparer publishes (approves)
    /// or returns the entry with a comment. Off by default.
    /// </summary>
    public bool RequireApproval { get; set; }

    public IReadOnlyList<string> EffectiveTopics => Topics is { Length: > 0 } topics ? topics : DefaultTopics;

    /// <summary>The configured topic whose name or URL value ("roads-and-traffic") this is, ignoring case; null otherwise.</summary>
    public string? FindTopic(string? value)
    {
        var wanted = (value ?? string.Empty).Trim();
        if (wanted.Length == 0)
        {
            return null;
        }

        return EffectiveTopics.FirstOrDefault(t => string.Equals(t, wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(EntrySlug.Words(t), wanted, StringComparison.OrdinalIgnoreCase));
    }
}
