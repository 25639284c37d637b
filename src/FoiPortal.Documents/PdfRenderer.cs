using FoiPortal.Documents.Layout;
using FoiPortal.Documents.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FoiPortal.Documents;

/// <summary>
/// Renders a <see cref="LetterDocument"/> as an A4, tagged PDF: the Public Sector Bodies (Websites and Mobile
/// Applications) (No. 2) Accessibility Regulations 2018 cover PDFs an authority publishes, so every letter and
/// attachment has a structure tree (headings, paragraphs, lists, tables with header cells) in reading order, the
/// document language, a title shown as the window title, and its page header and footer marked as artifacts.
/// Thread-safe: renders may run in parallel.
/// </summary>
public static class PdfRenderer
{
    public static byte[] Render(LetterDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentFonts.EnsureRegistered();
        var layout = LayoutEngine.Layout(document, LayoutSettings.A4, PdfTextMeasurer.Instance);
        return Write(document, layout);
    }

    /// <summary>
    /// The characters of the document that the embedded font cannot draw (the PDF shows "?" for each), so the web
    /// side can warn the officer before sending. Empty when every character can be printed.
    /// </summary>
    public static IReadOnlyList<string> FindUnprintableCharacters(LetterDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentFonts.EnsureRegistered();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in Texts(document))
        {
            found.UnionWith(PdfTextMeasurer.Instance.Unprintable(TextCleaner.Clean(text)));
        }

        return [.. found];
    }

    internal static byte[] Write(LetterDocument document, DocumentLayout layout)
    {
        var settings = layout.Settings;
        using var pdf = new PdfDocument();
        var title = TextCleaner.CleanSingleLine(document.Title).Trim();
        pdf.Info.Title = title.Length > 0 ? title : TextCleaner.CleanSingleLine(document.Reference).Trim();
        if (!string.IsNullOrWhiteSpace(document.Author))
        {
            pdf.Info.Author = TextCleaner.CleanSingleLine(document.Author).Trim();
        }

        pdf.Info.Creator = "FoiPortal";
        // PDF/UA (ISO 14289-1 7.1): the viewer's title bar shows the title, not the file name.
        pdf.ViewerPreferences.DisplayDocTitle = true;

        var language = string.IsNullOrWhiteSpace(document.Language) ? "en-GB" : document.Language.Trim();
        var tags = new StructureTreeWriter(pdf, language);
        var fonts = new Dictionary<FontSpec, XFont>();
        foreach (var page in layout.Pages)
        {
            var pdfPage = pdf.AddPage();
            pdfPage.Width = XUnit.FromPoint(settings.PageWidth);
            pdfPage.Height = XUnit.FromPoint(settings.PageHeight);
            using var graphics = XGraphics.FromPdfPage(pdfPage);
            tags.BeginPage(pdfPage, graphics);
            foreach (var op in page.Ops)
            {
                Draw(op, graphics, tags, fonts);
            }

            tags.EndPage();
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Draw(LayoutOp op, XGraphics graphics, StructureTreeWriter tags, Dictionary<FontSpec, XFont> fonts)
    {
        switch (op.Kind)
        {
            case LayoutOpKind.BeginElement:
                tags.BeginElement(op.Tag);
                break;
            case LayoutOpKind.EndElement:
                tags.EndElement();
                break;
            case LayoutOpKind.BeginArtifact:
                tags.BeginArtifact(op.Artifact);
                break;
            case LayoutOpKind.EndArtifact:
                tags.EndArtifact();
                break;
            case LayoutOpKind.Text:
                var font = FontFor(op.Font, fonts);
                tags.BeforeContent();
                graphics.DrawString(op.Text!, font, XBrushes.Black, op.X, Baseline(op, font));
                break;
            case LayoutOpKind.Line:
                tags.BeforeContent();
                graphics.DrawLine(new XPen(XColors.Black, op.Thickness), op.X, op.Y, op.X + op.Width, op.Y + op.Height);
                break;
            default:
                throw new InvalidOperationException($"Unknown layout instruction {op.Kind}.");
        }
    }

    /// <summary>The baseline that centres the font's ascent and descent in the line box.</summary>
    private static double Baseline(LayoutOp op, XFont font)
    {
        var metrics = font.Metrics;
        var ascent = metrics.Ascent * op.Font.Size / metrics.UnitsPerEm;
        var descent = metrics.Descent * op.Font.Size / metrics.UnitsPerEm;
        return op.Y + ((op.Height - ascent - descent) / 2) + ascent;
    }

    private static XFont FontFor(FontSpec spec, Dictionary<FontSpec, XFont> fonts)
    {
        if (!fonts.TryGetValue(spec, out var font))
        {
            font = DocumentFonts.Create(spec);
            fonts.Add(spec, font);
        }

        return font;
    }

    private static IEnumerable<string?> Texts(LetterDocument document)
    {
        yield return document.Reference;
        yield return document.Author;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    yield return h.Text;
                    break;
                case Paragraph p:
                    yield return p.Text;
                    break;
                case BulletList l:
                    foreach (var item in l.Items)
                    {
                        yield return item;
                    }

                    break;
                case NumberedList l:
                    foreach (var item in l.Items)
                    {
                        yield return item;
                    }

                    break;
                case AddressBlock a:
                    foreach (var line in a.Lines)
                    {
                        yield return line;
                    }

                    break;
                case LetterHead h:
                    foreach (var line in h.Sender.Concat(h.Recipient))
                    {
                        yield return line;
                    }

                    break;
                case Table t:
                    yield return t.Caption;
                    foreach (var header in t.Headers)
                    {
                        yield return header;
                    }

                    foreach (var row in t.Rows)
                    {
                        foreach (var cell in row)
                        {
                            yield return cell;
                        }
                    }

                    break;
            }
        }
    }
}
