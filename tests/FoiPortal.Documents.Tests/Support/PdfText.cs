using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FoiPortal.Documents.Tests.Support;

/// <summary>Reads a PDF's text back with PdfPig, an independent reader.</summary>
internal static class PdfText
{
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.Text)];
    }

    public static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
