using System.Collections.Concurrent;
using System.Text;
using FoiPortal.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace FoiPortal.Documents.Pdf;

/// <summary>
/// Text widths from the embedded font's advance widths, cached per character (PDFsharp draws without kerning, so a
/// string's width is the sum of its characters' widths: the tests check this against PDFsharp's own measurement).
/// Shared by every render on every thread: the caches are filled under a lock, read without one.
/// </summary>
internal sealed class PdfTextMeasurer : ITextMeasurer
{
    public const char Replacement = '?';

    private const double MeasureSize = 1000;

    // Width per point of font size, for every character of the Basic Multilingual Plane; NaN = not measured yet,
    // negative = the font has no glyph for it.
    private readonly float[] _regular = NewTable();
    private readonly float[] _bold = NewTable();
    private readonly ConcurrentDictionary<(int CodePoint, bool Bold), float> _astral = new();
    private readonly Lock _measureLock = new();
    private XGraphics? _context;
    private XFont? _regularFont;
    private XFont? _boldFont;

    private PdfTextMeasurer()
    {
    }

    public static PdfTextMeasurer Instance { get; } = new();

    public double Width(ReadOnlySpan<char> text, FontSpec font)
    {
        double total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            float width;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = AstralWidth(char.ConvertToUtf32(c, text[i + 1]), font.Bold);
                i++;
            }
            else
            {
                width = BmpWidth(c, font.Bold);
            }

            // A character without a glyph is drawn as the replacement: measure that.
            total += width >= 0 ? width : BmpWidth(Replacement, font.Bold);
        }

        return total * font.Size;
    }

    public string Printable(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isPair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            // A line break is never drawn: the wrapper breaks the line there, so it is not a character to replace.
            var width = c == '\n' ? 0 : isPair ? AstralWidth(char.ConvertToUtf32(c, text[i + 1]), bold: false) : BmpWidth(c, bold: false);
            if (width < 0)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(Replacement);
            }
            else
            {
                builder?.Append(c);
                if (isPair)
                {
                    builder?.Append(text[i + 1]);
                }
            }

            if (isPair)
            {
                i++;
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The distinct characters of <paramref name="text"/> that the font cannot draw.</summary>
    public IEnumerable<string> Unprintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (AstralWidth(char.ConvertToUtf32(c, text[i + 1]), bold: false) < 0)
                {
                    yield return text.Substring(i, 2);
                }

                i++;
            }
            else if (c != '\n' && BmpWidth(c, bold: false) < 0)
            {
                yield return c.ToString();
            }
        }
    }

    private float BmpWidth(char c, bool bold)
    {
        var width = (bold ? _bold : _regular)[c];
        return float.IsNaN(width) ? MeasureBmp(c, bold) : width;
    }

    private float MeasureBmp(char c, bool bold)
    {
        lock (_measureLock)
        {
            var table = bold ? _bold : _regular;
            if (float.IsNaN(table[c]))
            {
                table[c] = MeasureLocked(c, c.ToString(), bold);
            }

            return table[c];
        }
    }

    private float AstralWidth(int codePoint, bool bold)
        => _astral.TryGetValue((codePoint, bold), out var width)
            ? width
            : MeasureAstral(codePoint, bold);

    private float MeasureAstral(int codePoint, bool bold)
    {
        lock (_measureLock)
        {
            return _astral.GetOrAdd((codePoint, bold), key => MeasureLocked(key.CodePoint, char.ConvertFromUtf32(key.CodePoint), key.Bold));
        }
    }

    private float MeasureLocked(int codePoint, string text, bool bold)
    {
        DocumentFonts.EnsureRegistered();
        _context ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var font = bold
            ? _boldFont ??= DocumentFonts.Create(new FontSpec(MeasureSize, Bold: true))
            : _regularFont ??= DocumentFonts.Create(new FontSpec(MeasureSize, Bold: false));
        if (codePoint != ' ' && GlyphHelper.GlyphIndexFromCodePoint(codePoint, font) == 0)
        {
            return -1;
        }

        return (float)(_context.MeasureString(text, font).Width / MeasureSize);
    }

    private static float[] NewTable()
    {
        var table = new float[char.MaxValue + 1];
        Array.Fill(table, float.NaN);
        return table;
    }
}
