using FoiPortal.Documents.Layout;
using FoiPortal.Documents.Tests.Support;

namespace FoiPortal.Documents.Tests.Layout;

/// <summary>
/// What makes the layout read like a letter, on <see cref="TestPages"/> (20 characters a line, 10 lines a page,
/// content from x = 10 to 110, y = 20 to 120): the letter head, and lead-in lines kept with what they introduce.
/// </summary>
public class LetterLayoutTests
{
    private static readonly LayoutSettings S = TestPages.Settings;

    [Fact]
    public void A_letter_head_puts_the_sender_at_the_top_right_and_the_recipient_on_the_left()
    {
        // The sender's column is as wide as its widest line, "Authority" (9 characters = 45 pt), and ends at the right
        // margin (x = 110): it starts at x = 65. The recipient's starts at the left margin (x = 10).
        var layout = TestPages.Layout(new LetterHead(["Authority", "Lloyd Hse"], ["Ms A", "2 Street", "Coventry"]));

        var texts = TestPages.Texts(layout.Pages[0], artifacts: false);
        Assert.Equal(["Authority", "Lloyd Hse", "Ms A", "2 Street", "Coventry"], texts.Select(op => op.Text!.TrimEnd(' ')));
        Assert.Equal([65.0, 65.0], texts.Take(2).Select(op => op.X));
        Assert.Equal([S.ContentLeft, S.ContentLeft, S.ContentLeft], texts.Skip(2).Select(op => op.X));
        // Side by side from the top of the content.
        Assert.Equal([S.ContentTop, S.ContentTop + 10], texts.Take(2).Select(op => op.Y));
        Assert.Equal([S.ContentTop, S.ContentTop + 10, S.ContentTop + 20], texts.Skip(2).Select(op => op.Y));
    }

    [Fact]
    public void A_sender_line_longer_than_half_the_width_wraps_in_its_column()
    {
        // Half the width is 50 pt = 10 characters: "Lloyd House" (11) wraps, and the column is then "Authority" wide.
        var layout = TestPages.Layout(new LetterHead(["Authority", "Lloyd House"], []));

        var texts = TestPages.Texts(layout.Pages[0], artifacts: false);
        Assert.Equal(["Authority", "Lloyd", "House"], texts.Select(op => op.Text!.TrimEnd(' ')));
        Assert.All(texts, op => Assert.Equal(65.0, op.X));
    }

    [Fact]
    public void A_letter_head_is_two_paragraphs_sender_first_and_what_follows_starts_below_the_longer_column()
    {
        var layout = TestPages.Layout(new LetterHead(["Authority", "Lloyd Hse"], ["Ms A", "2 Street", "Coventry"]), new Paragraph("Date"));

        var tags = layout.Pages[0].Ops.Where(op => op.Kind == LayoutOpKind.BeginElement).Select(op => op.Tag);
        Assert.Equal([StructureTag.P, StructureTag.P, StructureTag.P], tags);
        var date = TestPages.Texts(layout.Pages[0], artifacts: false).Single(op => op.Text == "Date");
        Assert.Equal(S.ContentTop + 30, date.Y);
    }

    [Fact]
    public void A_published_letter_head_has_the_sender_alone()
    {
        var layout = TestPages.Layout(new LetterHead(["Authority"], []), new Paragraph("Date"));

        Assert.Equal(["Authority", "Date"], TestPages.ContentLines(layout)[0]);
    }

    [Fact]
    public void A_lead_in_at_the_foot_of_a_page_moves_to_the_next_page_with_its_list()
    {
        // Nine lines, then the lead-in on line 10: the list's first item would start page 2 without it.
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(9))),
            new Paragraph("It is because of:"),
            new BulletList(["cost", "time"]));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal(TestPages.NumberedLines(9), pages[0]);
        Assert.Equal(["It is because of:", "\u2022", "cost", "\u2022", "time"], pages[1]);
    }

    [Fact]
    public void A_lead_in_moves_with_a_table_whose_header_and_first_row_do_not_fit_below_it()
    {
        // Eight lines, the lead-in on line 9, then the table needs two lines (header and first row) but one is left.
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(8))),
            new Paragraph("Made up as follows:"),
            new Table(null, ["Q", "Hours"], [["4", "180.0"], ["Total", "180.0"]]));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal(TestPages.NumberedLines(8), pages[0]);
        Assert.Equal("Made up as follows:", pages[1][0]);
        Assert.Equal(["Q", "Hours", "4", "180.0"], pages[1][1..5]);
    }

    [Fact]
    public void A_paragraph_without_a_colon_may_end_a_page()
    {
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(9))),
            new Paragraph("It is because of."),
            new BulletList(["cost"]));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal("It is because of.", pages[0][9]);
    }

    [Fact]
    public void A_long_lead_in_keeps_its_last_two_lines_with_its_list()
    {
        // Five lines, then a five-line lead-in on lines 6 to 10: its last two lines go over with the list.
        var leadIn = TestPages.NumberedLines(4, "P").Append("the reasons are:").ToArray();
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(5))),
            new Paragraph(string.Join(' ', leadIn)),
            new BulletList(["cost"]));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal([.. TestPages.NumberedLines(5), .. leadIn[..3]], pages[0]);
        Assert.Equal([leadIn[3], "the reasons are:", "\u2022", "cost"], pages[1]);
    }
}
