using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// Finds the requester's name, email address and postal address in text and attachments before anything is
/// published. A requester's identity is personal data and a disclosure log must never publish it.
/// <para>
/// Matching is tolerant of what officers' documents do to text: any case; accents; extra or odd white space,
/// including line breaks and non-breaking spaces; punctuation between the parts of a name or an address ("12,
/// Acacia Ave." for "12 Acacia Avenue"); postcode spacing ("b11aa" for "B1 1AA"); the name in another order
/// ("Example, Sam"), as initial and surname ("S. Example"), or after a title ("Dear Mr Example"); an email address
/// written with spaces or "(at)". It errs towards finding too much: a false alarm costs a rewording, a miss
/// publishes someone's identity.
/// </para>
/// </summary>
public sealed partial class PersonalDataCheck
{
    private const int ExcerptContext = 40;

    // Words that start an address line but say nothing about where someone lives.
    private static readonly HashSet<string> AddressFillerWords = new(StringComparer.Ordinal)
    {
        "flat", "apartment", "apt", "unit", "house", "floor", "room", "suite", "block", "the", "and", "building", "no",
    };

    private static readonly Dictionary<string, string> StreetAbbreviations = new(StringComparer.Ordinal)
    {
        ["avenue"] = "ave",
        ["road"] = "rd",
        ["street"] = "st",
        ["lane"] = "ln",
        ["drive"] = "dr",
        ["close"] = "cl",
        ["crescent"] = "cres",
        ["gardens"] = "gdns",
        ["place"] = "pl",
        ["court"] = "ct",
        ["terrace"] = "terr",
        ["square"] = "sq",
        ["grove"] = "gr",
        ["park"] = "pk",
        ["mount"] = "mt",
    };

