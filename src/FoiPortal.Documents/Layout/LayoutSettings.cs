namespace FoiPortal.Documents.Layout;

/// <summary>Page geometry and typography. All lengths are in points (1/72 inch).</summary>
internal sealed record LayoutSettings
{
    public const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>A4 portrait with 20 mm side margins, the settings of every letter and attachment.</summary>
    public static LayoutSettings A4 { get; } = new();

    public double PageWidth { get; init; } = Mm(210);
    public double PageHeight { get; init; } = Mm(297);
    public double MarginLeft { get; init; } = Mm(20);
    public double MarginRight { get; init; } = Mm(20);

    /// <summary>Where the body starts, below the page header.</summary>
    public double MarginTop { get; init; } = Mm(25);

    /// <summary>Space kept free at the foot of the page for the footer.</summary>
    public double MarginBottom { get; init; } = Mm(22);

    /// <summary>Top of the page header's line ("Page n of m" goes in the footer).</summary>
    public double HeaderTop { get; init; } = Mm(11);

    /// <summary>Distance of the footer's line from the foot of the page.</summary>
    public double FooterFromBottom { get; init; } = Mm(14);

    /// <summary>Line height as a multiple of the font size.</summary>
    public double LineSpacing { get; init; } = 1.3;

    public FontSpec Body { get; init; } = new(11, false);
    public FontSpec Heading1 { get; init; } = new(18, true);
    public FontSpec Heading2 { get; init; } = new(14, true);
    public FontSpec Heading3 { get; init; } = new(12, true);
    public FontSpec Caption { get; init; } = new(11, true);
    public FontSpec TableHeader { get; init; } = new(10, true);
    public FontSpec TableCell { get; init; } = new(10, false);
    public FontSpec PageHeader { get; init; } = new(9, false);

    public double ParagraphSpacing { get; init; } = 8;
    public double ListItemSpacing { get; init; } = 3;

    /// <summary>Indent of a bulleted item's text; numbered items indent by their widest label plus <see cref="LabelGap"/>.</summary>
    public double BulletIndent { get; init; } = 16;

    public double LabelGap { get; init; } = 6;
    public string Bullet { get; init; } = "\u2022";

    public double TableSpaceBefore { get; init; } = 4;
    public double TableSpaceAfter { get; init; } = 12;

    /// <summary>Space between a table's caption and its header row.</summary>
    public double CaptionGap { get; init; } = 4;

    public double CellPaddingX { get; init; } = 4;
    public double CellPaddingY { get; init; } = 3;

    /// <summary>No column is narrower than this, unless the columns cannot otherwise fit the page.</summary>
    public double MinColumnWidth { get; init; } = 28;

    public double RuleThickness { get; init; } = 0.5;
    public double HeaderRuleThickness { get; init; } = 1.2;

    public double ContentLeft => MarginLeft;
    public double ContentWidth => PageWidth - MarginLeft - MarginRight;
    public double ContentTop => MarginTop;
    public double ContentBottom => PageHeight - MarginBottom;
    public double ContentHeight => ContentBottom - ContentTop;
    public double FooterTop => PageHeight - FooterFromBottom;

    public double LineHeight(FontSpec font) => font.Size * LineSpacing;

    public FontSpec HeadingFont(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    /// <summary>Space above a heading as a multiple of its size: more above than below, so it sits with what it introduces.</summary>
    public double HeadingSpaceBeforeFactor { get; init; } = 0.9;

    public double HeadingSpaceAfterFactor { get; init; } = 0.35;

    public double HeadingSpaceBefore(int level) => HeadingFont(level).Size * HeadingSpaceBeforeFactor;

    public double HeadingSpaceAfter(int level) => HeadingFont(level).Size * HeadingSpaceAfterFactor;

    private static double Mm(double millimetres) => millimetres * PointsPerMillimetre;
}
