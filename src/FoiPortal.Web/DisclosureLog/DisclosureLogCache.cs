using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace FoiPortal.Web.DisclosureLog;

/// <summary>Forgets cached public log pages (and data derived from the log) after a publication, withdrawal or correction.</summary>
public interface IDisclosureLogCache
{
    Task InvalidateAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The output cache of the public log's pages, under one tag, plus the log's filter choices kept in memory. Evicting
/// works on this node only: other nodes serve their copies until <see cref="DisclosureLogOptions.CacheSeconds"/> pass.
/// </summary>
public sealed class DisclosureLogCache(IOutputCacheStore store, IMemoryCache memory, SearchResultCache searches) : IDisclosureLogCache
{
    /// <summary>Every cached page of the public log carries this tag.</summary>
    public const string Tag = "disclosure-log";

    /// <summary>Output cache policy of the entry pages and the feed.</summary>
    public const string EntryPolicy = "DisclosureLogEntry";

    /// <summary>Output cache policy of the log's first page: cached only when the address has no query (no search, no filters).</summary>
    public const string FirstPagePolicy = "DisclosureLogFirstPage";

    /// <summary>ViewData flag: the page may be served from the output cache, so the layout must not depend on this request's CSP nonce.</summary>
    public const string OutputCachedViewDataKey = "OutputCached";

    internal const string FilterChoicesKey = "disclosure-log:filter-choices";

    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        memory.Remove(FilterChoicesKey);
        searches.Clear();
        await store.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>Registers the two policies; both are the default policy (anonymous GET/HEAD, 200, no cookies set) plus the tag.</summary>
    public static void AddPolicies(OutputCacheOptions options, TimeSpan expiry)
    {
        options.AddPolicy(EntryPolicy, b => b.Tag(Tag).Expire(expiry));
        options.AddPolicy(FirstPagePolicy, b => b.Tag(Tag).Expire(expiry).With(c => !c.HttpContext.Request.QueryString.HasValue));
    }
}
