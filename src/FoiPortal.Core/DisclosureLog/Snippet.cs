using System.Text.RegularExpressions;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>A piece of a search result's excerpt; <see cref="IsMatch"/> pieces are shown in bold.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);

/// <summary>
/// The few lines of a search result under its title: the text around the first searched word, words in bold. Worked
/// out here rather than by the database, so SQLite and SQL Server show the same excerpt and it never contains markup.
/// </summary>
public static partial class Snippet
{
    public const int DefaultLength = 220;

    /// <summary>
    /// Around the first place in <paramref name="texts"/> (tried in order) where any of <paramref name="words"/> starts a
    /// word (case and accents ignored); the opening of the first text when there are no words or none is found.
    /// </summary>
    public static IReadOnlyList<SnippetPart> Make(IEnumerable<string?> texts, IReadOnlyList<string> words, int length = DefaultLength)
    {
        var candidates = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var folded = words.Select(w => MatchableText.From(w).Text).Where(w => w.Length > 0).ToList();
        if (folded.Count > 0)
        {
            // Cheap first: find the first whole-word hit in the raw text (ignoring case) and fold only a window around it.
            foreach (var text in candidates)
            {
                if (FirstHit(text, words) is { } at)
                {
                    var from = Math.Max(0, at - length);
                    var to = Math.Min(text.Length, at + (2 * length));
                    var window = MatchableText.From(Plain(text[from..to]));
                    var hits = Hits(window, folded);
                    if (hits.Count > 0)
                    {
                        return Cut(window, hits, hits[0].Start, length, from > 0, to < text.Length);
                    }
                }
            }

            // Not found as typed (e.g. the index matched "café" for "cafe"): fold the openings of the texts, accents removed.
            foreach (var text in candidates)
            {
                var opening = MatchableText.From(Plain(text.Length > 4000 ? text[..4000] : text));
                var hits = Hits(opening, folded);
                if (hits.Count > 0)
                {
                    return Cut(opening, hits, hits[0].Start, length, false, text.Length > 4000);
                }
            }
        }

        var first = candidates[0];
        var start = MatchableText.From(Plain(first.Length > 2 * length ? first[..(2 * length)] : first));
        return Cut(start, [], 0, length, false, first.Length > 2 * length);
    }

    /// <summary>
    /// The whole of a short text (a title), the searched words and their forms marked; null when none of them is in it.
    /// </summary>
    public static IReadOnlyList<SnippetPart>? Highlight(string? text, IReadOnlyList<string> words)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = words.Select(w => MatchableText.From(w).Text).Where(w => w.Length > 0).ToList();
        var matchable = MatchableText.From(text);
        var hits = Hits(matchable, folded);
        return hits.Count == 0 ? null : Cut(matchable, hits, 0, int.MaxValue / 2, false, false);
    }

    /// <summary>The index of the first place a word starts a whole word, ignoring case; null when none does.</summary>
    private static int? FirstHit(string text, IReadOnlyList<string> words)
    {
        int? best = null;
        foreach (var word in words)
        {
            var at = 0;
            while (at < text.Length && (at = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    best = best is { } b ? Math.Min(b, at) : at;
                    break;
                }

                at = end;
            }
        }

        return best;
    }

    /// <summary>
    /// List markers ("- ", "1. ") at line starts removed: a snippet is running text. Internal file names a letter may
    /// quote ("see the attachment 62A_23_attachment", "311A_24_speed_cameras.csv") are left out (issue 18): the
    /// attachments are listed by what they are, and a name like that reads as noise in an excerpt.
    /// </summary>
    private static string Plain(string text) => FileName().Replace(ListMarker().Replace(text, string.Empty), string.Empty);

    /// <summary>A run of letters and digits joined by underscores, holding a digit or ending in a file extension.</summary>
    [GeneratedRegex(@"\s?(?<![\w.])(?=[\w.-]*\d|[\w.-]*\.(?:csv|pdf|txt|xlsx|docx)\b)[A-Za-z0-9-]+(?:_[A-Za-z0-9-]*)+(?:\.(?:csv|pdf|txt|xlsx|docx))?(?![\w])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    /// <summary>
    /// The whole words of <paramref name="text"/> the index matched: the searched word itself, or a word with the same
    /// Porter stem ("groomed" for "grooming", as the porter tokenizer matches them), or an irregular form of it
    /// (<see cref="WordForms"/>: "knife" for "knives").
    /// </summary>
    private static List<(int Start, int End)> Hits(MatchableText text, List<string> words)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var form in WordForms.Of(word))
            {
                exact.Add(form);
                stems.Add(PorterStemmer.Stem(form));
            }
        }

        // Porter only changes the end of a word, so a word can share a stem only if it starts with the stem's first two
        // letters: the others are not stemmed at all (excerpts of long texts stem far fewer words).
        var openings = stems.Select(s => s[..Math.Min(2, s.Length)]).ToHashSet(StringComparer.Ordinal);

        var hits = new List<(int Start, int End)>();
        var folded = text.Text;
        var at = 0;
        while (at < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[at]))
            {
                at++;
                continue;
            }

            var end = at;
            while (end < folded.Length && char.IsLetterOrDigit(folded[end]))
            {
                end++;
            }

            var token = folded[at..end];
            if (exact.Contains(token) || (openings.Contains(token[..Math.Min(2, token.Length)]) && stems.Contains(PorterStemmer.Stem(token))))
            {
                hits.Add((at, end));
            }

            at = end;
        }

        return hits;
    }

    /// <summary>About <paramref name="length"/> characters of the folded text starting a little before <paramref name="anchor"/>, cut at spaces, in original characters.</summary>
    private static List<SnippetPart> Cut(MatchableText text, List<(int Start, int End)> hits, int anchor, int length, bool textBefore, bool textAfter)
    {
        var folded = text.Text;
        var start = Math.Max(0, anchor - (length / 4));
        if (start > 0 || textBefore)
        {
            var space = folded.IndexOf(' ', start);
            start = space >= 0 && space < anchor ? space + 1 : start;
        }

        var end = Math.Min(folded.Length, start + length);
        if (end < folded.Length || textAfter)
        {
            var space = folded.LastIndexOf(' ', Math.Min(end, folded.Length - 1));
            end = space > start ? space : end;
        }

        var parts = new List<SnippetPart>();
        if (end <= start)
        {
            return parts;
        }

        var original = text.Original;
        var (from, to) = text.ToOriginal(start, end);
        var at = from;
        foreach (var (hitStart, hitEnd) in hits.Where(h => h.Start >= start && h.End <= end))
        {
            var (matchFrom, matchTo) = text.ToOriginal(hitStart, hitEnd);
            if (matchFrom < at)
            {
                continue;
            }

            Add(parts, original[at..matchFrom], false);
            Add(parts, original[matchFrom..matchTo], true);
            at = matchTo;
        }

        Add(parts, original[at..to], false);
        if (start > 0 || textBefore)
        {
            parts.Insert(0, new SnippetPart("…", false));
        }

        if (end < folded.Length || textAfter)
        {
            Add(parts, "…", false);
        }

        return parts;
    }

    private static void Add(List<SnippetPart> parts, string raw, bool isMatch)
    {
        var text = WhiteSpace().Replace(raw, " ");
        if (text.Length == 0)
        {
            return;
        }

        if (parts.Count > 0 && parts[^1].IsMatch == isMatch && !isMatch)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
            return;
        }

        parts.Add(new SnippetPart(text, isMatch));
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?m)^[ \t]*(?:[-*]|\d{1,3}[.)])[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
