using FoiPortal.Documents.Layout;

namespace FoiPortal.Documents.Tests.Support;

/// <summary>
/// A small page for layout tests: content 100 pt wide (20 characters of 10 pt text) and 100 pt tall (10 lines of
/// 10 pt at line spacing 1), no spacing between blocks, no cell padding, every font 10 pt.
/// </summary>
internal static class TestPages
{
    public const int CharactersPerLine = 20;
    public const int LinesPerPage = 10;

    public static LayoutSettings Settings { get; } = new()
    {
        PageWidth = 120,
        PageHeight = 140,
        MarginLeft = 10,
        MarginRight = 10,
        MarginTop = 20,
        MarginBottom = 20,
        HeaderTop = 2,
        FooterFromBottom = 12,
        LineSpacing = 1,
        Body = new FontSpec(10, false),
        Heading1 = new FontSpec(10, true),
        Heading2 = new FontSpec(10, true),
        Heading3 = new FontSpec(10, true),
        Caption = new FontSpec(10, true),
        TableHeader = new FontSpec(10, true),
        TableCell = new FontSpec(10, false),
        PageHeader = new FontSpec(4, false),
        ParagraphSpacing = 0,
        ListItemSpacing = 0,
        HeadingSpaceBeforeFactor = 0,
        HeadingSpaceAfterFactor = 0,
        TableSpaceBefore = 0,
        TableSpaceAfter = 0,
        CaptionGap = 0,
        CellPaddingX = 0,
        CellPaddingY = 0,
        MinColumnWidth = 5,
        BulletIndent = 10,
        LabelGap = 5,
    };

    public static DocumentLayout Layout(params Block[] blocks)
        => LayoutEngine.Layout(new LetterDocument("Test", "REF/1", blocks), Settings, FixedWidthMeasurer.Instance);

    /// <summary>
    /// The text of every line that is content (not header, footer or a repeated table header), page by page, without
    /// the trailing space a wrapped line keeps for text extraction.
    /// </summary>
    public static List<List<string>> ContentLines(DocumentLayout layout)
        => [.. layout.Pages.Select(p => Texts(p, artifacts: false).Select(op => op.Text!.TrimEnd(' ')).ToList())];

    /// <summary>Text ops of the page, either the content or the artifacts (header, footer, repeated table headers).</summary>
    public static List<LayoutOp> Texts(PageLayout page, bool artifacts)
    {
        var result = new List<LayoutOp>();
        var inArtifact = false;
        foreach (var op in page.Ops)
        {
            switch (op.Kind)
            {
                case LayoutOpKind.BeginArtifact:
                    inArtifact = true;
                    break;
                case LayoutOpKind.EndArtifact:
                    inArtifact = false;
                    break;
                case LayoutOpKind.Text when inArtifact == artifacts:
                    result.Add(op);
                    break;
            }
        }

        return result;
    }

    /// <summary>"Line 1 of paragraph", "Line 2 of paragraph" ... each exactly 20 characters, so each fills one line.</summary>
    public static string[] NumberedLines(int count, string prefix = "L")
        => [.. Enumerable.Range(1, count).Select(i => $"{prefix}{i:000}".PadRight(CharactersPerLine, '.'))];
}
