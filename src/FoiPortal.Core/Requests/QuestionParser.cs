using System.Text.RegularExpressions;

namespace FoiPortal.Core.Requests;

/// <summary>
/// Splits what the requester typed into questions, the way people number them in letters and emails: "1.", "2)",
/// "(3)", "Q4:", "Question 5:", "(a)", "b)", "c." and bullets ("-", "*", "•"). A line starting with a marker begins a
/// new question; other lines continue the one before. The first marker's kind sets the level that splits: under
/// "1." the "(a)" and "-" lines are parts of their question and stay in it, marker and all. Questions typed on one
/// line ("Q1: ... Q2: ...", "a) ... b) ...") are split where their markers run in order from the first (1, 2, 3 or
/// a, b, c), so a number or a letter inside a sentence does not split it. Text without markers is one question.
/// </summary>
public static partial class QuestionParser
{
    private enum Level
    {
        Number,
        Letter,
        Bullet,
    }

    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .SelectMany(line => SplitInline(line.Trim()));
        var questions = new List<string>();
        var current = new List<string>();
        Level? splitting = null;
        foreach (var line in lines)
        {
            if (Marker(line) is { } marker && (splitting ??= marker.Level) == marker.Level)
            {
                Flush(current, questions);
                current.Add(marker.Text);
            }
            else
            {
                current.Add(line);
            }
        }

        Flush(current, questions);
        return questions;
    }

    private static (Level Level, string Text)? Marker(string line)
    {
        foreach (var (level, pattern) in LineMarkers)
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                return (level, match.Groups["rest"].Value.Trim());
            }
        }

        return null;
    }

    private static readonly (Level Level, Regex Pattern)[] LineMarkers =
    [
        (Level.Number, NumberedLine()),
        (Level.Letter, LetteredLine()),
        (Level.Bullet, BulletLine()),
    ];

    /// <summary>"Please tell me Q1: x Q2: y" as three lines: markers count only in order from the first (1, 2, 3 or a, b, c).</summary>
    private static IEnumerable<string> SplitInline(string line)
    {
        foreach (var pattern in InlineMarkers)
        {
            var starts = new List<int>();
            var expected = 1;
            foreach (Match match in pattern.Matches(line))
            {
                if (Ordinal(match.Groups["n"].Value) == expected)
                {
                    starts.Add(match.Groups["marker"].Index);
                    expected++;
                }
            }

            if (starts.Count >= 2)
            {
                var pieces = new List<string> { line[..starts[0]].Trim() };
                pieces.AddRange(starts.Select((start, i) => line[start..(i + 1 < starts.Count ? starts[i + 1] : line.Length)].Trim()));
                return pieces.Where(p => p.Length > 0);
            }
        }

        return [line];
    }

    private static int Ordinal(string value) =>
        int.TryParse(value, out var number) ? number : char.ToLowerInvariant(value[0]) - 'a' + 1;

    private static readonly Regex[] InlineMarkers = [InlineQuestionNumber(), InlineBracketed(), InlineClosing()];

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

    // "1." "2)" "(3)" "Q4:" "Q 4." "Question 5:" at the start of a line.
    [GeneratedRegex(@"^(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|Q\s?\d{1,2}\s*[:.)]|Question\s+\d{1,2}\s*[:.)])\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedLine();

    // "(a)" "a)" "A)" and "a." (lower case only, so that an initial such as "J. Smith" is not a question).
    [GeneratedRegex(@"^(?:\([A-Za-z]\)|[A-Za-z]\)|[a-z]\.(?=\s))\s*(?<rest>.*)$")]
    private static partial Regex LetteredLine();

    [GeneratedRegex(@"^[-*•·▪‣–](?=\s)\s*(?<rest>.*)$")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"(?:^|(?<=\s))(?<marker>(?:Q\s?|Question\s+)(?<n>\d{1,2})\s*[:.)])", RegexOptions.IgnoreCase)]
    private static partial Regex InlineQuestionNumber();

    [GeneratedRegex(@"(?:^|(?<=\s))(?<marker>\((?<n>\d{1,2}|[a-z])\))")]
    private static partial Regex InlineBracketed();

    [GeneratedRegex(@"(?:^|(?<=\s))(?<marker>(?<n>\d{1,2}|[a-z])\))")]
    private static partial Regex InlineClosing();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex BlankLines();
}
