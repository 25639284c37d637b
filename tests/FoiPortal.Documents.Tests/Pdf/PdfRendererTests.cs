using FoiPortal.Documents.Tests.Support;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FoiPortal.Documents.Tests.Pdf;

public class PdfRendererTests
{
    private const string Reference = "FOI/2026/00042";

    private static readonly string[] Platforms = ["Snapchat", "Instagram", "WhatsApp"];

    /// <summary>A response letter whose 60-row table runs onto a second and third page.</summary>
    internal static LetterDocument ResponseLetter(int tableRows = 60) => new(
        "Response to your request FOI/2026/00042",
        Reference,
        [
            new AddressBlock(["Ms A Requester", "1 Example Street", "Coventry", "CV1 1AA"]),
            new Heading(1, "Your request for information"),
            new Paragraph("Thank you for your request, which we received on 2 November 2026."),
            new Heading(2, "Your request"),
            new NumberedList(["How many offences were recorded?", "Which platforms were used?"]),
            new Heading(2, "Our response"),
            new BulletList(["We hold the information.", "It is in the table below."]),
            new Table("Recorded offences", ["Year", "Platform", "Offences"],
                [.. Enumerable.Range(1, tableRows).Select(i => (IReadOnlyList<string>)[$"Row {i}", Platforms[i % 3], $"{i * 7}"])]),
            new Heading(2, "Your right to request an internal review"),
            new Paragraph("If you are unhappy with our response, you may ask for an internal review."),
        ],
        Author: "West Midlands Police");

    [Fact]
    public void The_text_reads_back_with_the_sections_in_order()
    {
        var text = string.Concat(PdfText.Pages(PdfRenderer.Render(ResponseLetter())));

        string[] sections =
        [
            "Ms A Requester", "Your request for information", "Thank you for your request", "Your request",
            "How many offences were recorded?", "Our response", "We hold the information.", "Recorded offences",
            "Your right to request an internal review", "If you are unhappy",
        ];
        var at = 0;
        foreach (var section in sections)
        {
            var found = text.IndexOf(section, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{section}' does not follow what came before it");
            at = found + section.Length;
        }
    }

    [Fact]
    public void Every_page_shows_the_reference_and_its_page_number_of_the_total()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(ResponseLetter()));

        Assert.True(pages.Count >= 3, $"expected the table to run over several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Our reference: {Reference}", pages[i], StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_table_cell_is_present_once_and_the_header_row_is_on_every_page_of_the_table()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(ResponseLetter()));
        var text = string.Concat(pages);

        for (var i = 1; i <= 60; i++)
        {
            Assert.Equal(1, PdfText.Count(text, $"Row {i}{Platforms[i % 3]}{i * 7}"));
        }

        var tablePages = pages.Where(p => p.Contains("Row ", StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 2);
        Assert.All(tablePages, p => Assert.Contains("YearPlatformOffences", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Wrapped_lines_and_address_lines_read_back_with_a_space_between_words()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("The information you asked for is held by the force.", 6));
        var letter = new LetterDocument("Wrap", Reference, [new Paragraph(sentence), new AddressBlock(["1 Example Street", "Coventry"])]);

        var text = string.Concat(PdfText.Pages(PdfRenderer.Render(letter)));

        Assert.Contains(sentence, text, StringComparison.Ordinal);
        Assert.Contains("1 Example Street Coventry", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metadata_has_the_title_author_and_language()
    {
        using var document = PigDocument.Open(PdfRenderer.Render(ResponseLetter()));

        Assert.Equal("Response to your request FOI/2026/00042", document.Information.Title);
        Assert.Equal("West Midlands Police", document.Information.Author);
    }

    [Fact]
    public void The_pages_are_A4()
    {
        using var document = PigDocument.Open(PdfRenderer.Render(ResponseLetter()));

        // A4 is 210 x 297 mm: 595.28 x 841.89 points.
        Assert.All(document.GetPages(), page =>
        {
            Assert.Equal(595.28, page.Width, 1);
            Assert.Equal(841.89, page.Height, 1);
        });
    }

    [Fact]
    public void A_5000_row_attachment_renders_every_row_once()
    {
        var rows = Enumerable.Range(1, 5000).Select(i => (IReadOnlyList<string>)[$"R{i}", "x"]).ToList();

        var pdf = PdfRenderer.Render(new LetterDocument("Attachment", Reference, [new Table(null, ["Key", "Value"], rows)]));

        var pages = PdfText.Pages(pdf);
        var text = string.Concat(pages);
        for (var i = 1; i <= 5000; i++)
        {
            Assert.Equal(1, PdfText.Count(text, $"R{i}x"));
        }

        Assert.All(pages, p => Assert.StartsWith("Our reference", p.TrimStart(), StringComparison.Ordinal));
        Assert.Equal(pages.Count, pages.Count(p => p.Contains("KeyValue", StringComparison.Ordinal)));
    }

    [Fact]
    public void Characters_the_font_cannot_draw_print_as_question_marks_and_are_reported()
    {
        var letter = new LetterDocument("Test", Reference, [new Paragraph("Snowman \u2603 and \u4E2D\u6587, caf\u00E9 \u00A3450 \u2013 ok \U0001F600")]);

        var text = string.Concat(PdfText.Pages(PdfRenderer.Render(letter)));

        Assert.Contains("Snowman ? and ??, caf\u00E9 \u00A3450 \u2013 ok ?", text, StringComparison.Ordinal);
        Assert.Equal(["\u2603", "\u4E2D", "\u6587", "\U0001F600"], PdfRenderer.FindUnprintableCharacters(letter));
    }

    [Fact]
    public void A_letter_of_printable_text_reports_nothing_unprintable()
        => Assert.Empty(PdfRenderer.FindUnprintableCharacters(ResponseLetter()));

    [Fact]
    public void Many_letters_render_in_parallel()
    {
        var pdfs = new byte[16][];

        Parallel.For(0, pdfs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            pdfs[i] = PdfRenderer.Render(ResponseLetter(tableRows: 10 + i)));

        for (var i = 0; i < pdfs.Length; i++)
        {
            var text = string.Concat(PdfText.Pages(pdfs[i]));
            Assert.Contains($"Row {10 + i}", text, StringComparison.Ordinal);
            Assert.DoesNotContain($"Row {11 + i}{Platforms[(11 + i) % 3]}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_empty_letter_is_one_page_with_its_header_and_footer()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(new LetterDocument("Empty", Reference, [])));

        var page = Assert.Single(pages);
        Assert.Contains("Page 1 of 1", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_texts_and_rows_do_not_stop_the_render()
    {
        var letter = new LetterDocument("Nulls", Reference,
        [
            new Heading(2, null!),
            new Paragraph(null!),
            new Table(null, ["A", null!], [null!, ["x", null!], ["only"]]),
            new AddressBlock([null!, "line"]),
        ], Language: null!);

        var text = string.Concat(PdfText.Pages(PdfRenderer.Render(letter)));

        Assert.Contains("only", text, StringComparison.Ordinal);
        Assert.Contains("line", text, StringComparison.Ordinal);
    }
}
