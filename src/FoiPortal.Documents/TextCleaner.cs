using System.Globalization;
using System.Text;

namespace FoiPortal.Documents;

/// <summary>
/// Makes letter text safe and identical for both renderers: line endings become "\n", a tab becomes a space, and
/// control and invisible format characters (including lone surrogates, zero-width spaces and soft hyphens) are
/// dropped. Both <see cref="HtmlRenderer"/> and <see cref="PdfRenderer"/> use it, so the preview reads like the PDF.
/// </summary>
internal static class TextCleaner
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                case '\u2028':
                case '\u2029':
                case '\u0085':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (!IsDropped(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text on one line: every line break becomes a space.</summary>
    public static string CleanSingleLine(string? text)
    {
        var cleaned = Clean(text);
        return cleaned.Contains('\n', StringComparison.Ordinal) ? cleaned.Replace('\n', ' ') : cleaned;
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || (c >= '\u007f' && (char.IsSurrogate(c) || c is '\u2028' or '\u2029' || IsDropped(c))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDropped(char c)
        => char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
}
