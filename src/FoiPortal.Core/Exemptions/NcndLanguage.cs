using System.Text.RegularExpressions;

namespace FoiPortal.Core.Exemptions;

/// <summary>
/// FOIA s.1(1)(a) excluded: an NCND response must not reveal whether information is held. Free text entered for an
/// NCND decision is checked for phrases that would, unless they only ask "whether" something is held.
/// </summary>
public static partial class NcndLanguage
{
    /// <summary>The implying phrase found in the text, or null when the text is neutral.</summary>
    public static string? FindImplication(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = ImplyingPhrase().Match(text);
        return match.Success ? match.Value : null;
    }

    /// <summary>
    /// What the authority will neither confirm nor deny, after "will neither confirm nor deny": "that it holds the
    /// information requested", or, for a subject that is itself a question ("whether any stop was made ..."), "whether it
    /// holds information about whether any stop was made ...": "that it holds whether ..." is not English.
    /// </summary>
    public static string HoldingClause(string? subject)
    {
        var what = string.IsNullOrWhiteSpace(subject) ? "the information requested" : subject.Trim();
        return what.StartsWith("whether ", StringComparison.OrdinalIgnoreCase)
            ? $"whether it holds information about w{what[1..]}"
            : $"that it holds {what}";
    }

    internal static string Message(string what, string phrase) =>
        RegimeTerms.Capitalise($"{what} must not say whether information is held: reword '{phrase}'");

    // "whether we hold" and "if we hold" only pose the question; "we hold", "we do not hold" answer it.
    [GeneratedRegex(@"(?<!\b(?:whether|if|whether or not)\s)\b(?:we (?:do not |don't |no longer )?hold|(?:does|do) not hold|the information (?:we )?held|(?:no|the) information (?:is|was) held|we have no (?:record|information))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImplyingPhrase();
}
