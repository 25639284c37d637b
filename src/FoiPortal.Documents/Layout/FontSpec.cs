namespace FoiPortal.Documents.Layout;

/// <summary>A size in points and a weight of our one typeface.</summary>
internal readonly record struct FontSpec(double Size, bool Bold);

/// <summary>
/// Measures text for the layout engine. The PDF uses the embedded font's advance widths
/// (<see cref="Pdf.PdfTextMeasurer"/>); tests use a fixed-width measurer so expected positions can be worked out by hand.
/// </summary>
internal interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    double Width(ReadOnlySpan<char> text, FontSpec font);

    /// <summary>
    /// The text with every character the font cannot draw replaced by one it can ("?"), so that what is measured is
    /// what is drawn. Returns the same instance when nothing needs replacing.
    /// </summary>
    string Printable(string text);
}
