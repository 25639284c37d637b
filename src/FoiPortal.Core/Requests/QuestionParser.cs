using System.Text.RegularExpressions;

namespace FoiPortal.Core.Requests;

/// <summary>
/// Splits what the requester typed into numbered questions, the way people write them in letters:
/// a line starting "1.", "2)" or "(3)" begins a new question; other lines continue the one before.
/// Text without numbering is a single question.
/// </summary>
public static partial class QuestionParser
{
    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var questions = new List<string>();
        var current = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var match = NumberedLine().Match(line);
            if (match.Success)
            {
                Flush(current, questions);
                line = match.Groups["rest"].Value.Trim();
            }

            current.Add(line);
        }

        Flush(current, questions);
        return questions;
    }

    private static void Flush(List<string> current, List<string> questions)
    {
        var joined = string.Join('\n', current).Trim();
        // Collapse runs of blank lines inside one question into a single paragraph break.
        joined = BlankLines().Replace(joined, "\n\n");
        if (joined.Length > 0)
        {
            questions.Add(joined);
        }

        current.Clear();
    }

    [GeneratedRegex(@"^(?:\(?\d{1,2}[.)]|\(\d{1,2}\))\s*(?<rest>.*)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex BlankLines();
}
