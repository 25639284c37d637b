using FoiPortal.Documents.Layout;

namespace FoiPortal.Documents.Tests.Support;

/// <summary>
/// Every character is half the font size wide, so expected line breaks and positions can be worked out by hand:
/// at 10 pt a character is 5 pt wide and a 100 pt line holds 20 characters.
/// </summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public static FixedWidthMeasurer Instance { get; } = new();

    public double Width(ReadOnlySpan<char> text, FontSpec font) => text.Length * font.Size / 2;

    public string Printable(string text) => text;
}
