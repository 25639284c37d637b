namespace FoiPortal.Documents.Tests;

public class HtmlRendererTests
{
    private static string Render(params Block[] blocks) => HtmlRenderer.Render(new LetterDocument("Title", "FOI/1", blocks));

    [Fact]
    public void Script_in_any_text_is_encoded_never_markup()
    {
        const string Attack = "<script>alert('x')</script> & \"quoted\"";

        var html = Render(
            new Heading(1, Attack),
            new Paragraph(Attack),
            new BulletList([Attack]),
            new NumberedList([Attack]),
            new AddressBlock([Attack]),
            new Table(Attack, [Attack], [[Attack]]));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // Heading, paragraph, two list items, address, caption, header cell and data cell.
        Assert.Equal(8, Count(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    }

    [Fact]
    public void Headings_start_at_h2_because_the_page_owns_the_h1()
    {
        var html = Render(new Heading(1, "One"), new Heading(2, "Two"), new Heading(3, "Three"));

        Assert.Equal(
            "<h2 class=\"govuk-heading-l\">One</h2>\n<h3 class=\"govuk-heading-m\">Two</h3>\n<h4 class=\"govuk-heading-s\">Three</h4>\n",
            html);
    }

    [Fact]
    public void Heading_levels_outside_one_to_three_are_clamped()
        => Assert.Equal("<h2 class=\"govuk-heading-l\">Low</h2>\n<h4 class=\"govuk-heading-s\">High</h4>\n", Render(new Heading(0, "Low"), new Heading(6, "High")));

    [Fact]
    public void Paragraphs_keep_their_line_breaks()
        => Assert.Equal("<p class=\"govuk-body\">First line<br>Second line</p>\n", Render(new Paragraph("First line\nSecond line")));

    [Fact]
    public void An_address_block_is_one_paragraph_with_a_line_break_between_lines()
        => Assert.Equal("<p class=\"govuk-body\">1 Example Street<br>Coventry</p>\n", Render(new AddressBlock(["1 Example Street", "Coventry"])));

    [Fact]
    public void Lists_use_the_govuk_list_classes()
    {
        var html = Render(new BulletList(["a", "b"]), new NumberedList(["c"]));

        Assert.Equal(
            "<ul class=\"govuk-list govuk-list--bullet\">\n  <li>a</li>\n  <li>b</li>\n</ul>\n"
            + "<ol class=\"govuk-list govuk-list--number\">\n  <li>c</li>\n</ol>\n",
            html);
    }

    [Fact]
    public void A_numbered_list_that_does_not_start_at_one_says_where_it_starts()
        => Assert.StartsWith("<ol class=\"govuk-list govuk-list--number\" start=\"4\">", Render(new NumberedList(["d"], Start: 4)), StringComparison.Ordinal);

    [Fact]
    public void A_table_has_its_caption_column_headers_with_scope_and_cells()
    {
        var html = Render(new Table("Offences by year", ["Year", "Platform"], [["2021", "Snapchat"]]));

        Assert.Equal(
            "<table class=\"govuk-table\">\n"
            + "  <caption class=\"govuk-table__caption govuk-table__caption--m\">Offences by year</caption>\n"
            + "  <thead class=\"govuk-table__head\">\n    <tr class=\"govuk-table__row\">\n"
            + "      <th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Year</th>\n"
            + "      <th scope=\"col\" class=\"govuk-table__header\">Platform</th>\n"
            + "    </tr>\n  </thead>\n  <tbody class=\"govuk-table__body\">\n    <tr class=\"govuk-table__row\">\n"
            + "      <td class=\"govuk-table__cell govuk-table__cell--numeric\">2021</td>\n"
            + "      <td class=\"govuk-table__cell\">Snapchat</td>\n"
            + "    </tr>\n  </tbody>\n</table>\n",
            html);
    }

    [Fact]
    public void A_table_without_a_caption_has_no_caption_element()
        => Assert.DoesNotContain("<caption", Render(new Table(null, ["A"], [["b"]])), StringComparison.Ordinal);

    [Fact]
    public void Short_rows_get_empty_cells_so_every_row_has_a_cell_per_header()
    {
        var html = Render(new Table(null, ["A", "B", "C"], [["only"]]));

        Assert.Equal(3, Count(html, "<td "));
    }

    [Fact]
    public void Empty_blocks_are_left_out_as_in_the_pdf()
        => Assert.Equal("<p class=\"govuk-body\">kept</p>\n", Render(new Paragraph(" "), new BulletList([]), new Heading(2, ""), new Paragraph("kept")));

    [Fact]
    public void Control_characters_are_removed_as_in_the_pdf()
        => Assert.Equal("<p class=\"govuk-body\">a bc</p>\n", Render(new Paragraph("a\tb\u0000c")));

    [Fact]
    public void The_fragment_has_no_document_elements()
    {
        var html = HtmlRenderer.Render(Pdf.PdfRendererTests.ResponseLetter());

        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<body", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_head_is_the_sender_then_the_recipient_in_one_styled_block()
    {
        var html = Render(new LetterHead(["Authority", "Lloyd House"], ["Ms A", "<b>2</b> Street"]));

        Assert.Equal(
            "<div class=\"app-letter-head\">\n"
            + "<p class=\"govuk-body app-letter-head__sender\">Authority<br>Lloyd House</p>\n"
            + "<p class=\"govuk-body app-letter-head__recipient\">Ms A<br>&lt;b&gt;2&lt;/b&gt; Street</p>\n"
            + "</div>\n",
            html);
    }

    [Fact]
    public void A_published_letter_head_has_no_recipient_paragraph()
        => Assert.Equal(
            "<div class=\"app-letter-head\">\n<p class=\"govuk-body app-letter-head__sender\">Authority</p>\n</div>\n",
            Render(new LetterHead(["Authority"], [])));

    [Fact]
    public void A_pipe_table_in_a_section_is_a_govuk_table_with_column_headers()
    {
        var html = Render([.. SimpleMarkdown.Parse("| Question | Hours |\n| --- | --- |\n| 4 | 180.0 |\n| Total | 180.0 |")]);

        Assert.Contains("<th scope=\"col\" class=\"govuk-table__header\">Question</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Hours</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">180.0</td>", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string value) => Support.PdfText.Count(text, value);
}
