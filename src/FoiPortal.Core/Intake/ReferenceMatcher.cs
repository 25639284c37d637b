using System.Text;
using System.Text.RegularExpressions;

namespace FoiPortal.Core.Intake;

/// <summary>
/// Finds our references (made by <see cref="Requests.ReferenceFormat"/>, e.g. <c>FOI/2026/00042</c>) in a subject or
/// body, so a reply files itself to its case, and threads replies to our emails by In-Reply-To.
/// </summary>
public sealed partial class ReferenceMatcher
{
    private readonly Regex _reference;

    public ReferenceMatcher(string? pattern)
    {
        var source = string.IsNullOrWhiteSpace(pattern) ? Requests.ReferenceFormat.Default : pattern;
        var regex = new StringBuilder(@"(?<![A-Za-z0-9])");
        var i = 0;
        while (i < source.Length)
        {
            var token = Token().Match(source, i);
            if (token.Success && token.Index == i)
            {
                regex.Append(token.Value switch
                {
                    "{yyyy}" => @"\d{4}",
                    "{yy}" => @"\d{2}",
                    _ => @"\d{" + Math.Max(1, token.Groups["zeros"].Length) + ",9}",
                });
                i += token.Length;
            }
            else
            {
                regex.Append(Regex.Escape(source[i].ToString()));
                i++;
            }
        }

        regex.Append(@"(?![0-9])");
        _reference = new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The distinct references named in the texts, in the order found (subject first), upper-cased.</summary>
    public IReadOnlyList<string> Find(params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var found = new List<string>();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            // Only the first 100,000 characters: a reference is near the top, and a huge body must not be slow.
            var head = text.Length > 100_000 ? text[..100_000] : text;
            foreach (Match match in _reference.Matches(head))
            {
                var value = match.Value.ToUpperInvariant();
                if (!found.Contains(value))
                {
                    found.Add(value);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The outbox email id in one of our Message-IDs (<c>outbox-{id}-{stamp}@domain</c>), from an In-Reply-To or
    /// References header, or null.
    /// </summary>
    public static long? OutboxEmailId(string? messageId)
    {
        if (string.IsNullOrWhiteSpace(messageId))
        {
            return null;
        }

        var match = OutboxId().Match(messageId);
        return match.Success && long.TryParse(match.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    [GeneratedRegex(@"\{yyyy\}|\{yy\}|\{n(?::(?<zeros>0+))?\}")]
    private static partial Regex Token();

    [GeneratedRegex(@"^<?outbox-(?<id>\d{1,18})-\d{17}@", RegexOptions.CultureInvariant)]
    private static partial Regex OutboxId();
}
