using FoiPortal.Documents.Tests.Support;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FoiPortal.Documents.Tests.Pdf;

/// <summary>A response letter read back with PdfPig: its head, its cost table and its page breaks.</summary>
public class LetterPdfTests
{
    /// <summary>A4 is 595.28 pt wide: its middle is about 297.6 pt.</summary>
    private const double PageMiddle = 297.6;

    private static LetterDocument Letter(params Block[] blocks) => new("Response", "FOI/2026/00042", blocks, Author: "West Midlands Police");

    private static readonly LetterHead Head = new(
        ["West Midlands Police", "Lloyd House", "Birmingham", "B4 6NQ"],
        ["Ms Alex Requester", "1 Example Street", "Coventry", "CV1 1AA"]);

    [Fact]
    public void The_authority_is_top_right_and_the_requester_on_the_left_then_the_date_and_references()
    {
        var pdf = PdfRenderer.Render(Letter(Head, new AddressBlock(["Date: 2 December 2026", "Our reference: FOI/2026/00042"]), new Paragraph("Dear Ms Requester,")));

        using var document = PigDocument.Open(pdf);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        var lloyd = words.Single(w => w.Text == "Lloyd");
        var example = words.Single(w => w.Text == "Example");
        var date = words.Single(w => w.Text == "Date:");
        Assert.True(lloyd.BoundingBox.Left > PageMiddle, $"the authority's address starts at x = {lloyd.BoundingBox.Left}, not on the right");
        Assert.True(example.BoundingBox.Right < PageMiddle, $"the requester's address ends at x = {example.BoundingBox.Right}, not on the left");
        // PDF y grows upwards: the two addresses' second lines are level, and the date comes below both addresses.
        Assert.Equal(lloyd.BoundingBox.Bottom, example.BoundingBox.Bottom, 0.01);
        Assert.True(date.BoundingBox.Top < words.Single(w => w.Text == "CV1").BoundingBox.Bottom, "the date is below the addresses");

        // Reading order, after the page header (the authority and our reference, as an artifact): the authority, then the
        // requester, then the date and references.
        var text = page.Text;
        var at = text.IndexOf("Our reference: FOI/2026/00042", StringComparison.Ordinal) + 1;
        foreach (var part in new[] { "West Midlands Police", "B4 6NQ", "Ms Alex Requester", "CV1 1AA", "Date: 2 December 2026", "Our reference: FOI/2026/00042", "Dear" })
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' does not follow what came before it in {text}");
            at = found + part.Length;
        }
    }

    [Fact]
    public void The_letter_head_is_tagged_as_two_paragraphs()
    {
        var pdf = PdfRenderer.Render(Letter(Head));

        var tree = PdfStructure.Tree(PdfStructure.Open(pdf));
        Assert.Equal(2, tree.Descendants().Count(n => n.Tag == "P"));
    }

    [Fact]
    public void A_cost_breakdown_written_as_a_pipe_table_is_a_tagged_table_with_every_cell()
    {
        // The s.12 wording's breakdown (CostRefusalWording) as the officer edits it.
        const string Wording = """
            This is made up as follows:

            | Question | Activity | Records | Minutes each | Hours |
            | --- | --- | --- | --- | --- |
            | 4 | Extracting the information: Manual cross-reference | 720 records | 15 | 180.0 |
            | Total |  |  |  | 180.0 |
            """;

        var pdf = PdfRenderer.Render(Letter([.. SimpleMarkdown.Parse(Wording)]));

        var text = string.Concat(PdfText.Pages(pdf));
        Assert.Contains("QuestionActivityRecordsMinutes eachHours", text, StringComparison.Ordinal);
        Assert.Contains("4Extracting the information: Manual cross-reference720 records15180.0", text, StringComparison.Ordinal);
        Assert.Contains("Total180.0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", text, StringComparison.Ordinal);
        var tree = PdfStructure.Tree(PdfStructure.Open(pdf));
        Assert.Single(tree.Descendants(), n => n.Tag == "Table");
        Assert.Equal(5, tree.Descendants().Count(n => n.Tag == "TH"));
        Assert.Equal(10, tree.Descendants().Count(n => n.Tag == "TD"));
    }

    [Fact]
    public void A_lead_in_that_would_end_page_one_starts_page_two_with_its_table()
    {
        // A4 body: 708.66 pt of content; a line of 11 pt text is 14.3 pt; 8 pt between paragraphs. 47 filler lines end at
        // 672.1 pt; the lead-in (8 pt gap + 14.3 pt) would end at 694.4 pt, and the table (8 pt gap + a 19 pt header row
        // + a 19 pt first row) would need up to 740.4 pt: so without keep-with-next the lead-in ends page 1 alone.
        var filler = string.Join('\n', Enumerable.Range(1, 47).Select(i => $"Filler line {i}"));
        var pdf = PdfRenderer.Render(Letter(
            new Paragraph(filler),
            new Paragraph("This is made up as follows:"),
            new Table(null, ["Question", "Hours"], [["4", "180.0"], ["Total", "180.0"]])));

        var pages = PdfText.Pages(pdf);
        Assert.Equal(2, pages.Count);
        Assert.Contains("Filler line 47", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("made up as follows", pages[0], StringComparison.Ordinal);
        Assert.Contains("This is made up as follows:QuestionHours4180.0", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_a_paragraph_starts_a_new_line_and_prints_nothing()
    {
        var pdf = PdfRenderer.Render(Letter(new Paragraph("First line\nSecond line")));

        using var document = PigDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        Assert.DoesNotContain("?", document.GetPage(1).Text, StringComparison.Ordinal);
        Assert.True(words.Single(w => w.Text == "Second").BoundingBox.Top < words.Single(w => w.Text == "First").BoundingBox.Bottom, "the second line is below the first");
        Assert.Empty(PdfRenderer.FindUnprintableCharacters(Letter(new Paragraph("First line\nSecond line"))));
    }
}
