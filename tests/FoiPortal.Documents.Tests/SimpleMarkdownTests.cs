namespace FoiPortal.Documents.Tests;

public class SimpleMarkdownTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs_and_single_line_breaks_stay_in_the_paragraph()
    {
        var blocks = SimpleMarkdown.Parse("First line\nsame paragraph\n\nSecond paragraph");

        Assert.Equal<Block>([new Paragraph("First line\nsame paragraph"), new Paragraph("Second paragraph")], blocks);
    }

    [Fact]
    public void Dash_and_star_lines_make_one_bulleted_list()
    {
        var blocks = SimpleMarkdown.Parse("Intro\n- one\n* two\n- three");

        Assert.Equal(2, blocks.Count);
        Assert.Equal(new Paragraph("Intro"), blocks[0]);
        Assert.Equal(["one", "two", "three"], Assert.IsType<BulletList>(blocks[1]).Items);
    }

    [Fact]
    public void Numbered_lines_make_a_numbered_list_starting_at_the_first_number()
    {
        var blocks = SimpleMarkdown.Parse("3. third\n4. fourth\n9. anything");

        var list = Assert.IsType<NumberedList>(Assert.Single(blocks));
        Assert.Equal(3, list.Start);
        Assert.Equal(["third", "fourth", "anything"], list.Items);
    }

    [Fact]
    public void A_line_straight_after_an_item_continues_it()
    {
        var list = Assert.IsType<BulletList>(Assert.Single(SimpleMarkdown.Parse("- the first item\n  goes on here\n- second")));

        Assert.Equal(["the first item goes on here", "second"], list.Items);
    }

    [Fact]
    public void Switching_between_bullets_and_numbers_starts_a_new_list()
    {
        var blocks = SimpleMarkdown.Parse("- a\n1. b\n- c");

        Assert.Collection(
            blocks,
            b => Assert.Equal(["a"], Assert.IsType<BulletList>(b).Items),
            b => Assert.Equal(["b"], Assert.IsType<NumberedList>(b).Items),
            b => Assert.Equal(["c"], Assert.IsType<BulletList>(b).Items));
    }

    [Fact]
    public void Two_and_three_hashes_make_headings_of_level_2_and_3()
    {
        var blocks = SimpleMarkdown.Parse("## Reason for decision\nText\n### Section 12");

        Assert.Equal<Block>([new Heading(2, "Reason for decision"), new Paragraph("Text"), new Heading(3, "Section 12")], blocks);
    }

    [Theory]
    [InlineData("# Not a heading")]
    [InlineData("#### Not a heading")]
    [InlineData("##No space")]
    [InlineData("-no space")]
    [InlineData("1.no space")]
    [InlineData("**bold** and _italic_ and [a link](http://example.com)")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<b>bold</b> &amp; <a href=\"javascript:x\">x</a>")]
    public void Nothing_else_is_special(string line)
        => Assert.Equal<Block>([new Paragraph(line)], SimpleMarkdown.Parse(line));

    [Fact]
    public void Raw_html_stays_literal_and_is_encoded_when_rendered()
    {
        var blocks = SimpleMarkdown.Parse("<script>alert(1)</script>");

        var html = HtmlRenderer.Render(new LetterDocument("T", "R", blocks));

        Assert.Equal("<p class=\"govuk-body\">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", html);
    }

    [Fact]
    public void Windows_line_endings_and_trailing_spaces_make_no_difference()
        => Assert.Equal(SimpleMarkdown.Parse("a  \nb\n\n- c   \n- d"), SimpleMarkdown.Parse("a\r\nb\r\n   \r\n- c\r\n- d\r\n"), new BlockComparer());

    [Fact]
    public void Normalise_turns_crlf_into_lf_and_trims_trailing_spaces()
        => Assert.Equal("one\ntwo\n\nthree", SimpleMarkdown.Normalise("one  \r\ntwo\t\r\n  \rthree"));

    [Fact]
    public void Empty_or_blank_text_has_no_blocks()
    {
        Assert.Empty(SimpleMarkdown.Parse(""));
        Assert.Empty(SimpleMarkdown.Parse("\n  \n\r\n"));
        Assert.Empty(SimpleMarkdown.Parse(null!));
    }

    [Fact]
    public void A_huge_number_is_not_a_list_marker()
        => Assert.Equal<Block>([new Paragraph("1234567890. not a list")], SimpleMarkdown.Parse("1234567890. not a list"));

    /// <summary>Records compare their lists by reference; compare what the officer would see instead.</summary>
    private sealed class BlockComparer : IEqualityComparer<IReadOnlyList<Block>>
    {
        public bool Equals(IReadOnlyList<Block>? x, IReadOnlyList<Block>? y)
            => x is not null && y is not null && HtmlRenderer.Render(new LetterDocument("", "", x)) == HtmlRenderer.Render(new LetterDocument("", "", y));

        public int GetHashCode(IReadOnlyList<Block> obj) => obj.Count;
    }

    [Fact]
    public void Pipe_rows_under_a_row_of_dashes_make_a_table()
    {
        var blocks = SimpleMarkdown.Parse("Made up of:\n\n| Question | Activity | Hours |\n| --- | :--- | ---: |\n| 4 | Extracting: A\\|B | 180.0 |\n| Total | | 180.0\nAfter");

        Assert.Equal(3, blocks.Count);
        Assert.Equal(new Paragraph("Made up of:"), blocks[0]);
        var table = Assert.IsType<Table>(blocks[1]);
        Assert.Null(table.Caption);
        Assert.Equal(["Question", "Activity", "Hours"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["4", "Extracting: A|B", "180.0"], table.Rows[0]);
        // A row may leave out its closing pipe; an empty cell stays a cell.
        Assert.Equal(["Total", "", "180.0"], table.Rows[1]);
        Assert.Equal(new Paragraph("After"), blocks[2]);
    }

    [Fact]
    public void Pipe_lines_without_a_row_of_dashes_are_text()
    {
        var blocks = SimpleMarkdown.Parse("| not | a table |\n| still text |");

        Assert.Equal<Block>([new Paragraph("| not | a table |\n| still text |")], blocks);
    }
}
