using FoiPortal.Documents.Layout;
using FoiPortal.Documents.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace FoiPortal.Documents.Tests.Pdf;

public class PdfTextMeasurerTests
{
    [Theory]
    [InlineData("Your request for information", 11, false)]
    [InlineData("AVAWAY To. Wa", 18, true)]
    [InlineData("£450 – café, naïve “quotes”", 10, false)]
    [InlineData("1,234,567.89", 10, true)]
    public void Widths_match_what_pdfsharp_measures(string text, double size, bool bold)
    {
        var expected = MeasureWithPdfSharp(text, size, bold);

        var measured = PdfTextMeasurer.Instance.Width(text, new FontSpec(size, bold));

        Assert.Equal(expected, measured, 0.01);
    }

    [Fact]
    public void Bold_text_is_wider_than_regular()
        => Assert.True(PdfTextMeasurer.Instance.Width("Reason for decision", new FontSpec(11, true))
            > PdfTextMeasurer.Instance.Width("Reason for decision", new FontSpec(11, false)));

    [Fact]
    public void Printable_returns_the_same_string_when_every_character_has_a_glyph()
    {
        const string Text = "Snapchat £450 – café";

        Assert.Same(Text, PdfTextMeasurer.Instance.Printable(Text));
    }

    [Fact]
    public void Printable_replaces_each_character_without_a_glyph_by_one_question_mark()
        => Assert.Equal("a ? b ? c", PdfTextMeasurer.Instance.Printable("a \u4E2D b \U0001F600 c"));

    [Fact]
    public void Registering_the_fonts_from_many_threads_sets_one_resolver()
    {
        Parallel.For(0, 32, _ => DocumentFonts.EnsureRegistered());

        Assert.IsType<DocumentFonts>(GlobalFontSettings.FontResolver);
    }

    private static double MeasureWithPdfSharp(string text, double size, bool bold)
    {
        var graphics = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        return graphics.MeasureString(text, DocumentFonts.Create(new FontSpec(size, bold))).Width;
    }
}
