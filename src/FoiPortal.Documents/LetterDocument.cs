namespace FoiPortal.Documents;

/// <summary>
/// A letter or attachment as a list of blocks. The same model renders the HTML preview (<see cref="HtmlRenderer"/>)
/// and the PDF (<see cref="PdfRenderer"/>), so the two cannot disagree.
/// </summary>
/// <param name="Title">The PDF metadata title, shown as the viewer's window title. Not printed on the page.</param>
/// <param name="Reference">Printed in every page header, for example "FOI/2026/00042".</param>
/// <param name="Blocks">The content in reading order.</param>
/// <param name="Language">The document language (BCP 47), "en-GB" unless the letter is in another language.</param>
/// <param name="Author">The authority's name, for the PDF metadata and the page header.</param>
public sealed record LetterDocument(
    string Title,
    string Reference,
    IReadOnlyList<Block> Blocks,
    string Language = "en-GB",
    string? Author = null);

/// <summary>
/// One block of a letter. Every text is plain text: nothing in it is markup. The set of blocks is closed (only this
/// assembly can add one), so both renderers always know every kind.
/// </summary>
public abstract record Block
{
    private protected Block()
    {
    }
}

/// <summary>A heading, level 1 to 3 (PDF tags H1 to H3; in HTML level 1 is an &lt;h2&gt; because the page owns the &lt;h1&gt;).</summary>
public sealed record Heading(int Level, string Text) : Block;

/// <summary>
/// A paragraph of plain text that wraps. A line break ("\n") in the text is kept as a line break. A paragraph that ends
/// with a colon is a lead-in ("because of:"): it never ends a page without the start of the block it introduces.
/// </summary>
public sealed record Paragraph(string Text) : Block;

/// <summary>A bulleted list.</summary>
public sealed record BulletList(IReadOnlyList<string> Items) : Block;

/// <summary>A numbered list whose first item has the number <paramref name="Start"/>.</summary>
public sealed record NumberedList(IReadOnlyList<string> Items, int Start = 1) : Block;

/// <summary>
/// A table with one header row. Rows with fewer cells than <paramref name="Headers"/> are padded with empty cells;
/// cells beyond the number of headers are not shown.
/// </summary>
public sealed record Table(string? Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>Letterhead or recipient address lines, printed with no gap between them.</summary>
public sealed record AddressBlock(IReadOnlyList<string> Lines) : Block;

/// <summary>
/// The head of a UK letter: the sender's address at the top right and the recipient's name and address on the left,
/// side by side. Read (and tagged) sender first, then recipient. Either may be empty (a published copy has no recipient).
/// </summary>
public sealed record LetterHead(IReadOnlyList<string> Sender, IReadOnlyList<string> Recipient) : Block;
