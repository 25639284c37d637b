namespace FoiPortal.Documents.Layout;

internal enum LayoutOpKind
{
    BeginElement,
    EndElement,
    BeginArtifact,
    EndArtifact,
    Text,
    Line,
}

/// <summary>What an artifact is (ISO 32000-1 14.8.2.2): pagination artifacts repeat on pages, layout artifacts are rules.</summary>
internal enum ArtifactKind
{
    Header,
    Footer,

    /// <summary>Repeated on a page for the reader's convenience, such as a table's header row on a continuation page.</summary>
    Pagination,

    /// <summary>Typographic decoration, such as the rules between table rows.</summary>
    Layout,
}

/// <summary>The structure types we tag (ISO 32000-1 14.8.4 standard structure types).</summary>
internal enum StructureTag
{
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    Caption,
    THead,
    TBody,
    TR,
    TH,
    TD,
}

/// <summary>
/// One instruction for the PDF writer, in reading order. Structure elements may stay open across pages (a long
/// paragraph or table continues on the next page); header, footer, rules and repeated table headers are artifacts.
/// </summary>
/// <param name="X">Left of the text, or start of the line.</param>
/// <param name="Y">Top of the text's line box, or start of the line.</param>
/// <param name="Width">Width of the text, or horizontal extent of the line.</param>
/// <param name="Height">Height of the text's line box, or vertical extent of the line.</param>
internal readonly record struct LayoutOp(
    LayoutOpKind Kind,
    StructureTag Tag,
    double X,
    double Y,
    double Width,
    double Height,
    string? Text,
    FontSpec Font,
    double Thickness,
    ArtifactKind Artifact = default)
{
    public static LayoutOp Begin(StructureTag tag) => new(LayoutOpKind.BeginElement, tag, 0, 0, 0, 0, null, default, 0);

    public static LayoutOp End(StructureTag tag) => new(LayoutOpKind.EndElement, tag, 0, 0, 0, 0, null, default, 0);

    public static LayoutOp BeginArtifact(ArtifactKind kind) => new(LayoutOpKind.BeginArtifact, default, 0, 0, 0, 0, null, default, 0, kind);

    public static LayoutOp EndArtifact() => new(LayoutOpKind.EndArtifact, default, 0, 0, 0, 0, null, default, 0);

    public static LayoutOp TextAt(double x, double y, double width, double lineHeight, string text, FontSpec font)
        => new(LayoutOpKind.Text, default, x, y, width, lineHeight, text, font, 0);

    public static LayoutOp HorizontalRule(double x, double y, double width, double thickness)
        => new(LayoutOpKind.Line, default, x, y, width, 0, null, default, thickness);

    public double Bottom => Y + Height;
}

/// <summary>One laid-out page: its number and its instructions (header and footer included).</summary>
internal sealed class PageLayout(int number)
{
    public int Number { get; } = number;

    public List<LayoutOp> Ops { get; } = [];
}

/// <summary>The result of laying out a document: the pages in order.</summary>
internal sealed class DocumentLayout(IReadOnlyList<PageLayout> pages, LayoutSettings settings)
{
    public IReadOnlyList<PageLayout> Pages { get; } = pages;

    public LayoutSettings Settings { get; } = settings;
}
