using System.Globalization;
using System.Text;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// The filter values of an entry written as single search tokens (letters and digits only), so the SQLite FTS5 index
/// can apply the log's filters inside the full-text match: "crime" in 2024 then ranks only the 2024 entries instead of
/// ranking every entry with "crime" and filtering afterwards. Stored on the entry (<see cref="DisclosureLogEntry.SearchFacets"/>)
/// and indexed in its own column, which typed search words can never reach.
/// <para>
/// Format (kept in step with bench/seed-disclosure-log.sql): <c>y2024</c> for the year of response; <c>t</c> + hex of
/// the topic's UTF-8; <c>o</c> + outcome name; <c>x</c> + hex of each exemption key's UTF-8. Hex keeps any topic or
/// key ("FOIA s.23(5)") one token, with no collisions.
/// </para>
/// </summary>
public static class SearchFacets
{
    public static string Year(int year) => "y" + year.ToString(CultureInfo.InvariantCulture);

    public static string Topic(string topic) => "t" + Convert.ToHexString(Encoding.UTF8.GetBytes(topic));

    public static string Outcome(DisclosureOutcome outcome) => "o" + outcome.ToString();

    public static string Exemption(string key) => "x" + Convert.ToHexString(Encoding.UTF8.GetBytes(key));

    /// <summary>All of an entry's facet tokens, space-separated.</summary>
    public static string For(DateOnly respondedOn, string topic, DisclosureOutcome outcome, IEnumerable<string> exemptionKeys) =>
        string.Join(' ', new[] { Year(respondedOn.Year), Topic(topic), Outcome(outcome) }.Concat(exemptionKeys.Select(Exemption)));
}
