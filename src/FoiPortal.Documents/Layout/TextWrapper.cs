using System.Globalization;
using System.Text;

namespace FoiPortal.Documents.Layout;

/// <summary>
/// Greedy word wrapping. A "\n" forces a line break; runs of spaces collapse into one and spaces at either end of a
/// line are dropped (as a browser does, so the PDF reads like the HTML preview); a word wider than the line is
/// broken between characters (never inside a surrogate pair or before a combining mark).
/// A line that ends where the text had a space or a line break keeps one trailing space: it is invisible, takes no
/// part in alignment, and lets text extraction and screen readers see the word break between lines
/// ("we have dealt", not "we havedealt").
/// </summary>
internal static class TextWrapper
{
    private const double Tolerance = 1e-6;

    public static List<string> Wrap(string text, FontSpec font, double maxWidth, ITextMeasurer measurer)
    {
        var lines = new List<string>(1);
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            WrapHardLine(text, start, (end < 0 ? text.Length : end) - start, font, maxWidth, measurer, lines);
            if (end < 0)
            {
                return lines;
            }

            if (lines[^1].Length > 0)
            {
                lines[^1] += " ";
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// The width the text needs to sit on as few lines as its hard breaks allow, and the width of its widest word:
    /// the preferred and minimum widths of a table column.
    /// </summary>
    public static (double Natural, double LongestWord) Measure(string text, FontSpec font, ITextMeasurer measurer)
    {
        var space = measurer.Width(" ", font);
        double natural = 0, longestWord = 0, lineWidth = 0;
        var wordsOnLine = 0;
        var span = text.AsSpan();
        var i = 0;
        while (i <= span.Length)
        {
            if (i == span.Length || span[i] == '\n')
            {
                natural = Math.Max(natural, lineWidth);
                lineWidth = 0;
                wordsOnLine = 0;
                i++;
                continue;
            }

            if (span[i] == ' ')
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < span.Length && span[wordEnd] is not ' ' and not '\n')
            {
                wordEnd++;
            }

            var width = measurer.Width(span[i..wordEnd], font);
            longestWord = Math.Max(longestWord, width);
            lineWidth += (wordsOnLine > 0 ? space : 0) + width;
            wordsOnLine++;
            i = wordEnd;
        }

        return (natural, longestWord);
    }

    private static void WrapHardLine(
        string text, int start, int length, FontSpec font, double maxWidth, ITextMeasurer measurer, List<string> lines)
    {
        var line = text.AsSpan(start, length);

        // Most lines (table cells, short paragraphs) fit as they are: no copy.
        if (line.IndexOf("  ", StringComparison.Ordinal) < 0 && (line.IsEmpty || (line[0] != ' ' && line[^1] != ' '))
            && measurer.Width(line, font) <= maxWidth + Tolerance)
        {
            lines.Add(length == text.Length ? text : line.ToString());
            return;
        }

        var space = measurer.Width(" ", font);
        var current = new StringBuilder();
        double currentWidth = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == ' ')
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < line.Length && line[wordEnd] != ' ')
            {
                wordEnd++;
            }

            var word = line[i..wordEnd];
            var width = measurer.Width(word, font);
            if (current.Length > 0 && currentWidth + space + width <= maxWidth + Tolerance)
            {
                current.Append(' ').Append(word);
                currentWidth += space + width;
            }
            else
            {
                if (current.Length > 0)
                {
                    lines.Add(current.Append(' ').ToString());
                    current.Clear();
                }

                if (width <= maxWidth + Tolerance)
                {
                    current.Append(word);
                    currentWidth = width;
                }
                else
                {
                    currentWidth = BreakLongWord(word, font, maxWidth, measurer, lines, current);
                }
            }

            i = wordEnd;
        }

        lines.Add(current.ToString());
    }

    /// <summary>Adds full-width pieces of the word as lines and leaves its last piece in <paramref name="rest"/>.</summary>
    private static double BreakLongWord(
        ReadOnlySpan<char> word, FontSpec font, double maxWidth, ITextMeasurer measurer, List<string> lines, StringBuilder rest)
    {
        var pieceStart = 0;
        double pieceWidth = 0;
        var i = 0;
        while (i < word.Length)
        {
            var elementLength = StringInfo.GetNextTextElementLength(word[i..]);
            var elementWidth = measurer.Width(word.Slice(i, elementLength), font);

            // Always keep at least one character on a line, however narrow the line: the loop must progress.
            if (i > pieceStart && pieceWidth + elementWidth > maxWidth + Tolerance)
            {
                lines.Add(word[pieceStart..i].ToString());
                pieceStart = i;
                pieceWidth = 0;
            }

            pieceWidth += elementWidth;
            i += elementLength;
        }

        rest.Append(word[pieceStart..]);
        return pieceWidth;
    }
}
