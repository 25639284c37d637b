namespace FoiPortal.Documents;

/// <summary>Which blocks have something to show: both renderers skip the same empty ones.</summary>
internal static class BlockContent
{
    public static bool IsEmpty(Block block) => block switch
    {
        Heading h => string.IsNullOrWhiteSpace(TextCleaner.Clean(h.Text)),
        Paragraph p => string.IsNullOrWhiteSpace(TextCleaner.Clean(p.Text)),
        BulletList l => l.Items.Count == 0,
        NumberedList l => l.Items.Count == 0,
        AddressBlock a => a.Lines.Count == 0,
        LetterHead h => h.Sender.Count == 0 && h.Recipient.Count == 0,
        Table t => TableShape.ColumnCount(t) == 0,
        _ => true,
    };

    /// <summary>A lead-in: a paragraph ending with a colon introduces what follows and stays with it.</summary>
    public static bool IsLeadIn(Block block) => block is Paragraph p && TextCleaner.Clean(p.Text).TrimEnd().EndsWith(':');

    /// <summary>Heading levels outside 1 to 3 are clamped into that range.</summary>
    public static int HeadingLevel(Heading heading) => Math.Clamp(heading.Level, 1, 3);
}
