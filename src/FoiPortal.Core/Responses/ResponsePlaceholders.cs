using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiPortal.Core.Responses;

/// <summary>
/// The places the first draft of a letter leaves for the officer to fill in, and how to find any still left. One
/// definition for the composer that writes them and for <see cref="SendReadiness"/>, which refuses to send a letter
/// holding one (issue 12: a first draft with "[Answer to question 1]" was sent to a requester).
/// </summary>
public static partial class ResponsePlaceholders
{
    /// <summary>"[Answer to question 2]": where the answer to an answered question goes.</summary>
    public static string Answer(int questionNumber) => string.Create(CultureInfo.InvariantCulture, $"[Answer to question {questionNumber}]");

    /// <summary>
    /// Every placeholder still in <paramref name="text"/>, in order, as written. Recognised whatever the case and
    /// spacing inside the brackets, so "[answer to question  2 ]" counts too.
    /// </summary>
    public static IReadOnlyList<string> Find(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. AnswerPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\[\s*answer\s+to\s+question\s+\d+\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerPattern();
}
