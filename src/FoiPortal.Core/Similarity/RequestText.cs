using System.Text;
using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Similarity;

/// <summary>
/// A request's text (title and questions) reduced to what similarity compares: each part folded (<see cref="MatchableText"/>:
/// case, accents, typographic forms), split into words of letters and digits (numbers are kept: "2023" and "2024" differ),
/// common and request boilerplate words dropped ("please", "provide", "information", "act"...), plurals folded ("crimes" to
/// "crime"), then cut into overlapping 3-word shingles. Each question is shingled on its own, so the same questions in
/// another order give the same shingles; the title only when the questions are too short. Built once per request; comparing two is a set intersection.
/// </summary>
public sealed class RequestText
{
    /// <summary>Words per shingle. Three keeps word order (a reworded request still shares most runs of three content words).</summary>
    public const int ShingleSize = 3;

    // Function words and the phrases every FOI request shares: leaving them in makes any two requests look alike.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "within", "into", "about", "as",
        "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there", "their", "which",
        "what", "who", "whom", "how", "many", "much", "any", "all", "each", "every", "per", "if", "so", "than", "then", "also",
        "i", "me", "my", "we", "our", "you", "your", "us", "he", "she", "his", "her", "they", "them",
        "do", "does", "did", "have", "has", "had", "can", "could", "would", "will", "shall", "should", "may", "might", "must",
        "please", "kindly", "provide", "provided", "send", "give", "tell", "let", "know", "like", "request", "requesting", "requested",
        "information", "details", "detail", "data", "copy", "copies", "number", "numbers", "figure", "figures", "total",
        "freedom", "act", "foi", "foia", "under", "regarding", "relating", "related", "following", "held", "hold", "holds",
        "dear", "sir", "madam", "thank", "thanks", "regards", "yours", "faithfully", "sincerely", "during", "between", "since",
    };

    private RequestText(IReadOnlySet<string> shingles, IReadOnlySet<string> years, int contentWords)
    {
        Shingles = shingles;
        Years = years;
        ContentWords = contentWords;
    }

    /// <summary>The shingles, with four-digit years (1900 to 2099) written as "#year" so a dated variant still scores.</summary>
    public IReadOnlySet<string> Shingles { get; }

    /// <summary>The years the text names, so a caller can tell "the same request again" from "the same request for another year".</summary>
    public IReadOnlySet<string> Years { get; }

    /// <summary>Words left after folding and dropping boilerplate, across all parts.</summary>
    public int ContentWords { get; }

    public static RequestText From(string? title, IEnumerable<string?> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        var years = new HashSet<string>(StringComparer.Ordinal);
        var contentWords = 0;
        foreach (var question in questions)
        {
            contentWords += AddShingles(Words(question, years), shingles);
        }

        // The title is a label ("Knife crime in Leeds") that requests for different information share; the questions say
        // what is asked for. It counts only when the questions alone are too short to compare.
        if (shingles.Count < ShingleSize)
        {
            contentWords += AddShingles(Words(title, years), shingles);
        }

        return new RequestText(shingles, years, contentWords);
    }

    private static int AddShingles(List<string> words, HashSet<string> shingles)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        if (words.Count < ShingleSize)
        {
            // A short part is one shingle of what it has.
            shingles.Add(string.Join(' ', words));
            return words.Count;
        }

        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            shingles.Add(string.Join(" ", words.GetRange(i, ShingleSize)));
        }

        return words.Count;
    }

    /// <summary>The folded content words of <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string? text, HashSet<string>? years = null)
    {
        var folded = MatchableText.From(text).Text;
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            // An apostrophe inside a word ("officer's") ends nothing but is dropped.
            if (c == '\'' && current.Length > 0)
            {
                continue;
            }

            if (current.Length > 0)
            {
                var word = Fold(current.ToString());
                current.Clear();
                if (word.Length == 4 && word[0] is '1' or '2' && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && word.All(char.IsAsciiDigit))
                {
                    years?.Add(word);
                    words.Add("#year");
                }
                else if (!Ignored.Contains(word))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    // A light plural fold, enough for "crimes"/"crime" and "injuries"/"injury"; not a stemmer.
    private static string Fold(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && word.Any(char.IsLetter))
        {
            return word[..^1];
        }

        return word;
    }
}
