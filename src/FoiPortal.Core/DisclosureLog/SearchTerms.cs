using System.Globalization;
using System.Text;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// What the public typed into the log's search box, reduced to plain words. User text never reaches a full-text
/// engine as syntax: it is split into words of letters and digits (so quotes, brackets, *, ^, :, -, + and the like
/// only separate words), the operators AND, OR, NOT and NEAR are dropped, and each word is quoted when the engine's
/// query is built. The input, the number of words and each word are capped, so a 10,000-character paste costs no more
/// than a short search. The engine's query is always passed as a parameter, never spliced into SQL.
/// </summary>
public sealed class SearchTerms
{
    /// <summary>Longer input is cut here before it is read (the search box allows this many characters).</summary>
    public const int MaxInputLength = 200;

    public const int MaxWords = 12;

    public const int MaxWordLength = 40;

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    // Words too common to say what an entry is about; left out of the "similar entries" suggestions only.
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "i", "in", "into", "is", "it", "many", "much",
        "of", "on", "or", "the", "their", "this", "to", "was", "were", "what", "when", "where", "which", "who", "with", "you",
        "your", "number", "numbers", "figures", "data", "information", "request", "requests", "foi", "about", "all", "any",
    };

    private SearchTerms(IReadOnlyList<string> words, bool wasTruncated, bool hadInput)
    {
        Words = words;
        WasTruncated = wasTruncated;
        HadInput = hadInput;
    }

    public static SearchTerms None { get; } = new([], wasTruncated: false, hadInput: false);

    /// <summary>The words to look for, each 1 to <see cref="MaxWordLength"/> letters or digits, at most <see cref="MaxWords"/>, no repeats.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The input was longer than <see cref="MaxInputLength"/> characters, or had more than <see cref="MaxWords"/> words.</summary>
    public bool WasTruncated { get; }

    /// <summary>Something was typed, even if no searchable word was left in it (e.g. only punctuation).</summary>
    public bool HadInput { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return None;
        }

        var truncated = input.Length > MaxInputLength;
        var text = truncated ? input[..MaxInputLength] : input;
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var word = new StringBuilder();

        void Take()
        {
            if (word.Length == 0)
            {
                return;
            }

            var candidate = word.Length > MaxWordLength ? word.ToString(0, MaxWordLength) : word.ToString();
            word.Clear();
            // FTS5 treats these as operators only in capitals; in any other case they are ordinary words ("not held").
            if (Operators.Contains(candidate) || !seen.Add(candidate))
            {
                return;
            }

            if (words.Count == MaxWords)
            {
                truncated = true;
                return;
            }

            words.Add(candidate);
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(rune.ToString());
            }
            else
            {
                Take();
            }
        }

        Take();
        return new SearchTerms(words, truncated, hadInput: true);
    }

    /// <summary>
    /// The SQLite FTS5 query: every word must appear (implicit AND), each as a quoted string so nothing is read as
    /// syntax, restricted to <paramref name="textColumns"/> (so a word can never match the filter tokens).
    /// </summary>
    public string ToFts5AllWords(string textColumns) =>
        string.Join(" AND ", Words.Select(w => $"{{{textColumns}}} : {Fts5Word(w)}"));

    /// <summary>
    /// One word for FTS5: quoted, or its forms in brackets when <see cref="WordForms"/> knows others ("knives" also as
    /// "knife"). The porter tokenizer stems each quoted word as it stems the text, so "grooming" finds "groomed".
    /// </summary>
    public static string Fts5Word(string word)
    {
        var forms = WordForms.Of(word);
        return forms.Count == 1 ? $"\"{word}\"" : $"({string.Join(" OR ", forms.Select(f => $"\"{f}\""))})";
    }

    /// <summary>
    /// One word for SQL Server's CONTAINS: its inflectional forms (the British English word breaker's stemmer) and
    /// those of any irregular forms <see cref="WordForms"/> knows, as quoted simple terms inside FORMSOF.
    /// </summary>
    public static string SqlServerWord(string word)
    {
        var forms = WordForms.Of(word);
        return forms.Count == 1
            ? $"FORMSOF(INFLECTIONAL, \"{word}\")"
            : $"({string.Join(" OR ", forms.Select(f => $"FORMSOF(INFLECTIONAL, \"{f}\")"))})";
    }

    /// <summary>Any of the words, for "similar entries" suggestions; common words are left out. Empty when nothing is left.</summary>
    public string ToFts5AnyWord(string textColumns)
    {
        var useful = UsefulWords();
        return useful.Count == 0 ? string.Empty : $"{{{textColumns}}} : ({string.Join(" OR ", useful.Select(Fts5Word))})";
    }

    /// <summary>The SQL Server CONTAINS condition: every word, each in any of its forms (<see cref="SqlServerWord"/>).</summary>
    public string ToSqlServerAllWords() => string.Join(" AND ", Words.Select(SqlServerWord));

    /// <summary>The words for FREETEXTTABLE (which takes plain words and has no syntax of its own).</summary>
    public string ToSqlServerFreeText() => string.Join(' ', UsefulWords());

    /// <summary>The words worth matching for suggestions: not in the common-word list, at least two characters.</summary>
    public IReadOnlyList<string> UsefulWords() => [.. Words.Where(w => w.Length >= 2 && !CommonWords.Contains(w))];
}
