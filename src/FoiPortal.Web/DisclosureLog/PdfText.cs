using UglyToad.PdfPig;

namespace FoiPortal.Web.DisclosureLog;

/// <summary>The words of each page of a PDF, for the personal-data check (PdfPig). Null when the file cannot be read as a PDF.</summary>
public static class PdfText
{
    public static IReadOnlyList<string>? Pages(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            // Words joined by spaces: a page's raw letters can run words together ("SamExample"), which a name check must not miss.
            return [.. document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text)))];
        }
#pragma warning disable CA1031 // A damaged or encrypted PDF must block publication, whatever PdfPig throws.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
