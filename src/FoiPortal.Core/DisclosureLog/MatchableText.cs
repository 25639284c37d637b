using System.Globalization;
using System.Text;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// Text folded for matching, with a map back to the original: lower case, accents removed, compatibility forms
/// unfolded ("ﬁ" to "fi", full-width letters to ASCII), every run of white space (line breaks, tabs, non-breaking
/// and other Unicode spaces) made one space, soft hyphens and zero-width characters dropped, typographic
/// apostrophes and dashes made plain. <see cref="Source"/>[i] is the index in the original of <see cref="Text"/>[i].
/// </summary>
internal sealed class MatchableText
{
    private MatchableText(string original, string text, int[] source)
    {
        Original = original;
        Text = text;
        Source = source;
    }

    public string Original { get; }

    public string Text { get; }

    public int[] Source { get; }

    public static MatchableText From(string? original)
    {
        var text = original ?? string.Empty;
        var folded = new StringBuilder(text.Length);
        var source = new List<int>(text.Length);

        void Emit(char c, int index)
        {
            if (c == ' ' && (folded.Length == 0 || folded[^1] == ' '))
            {
                return;
            }

            folded.Append(c);
            source.Add(index);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                Emit(' ', i);
            }
            else if (c is '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4')
            {
                Emit('\'', i);
            }
            else if (c is >= '\u2010' and <= '\u2015' or '\u2212')
            {
                Emit('-', i);
            }
            else if (c < 128)
            {
                Emit(char.ToLowerInvariant(c), i);
            }
            else if (char.IsSurrogate(c))
            {
                // Emoji and other astral characters never take part in a match; keep them as they are.
                Emit(c, i);
            }
            else
            {
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormKD))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(d) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                    {
                        continue;
                    }

                    Emit(char.IsWhiteSpace(d) ? ' ' : char.ToLowerInvariant(d), i);
                }
            }
        }

        return new MatchableText(text, folded.ToString(), [.. source]);
    }

    /// <summary>The original range [start, end) behind the folded range [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end) => (Source[start], Source[end - 1] + 1);
}