    private static readonly string[] Honorifics = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "revd", "lord", "lady"];

    private readonly List<Matcher> _matchers = [];

    public PersonalDataCheck(RequesterIdentity requester)
    {
        AddName(requester.Name);
        AddEmail(requester.Email);
        AddAddress(requester.PostalAddress);
    }

    /// <summary>False when the requester's details are all missing (e.g. purged): then there is nothing to find.</summary>
    public bool HasAnythingToFind => _matchers.Count > 0;

    /// <summary>Every occurrence in one field; <paramref name="where"/> names it ("Response"), lines are added when the text has several.</summary>
    public IReadOnlyList<PersonalDataFinding> InText(string where, string? text)
    {
        if (string.IsNullOrEmpty(text) || !HasAnythingToFind)
        {
            return [];
        }

        var matchable = MatchableText.From(text);
        var spans = Find(matchable);
        var multiLine = text.Contains('\n', StringComparison.Ordinal);
        return spans.Select(span =>
        {
            var (start, end) = matchable.ToOriginal(span.Start, span.End);
            var location = multiLine ? $"{where}, line {LineOf(text, start)}" : where;
            return new PersonalDataFinding(span.Kind, location, Excerpt(text, matchable, spans, start, end));
        }).ToList();
    }

    /// <summary>
    /// Every occurrence in an attachment. CSV is read cell by cell (and row by row, for a name or address split
    /// across columns); plain text line by line; PDF page by page through <paramref name="pdfPages"/> (the text of
    /// each page), so this class stays free of a PDF library. A file whose text cannot be read is itself a finding.
    /// </summary>
    public IReadOnlyList<PersonalDataFinding> InAttachment(string fileName, string contentType, byte[] content, Func<byte[], IReadOnlyList<string>?>? pdfPages = null)
    {
        if (!HasAnythingToFind)
        {
            return [];
        }

        var findings = new List<PersonalDataFinding>(InText($"the file name {fileName}", FileNameWords(fileName)));
        switch (AttachmentKinds.Of(fileName, contentType))
        {
            case AttachmentKind.Csv:
                findings.AddRange(InCsv(fileName, DecodeText(content)));
                break;
            case AttachmentKind.Text:
                findings.AddRange(InText(fileName, DecodeText(content)));
                break;
            case AttachmentKind.Pdf when pdfPages?.Invoke(content) is { } pages && pages.Any(p => p.Any(char.IsLetterOrDigit)):
                for (var i = 0; i < pages.Count; i++)
                {
                    findings.AddRange(InText($"{fileName}, page {i + 1}", pages[i]));
                }

                break;
            default:
                findings.Add(new PersonalDataFinding(PersonalDataKind.Unreadable, fileName, "publish it as a CSV file or as a PDF with real text (not a scanned image)"));
                break;
        }

        return findings;
    }

    /// <summary>Cell by cell (row 1 is the header, as a spreadsheet numbers them), then each row as a whole for matches across cells.</summary>
    public IReadOnlyList<PersonalDataFinding> InCsv(string fileName, string text)
    {
        if (!HasAnythingToFind)
        {
            return [];
        }

        if (!Csv.TryRead(text, out var rows))
        {
            // Not well-formed CSV: checked as plain text instead, so nothing goes unread.
            return InText(fileName, text);
        }

        var findings = new List<PersonalDataFinding>();
        var header = rows.Count > 0 ? rows[0] : [];
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                foreach (var finding in InText("cell", cells[c]))
                {
                    findings.Add(finding with { Where = $"{fileName}, row {r + 1}, {ColumnName(header, c, r)}" });
                }
            }

            findings.AddRange(AcrossCells(fileName, cells, r));
        }

        return findings;
    }

    private IEnumerable<PersonalDataFinding> AcrossCells(string fileName, IReadOnlyList<string> cells, int rowIndex)
    {
        if (cells.Count < 2)
        {
            yield break;
        }

        // The row as one line, remembering where each cell sits, so a match inside one cell (already reported) is skipped.
        var joined = new StringBuilder();
        var bounds = new List<(int Start, int End)>();
        foreach (var cell in cells)
        {
            if (joined.Length > 0)
            {
                joined.Append(", ");
            }

            var flat = cell.ReplaceLineEndings(" ");
            bounds.Add((joined.Length, joined.Length + flat.Length));
            joined.Append(flat);
        }

        var text = joined.ToString();
        var matchable = MatchableText.From(text);
        var spans = Find(matchable);
        var inOneCell = spans.Select(s => matchable.ToOriginal(s.Start, s.End)).Where(r => bounds.Exists(b => r.Start >= b.Start && r.End <= b.End)).ToList();
        foreach (var span in spans)
        {
            var (start, end) = matchable.ToOriginal(span.Start, span.End);
            // Inside one cell, or touching what a cell already showed: reported cell by cell.
            if (inOneCell.Exists(r => r.Start < end && start < r.End))
            {
                continue;
            }

            var first = bounds.FindIndex(b => end > b.Start && start < b.End + 2);
            var last = bounds.FindLastIndex(b => start < b.End && end > b.Start);
            yield return new PersonalDataFinding(
                span.Kind,
                $"{fileName}, row {rowIndex + 1}, columns {first + 1} to {last + 1}",
                Excerpt(text, matchable, spans, start, end));
        }
    }

    private static string ColumnName(IReadOnlyList<string> header, int column, int row)
    {
        var name = row > 0 && column < header.Count ? header[column].Trim() : string.Empty;
        if (name.Length > 30)
        {
            name = name[..30].TrimEnd() + "…";
        }

        return name.Length > 0 ? $"column {column + 1} (“{name}”)" : $"column {column + 1}";
    }

    private static string FileNameWords(string fileName) => FileNameSeparators().Replace(Path.GetFileNameWithoutExtension(fileName), " ");

    private static string DecodeText(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            // Spreadsheets saved as "CSV" on Windows are often Windows-1252; Latin-1 keeps every byte readable.
            return Encoding.Latin1.GetString(content);
        }
    }

    private List<Span> Find(MatchableText text)
    {
        var spans = new List<Span>();
        foreach (var matcher in _matchers)
        {
            foreach (Match match in matcher.Pattern.Matches(text.Text))
            {
                if (match.Length > 0 && (!matcher.NeedsCapitals || StartsWithCapitals(match, text)))
                {
                    spans.Add(new Span(matcher.Kind, match.Index, match.Index + match.Length));
                }
            }
        }

        // One finding per place: overlapping matches of one kind (the full name and "S. Example") become one, and so do
        // parts of one address close together on a line ("12 Acacia Avenue, Birmingham B1 1AA").
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Span>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Kind == span.Kind
                && span.Start <= last.End + (span.Kind == PersonalDataKind.PostalAddress ? 40 : 0))
            {
                merged[^1] = last with { End = Math.Max(last.End, span.End) };
            }
            else if (merged.Count == 0 || span.Start >= merged[^1].End || merged[^1].Kind != span.Kind)
            {
                merged.Add(span);
            }
        }

        // A name inside the email address ("sam.example@...") is one finding, the email address.
        return merged.Where(span => !merged.Exists(other => other.Kind != span.Kind && other.Start <= span.Start && other.End >= span.End
            && (other.End - other.Start) > (span.End - span.Start))).ToList();
    }

    /// <summary>An initial and surname ("S. Example") is only a name when written as one: both capitalised in the original.</summary>
    private static bool StartsWithCapitals(Match match, MatchableText text) =>
        match.Groups.Cast<Group>().Where(g => g.Name.StartsWith("cap", StringComparison.Ordinal) && g.Success)
            .All(g => char.IsUpper(OriginalChar(text, g.Index)));

    private static char OriginalChar(MatchableText text, int foldedIndex) => text.Original[text.Source[foldedIndex]];

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>The words around a match, on one line, with every match in view masked: enough to find the place, never the details.</summary>
    private static string Excerpt(string original, MatchableText matchable, List<Span> spans, int start, int end)
    {
        var from = Math.Max(0, start - ExcerptContext);
        var to = Math.Min(original.Length, end + ExcerptContext);
        var masked = spans.Select(s => (Range: matchable.ToOriginal(s.Start, s.End), s.Kind)).Where(s => s.Range.Item2 > from && s.Range.Item1 < to).ToList();
        // A match cut by the window edge is widened into the window, so no part of it shows.
        foreach (var (range, _) in masked)
        {
            from = Math.Min(from, range.Item1);
            to = Math.Max(to, range.Item2);
        }

        while (from > 0 && !char.IsWhiteSpace(original[from - 1]) && start - from < ExcerptContext + 15)
        {
            from--;
        }

        while (to < original.Length && !char.IsWhiteSpace(original[to]) && to - end < ExcerptContext + 15)
        {
            to++;
        }

        var builder = new StringBuilder();
        var at = from;
        foreach (var (range, kind) in masked.OrderBy(m => m.Range.Item1))
        {
            if (range.Item1 < at)
            {
                continue;
            }

            builder.Append(original, at, range.Item1 - at).Append(Mask(kind));
            at = range.Item2;
        }

        builder.Append(original, at, Math.Max(0, to - at));
        var excerpt = WhiteSpaceRun().Replace(builder.ToString(), " ").Trim();
        return (from > 0 ? "…" : string.Empty) + excerpt + (to < original.Length ? "…" : string.Empty);
    }

    private static string Mask(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Name => "[name]",
        PersonalDataKind.Email => "[email address]",
        _ => "[address]",
    };

    private void AddName(string? name)
    {
        var tokens = NameTokens(name);
        if (tokens.Count == 0)
        {
            return;
        }

        var first = tokens[0];
        var last = tokens[^1];
        if (tokens.Count == 1)
        {
            AddPattern(PersonalDataKind.Name, Word(Token(first)));
            return;
        }

        // "Sam Example" (with or without a middle initial: "Sam J. Example"), "Example, Sam", "Example Sam".
        AddPattern(PersonalDataKind.Name, Word(string.Join(NameSeparator, tokens.Select(Token))));
        AddPattern(PersonalDataKind.Name, Word(Token(first) + NameSeparator + @"(?:\p{L}\.?" + NameSeparator + ")?" + Token(last)));

        // Surname first only with a comma or a space between: "Example, Sam", not across a full stop.
        AddPattern(PersonalDataKind.Name, Word(Token(last) + @"(?:\s*,\s*|\s+)" + Token(first)));
        // "Dear Mr Example", "Dr. Example".
        AddPattern(PersonalDataKind.Name, Word($"(?:{string.Join('|', Honorifics)})\\.?\\s*{Token(last)}"));
        // "S. Example", "S Example": only written with capitals, since "a green" is not "A. Green".
        if (char.IsLetter(first[0]))
        {
            _matchers.Add(new Matcher(
                PersonalDataKind.Name,
                new Regex(Word($"(?<cap1>{Regex.Escape(first[..1])})\\.?\\s*(?<cap2>{Token(last)})"), Options),
                NeedsCapitals: true));
        }
    }

    private static List<string> NameTokens(string? name)
    {
        var folded = MatchableText.From(name).Text;
        var tokens = NameSplit().Split(folded).Select(t => t.Trim('.', '\'', '-')).Where(t => t.Length > 0).ToList();
        // A title in the name as given ("Dr Sam Example") is not part of the name to look for.
        while (tokens.Count > 1 && Honorifics.Contains(tokens[0]))
        {
            tokens.RemoveAt(0);
        }

        return tokens;
    }

    private void AddEmail(string? email)
    {
        var folded = MatchableText.From(email).Text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var at = folded.LastIndexOf('@');
        if (at <= 0 || at == folded.Length - 1)
        {
            return;
        }

        static string Dotted(string part) => string.Join(@"\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*", part.Split('.').Select(Regex.Escape));
        var pattern = Dotted(folded[..at]) + @"\s*(?:@|%40|\(at\)|\[at\]|\sat\s)\s*" + Dotted(folded[(at + 1)..]);
        AddPattern(PersonalDataKind.Email, $@"(?<![\p{{L}}\p{{N}}._%+-]){pattern}(?![\p{{L}}\p{{N}}_-])");
    }

    private void AddAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        var folded = MatchableText.From(address).Text;
        if (Postcode().Match(folded) is { Success: true } postcode)
        {
            // "B1 1AA", "b11aa", "B1-1AA".
            AddPattern(PersonalDataKind.PostalAddress, Word(Regex.Escape(postcode.Groups["out"].Value) + @"[\s-]*" + Regex.Escape(postcode.Groups["in"].Value)));
        }

        var parts = address.Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = Postcode().Replace(MatchableText.From(parts[i]).Text, " ");
            var tokens = AddressToken().Matches(part).Select(m => m.Value).ToList();
            var hasNumber = tokens.Exists(t => t.Any(char.IsDigit));
            var words = tokens.Count(t => t.Length >= 3 && t.All(char.IsLetter) && !AddressFillerWords.Contains(t));
            // "12 Acacia Avenue" or a named house on the first line ("Rose Cottage") say where someone lives; a town or
            // county on its own ("Birmingham", "West Midlands") does not, and would block every local entry.
            if ((hasNumber && words >= 1) || (i == 0 && words >= 2))
            {
                AddPattern(PersonalDataKind.PostalAddress, Word(string.Join(@"[\s.,]*", tokens.Select((t, n) => AddressWord(t, n == tokens.Count - 1)))));
            }
        }
    }

    /// <summary>The UK postcode in <paramref name="address"/>, upper case without spaces ("B11AA"), or null: the one postcode pattern, also used to match requesters.</summary>
    internal static string? FindPostcode(string? address) =>
        string.IsNullOrWhiteSpace(address) || Postcode().Match(MatchableText.From(address).Text) is not { Success: true } postcode
            ? null
            : (postcode.Groups["out"].Value + postcode.Groups["in"].Value).ToUpperInvariant();

    private static string AddressWord(string token, bool isLast)
    {
        var escaped = Regex.Escape(token);
        if (isLast && StreetAbbreviations.TryGetValue(token, out var shortForm))
        {
            return $"(?:{escaped}|{Regex.Escape(shortForm)}\\.?)";
        }

        return escaped;
    }

    private void AddPattern(PersonalDataKind kind, string pattern) =>
        _matchers.Add(new Matcher(kind, new Regex(pattern, Options), NeedsCapitals: false));

    private const string NameSeparator = @"[\s.,]+";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>A name part: an apostrophe may be left out ("OBrien"), a hyphen may be a space ("Smith Jones").</summary>
    private static string Token(string token) =>
        Regex.Escape(token).Replace("'", "'?", StringComparison.Ordinal).Replace("-", @"[-\s]?", StringComparison.Ordinal);

    /// <summary>Not part of a longer word: "Sam" is not found in "Samuel".</summary>
    private static string Word(string pattern) => $@"(?<![\p{{L}}\p{{N}}]){pattern}(?![\p{{L}}\p{{N}}])";

    [GeneratedRegex(@"[\s,]+", RegexOptions.CultureInvariant)]
    private static partial Regex NameSplit();

    [GeneratedRegex(@"(?<![a-z0-9])(?<out>[a-z]{1,2}[0-9][a-z0-9]?)\s*(?<in>[0-9][a-z]{2})(?![a-z0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex AddressToken();

    [GeneratedRegex(@"[\s_.\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameSeparators();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRun();

    private sealed record Matcher(PersonalDataKind Kind, Regex Pattern, bool NeedsCapitals);

    private readonly record struct Span(PersonalDataKind Kind, int Start, int End);
}
