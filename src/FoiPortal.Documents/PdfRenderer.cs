using FoiPortal.Documents.Layout;
using FoiPortal.Documents.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

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
        pdf.Info.Title = TextCleaner.CleanSingleLine(document.Title).Trim();
        if (!string.IsNullOrWhiteSpace(document.Author))
        {
            pdf.Info.Author = TextCleaner.CleanSingleLine(document.Author).Trim();
        }

        pdf.Info.Creator = "FoiPortal";
        pdf.ViewerPreferences.DisplayDocTitle = true;

        var accessibility = UAManager.ForDocument(pdf);
        accessibility.SetDocumentLanguage(string.IsNullOrWhiteSpace(document.Language) ? "en-GB" : document.Language.Trim());
        var structure = accessibility.StructureBuilder;

        var fonts = new Dictionary<FontSpec, XFont>();
        XGraphics? graphics = null;
        try
        {
            foreach (var page in layout.Pages)
            {
                var pdfPage = pdf.AddPage();
                pdfPage.Width = XUnit.FromPoint(settings.PageWidth);
                pdfPage.Height = XUnit.FromPoint(settings.PageHeight);

                // Adding the page closes the open marked content on the previous page's graphics: dispose it only now.
                graphics?.Dispose();
                graphics = XGraphics.FromPdfPage(pdfPage);
                foreach (var op in page.Ops)
                {
                    Draw(op, graphics, structure, fonts);
                }
            }
        }
        finally
        {
            graphics?.Dispose();
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Draw(LayoutOp op, XGraphics graphics, StructureBuilder structure, Dictionary<FontSpec, XFont> fonts)
    {
        switch (op.Kind)
        {
            case LayoutOpKind.BeginElement:
                structure.BeginBlockLevelElement(op.Tag.ToString());
                if (op.Tag == StructureTag.TH)
                {
                    // ISO 14289-1 7.5: a header cell says which cells it heads. Ours head their column.
                    structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
                }

                break;
            case LayoutOpKind.EndElement:
            case LayoutOpKind.EndArtifact:
                structure.End();
                break;
            case LayoutOpKind.BeginArtifact:
                structure.BeginArtifact();
                break;
            case LayoutOpKind.Text:
                if (op.Text!.Length > 0)
                {
                    var font = FontFor(op.Font, fonts);
                    graphics.DrawString(op.Text, font, XBrushes.Black, op.X, Baseline(op, font));
                }

                break;
            case LayoutOpKind.Line:
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
