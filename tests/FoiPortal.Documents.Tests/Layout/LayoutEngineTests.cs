using FoiPortal.Documents.Layout;
using FoiPortal.Documents.Tests.Support;

namespace FoiPortal.Documents.Tests.Layout;

/// <summary>
/// The layout engine on <see cref="TestPages"/>: 20 characters a line, 10 lines a page, so every expected page
/// break below is counted from the input.
/// </summary>
public class LayoutEngineTests
{
    private static readonly LayoutSettings S = TestPages.Settings;

    [Fact]
    public void A_paragraph_longer_than_a_page_continues_on_the_next_pages_in_order()
    {
        var lines = TestPages.NumberedLines(25);

        var layout = TestPages.Layout(new Paragraph(string.Join(' ', lines)));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal(3, pages.Count);
        Assert.Equal(lines[..10], pages[0]);
        Assert.Equal(lines[10..20], pages[1]);
        Assert.Equal(lines[20..], pages[2]);
    }

    [Fact]
    public void Every_page_has_the_reference_in_its_header_and_page_n_of_m_in_its_footer()
    {
        var layout = TestPages.Layout(new Paragraph(string.Join(' ', TestPages.NumberedLines(25))));

        Assert.Equal(3, layout.Pages.Count);
        foreach (var page in layout.Pages)
        {
            var artifacts = TestPages.Texts(page, artifacts: true).Select(op => op.Text).ToList();
            Assert.Contains("Our reference: REF/1", artifacts);
            Assert.Contains($"Page {page.Number} of 3", artifacts);
        }

        Assert.Equal([1, 2, 3], layout.Pages.Select(p => p.Number));
    }

    [Fact]
    public void The_footer_sits_below_the_content_and_the_header_above_it()
    {
        var layout = TestPages.Layout(new Paragraph(string.Join(' ', TestPages.NumberedLines(12))));

        foreach (var page in layout.Pages)
        {
            var content = TestPages.Texts(page, artifacts: false);
            var footer = TestPages.Texts(page, artifacts: true).Single(op => op.Text!.StartsWith("Page ", StringComparison.Ordinal));
            var header = TestPages.Texts(page, artifacts: true).Single(op => op.Text!.StartsWith("Our reference", StringComparison.Ordinal));
            Assert.All(content, op => Assert.InRange(op.Y, S.ContentTop, S.ContentBottom - op.Height));
            Assert.True(footer.Y >= S.ContentBottom, "footer below the content area");
            Assert.True(header.Bottom <= S.ContentTop, "header above the content area");
        }
    }

    [Fact]
    public void Lines_never_overflow_the_content_area()
    {
        var layout = TestPages.Layout(
            new Heading(1, "A heading that is long enough to wrap onto two lines"),
            new Paragraph(string.Join(' ', Enumerable.Repeat("word", 300))),
            new BulletList([string.Join(' ', Enumerable.Repeat("item", 40)), "short"]),
            new Table("Caption", ["A", "B"], [.. Enumerable.Range(1, 40).Select(i => (IReadOnlyList<string>)[$"a{i}", $"b{i} more words here"])]));

        foreach (var op in layout.Pages.SelectMany(p => TestPages.Texts(p, artifacts: false)))
        {
            Assert.InRange(op.Y, S.ContentTop - 1e-9, S.ContentBottom - op.Height + 1e-9);
            Assert.InRange(op.X, S.ContentLeft - 1e-9, S.ContentLeft + S.ContentWidth);
            Assert.True(op.X + op.Width <= S.ContentLeft + S.ContentWidth + 1e-9, $"'{op.Text}' overflows the right margin");
        }
    }

    [Fact]
    public void A_heading_at_the_foot_of_a_page_moves_to_the_next_page_with_the_start_of_the_next_block()
    {
        // Nine lines fill all but one line of page 1: the heading would fit, but not with the paragraph after it.
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(9))),
            new Heading(2, "Reason for decision"),
            new Paragraph("The cost of compliance would exceed the limit."));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("Reason for decision", pages[0]);
        Assert.Equal("Reason for decision", pages[1][0]);
        Assert.Equal("The cost of", pages[1][1]);
    }

    [Fact]
    public void A_heading_stays_on_its_page_when_the_start_of_the_next_block_fits_below_it()
    {
        // Seven lines leave three: the heading and the paragraph's two lines.
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(7))),
            new Heading(2, "Reason for decision"),
            new Paragraph("The cost of compliance would exceed the limit."));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal(2, pages.Count);
        Assert.Equal("Reason for decision", pages[0][7]);
        Assert.Equal(["The cost of", "compliance would"], pages[0][8..]);
    }

    [Fact]
    public void Consecutive_headings_move_together_with_the_block_after_them()
    {
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(8))),
            new Heading(1, "Response"),
            new Heading(2, "Question 1"),
            new Paragraph("Answer."));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal(["Response", "Question 1", "Answer."], pages[1]);
    }

    [Fact]
    public void A_heading_is_tagged_by_its_level_and_a_paragraph_as_P()
    {
        var layout = TestPages.Layout(new Heading(1, "One"), new Heading(2, "Two"), new Heading(3, "Three"), new Paragraph("Text"));

        var tags = layout.Pages[0].Ops.Where(op => op.Kind == LayoutOpKind.BeginElement).Select(op => op.Tag);
        Assert.Equal([StructureTag.H1, StructureTag.H2, StructureTag.H3, StructureTag.P], tags);
    }

    [Fact]
    public void An_address_block_has_no_gap_between_its_lines_and_is_kept_together()
    {
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(7))),
            new AddressBlock(["1 Example Street", "Coventry", "CV1 1AA", "United Kingdom"]));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal(["1 Example Street", "Coventry", "CV1 1AA", "United Kingdom"], pages[1]);
        var ys = TestPages.Texts(layout.Pages[1], artifacts: false).Select(op => op.Y).ToList();
        Assert.Equal([S.ContentTop, S.ContentTop + 10, S.ContentTop + 20, S.ContentTop + 30], ys);
    }

    [Fact]
    public void Bulleted_items_have_a_hanging_indent()
    {
        // The indent is 10 pt (the 5 pt bullet and the 5 pt gap), leaving 90 pt: 18 characters of item text a line.
        var layout = TestPages.Layout(new BulletList(["aaaa bbbb cccc dddd eeee", "ffff"]));

        var texts = TestPages.Texts(layout.Pages[0], artifacts: false);
        var bullet = S.Bullet;
        Assert.Equal([bullet, "aaaa bbbb cccc", "dddd eeee", bullet, "ffff"], texts.Select(op => op.Text!.TrimEnd(' ')));
        Assert.Equal(S.ContentLeft, texts[0].X);
        Assert.Equal(S.ContentLeft + S.BulletIndent, texts[1].X);
        Assert.Equal(S.ContentLeft + S.BulletIndent, texts[2].X);
        Assert.Equal(texts[0].Y, texts[1].Y);
    }

    [Fact]
    public void Numbered_items_count_from_the_start_and_indent_past_the_widest_label()
    {
        var layout = TestPages.Layout(new NumberedList(["a", "b", "c"], Start: 9));

        var texts = TestPages.Texts(layout.Pages[0], artifacts: false);
        Assert.Equal(["9.", "a", "10.", "b", "11.", "c"], texts.Select(op => op.Text));

        // "10." is 3 characters (15 pt) plus the 5 pt gap.
        Assert.Equal(S.ContentLeft + 20, texts[1].X);
    }

    [Fact]
    public void Lists_are_tagged_L_LI_Lbl_LBody()
    {
        var layout = TestPages.Layout(new BulletList(["only item"]));

        var tags = layout.Pages[0].Ops
            .Where(op => op.Kind is LayoutOpKind.BeginElement or LayoutOpKind.EndElement)
            .Select(op => (op.Kind == LayoutOpKind.BeginElement ? "+" : "-") + op.Tag);
        Assert.Equal(["+L", "+LI", "+Lbl", "-Lbl", "+LBody", "-LBody", "-LI", "-L"], tags);
    }

    [Fact]
    public void A_long_table_repeats_its_header_row_on_every_page_as_an_artifact()
    {
        // Header and rows are one line (10 pt) each: 1 header + 9 rows a page.
        var rows = Enumerable.Range(1, 30).Select(i => (IReadOnlyList<string>)[$"r{i}", $"v{i}"]).ToList();

        var layout = TestPages.Layout(new Table(null, ["Year", "Count"], rows));

        Assert.Equal(4, layout.Pages.Count);
        var firstPage = TestPages.ContentLines(layout)[0];
        Assert.Equal(["Year", "Count"], firstPage[..2]);
        foreach (var page in layout.Pages.Skip(1))
        {
            var repeated = TestPages.Texts(page, artifacts: true).Where(op => op.Text is "Year" or "Count").ToList();
            Assert.Equal(["Year", "Count"], repeated.Select(op => op.Text));
            Assert.All(repeated, op => Assert.Equal(S.ContentTop, op.Y));
        }

        var body = TestPages.ContentLines(layout).SelectMany(p => p).Where(t => t.StartsWith('r')).ToList();
        Assert.Equal(rows.Select(r => r[0]), body);
    }

    [Fact]
    public void The_header_cells_are_tagged_once_and_the_repeats_are_not()
    {
        var rows = Enumerable.Range(1, 30).Select(i => (IReadOnlyList<string>)[$"r{i}", $"v{i}"]).ToList();

        var layout = TestPages.Layout(new Table(null, ["Year", "Count"], rows));

        var tags = layout.Pages.SelectMany(p => p.Ops).Where(op => op.Kind == LayoutOpKind.BeginElement).Select(op => op.Tag).ToList();
        Assert.Equal(2, tags.Count(t => t == StructureTag.TH));
        Assert.Equal(60, tags.Count(t => t == StructureTag.TD));
        Assert.Equal(31, tags.Count(t => t == StructureTag.TR));
        Assert.Equal(1, tags.Count(t => t == StructureTag.Table));
    }

    [Fact]
    public void A_row_is_never_split_across_pages()
    {
        // Row i has (i % 4) + 1 lines ("r7.1", "r7.2" ...), so the page breaks fall at many different places.
        var rows = Enumerable.Range(1, 40)
            .Select(i => (IReadOnlyList<string>)[$"r{i}", string.Join('\n', Enumerable.Range(1, (i % 4) + 1).Select(k => $"r{i}.{k}"))])
            .ToList();

        var layout = TestPages.Layout(new Table(null, ["Row", "Text"], rows));

        for (var i = 1; i <= 40; i++)
        {
            var key = $"r{i}";
            bool InRow(LayoutOp op) => op.Text == key || op.Text!.StartsWith(key + ".", StringComparison.Ordinal);
            var pages = layout.Pages.Where(p => TestPages.Texts(p, artifacts: false).Any(InRow)).ToList();
            var page = Assert.Single(pages);
            Assert.Equal((i % 4) + 1, TestPages.Texts(page, artifacts: false).Count(op => op.Text!.StartsWith(key + ".", StringComparison.Ordinal)));
        }

        Assert.True(layout.Pages.Count > 3, "the table runs over several pages");
    }

    [Fact]
    public void Every_table_row_keeps_all_its_lines_on_one_page()
    {
        // The second column is 3 lines in every row; rows are 30 pt, so three rows (90 pt) after the header (10 pt)
        // fill each page exactly.
        var rows = Enumerable.Range(1, 10).Select(i => (IReadOnlyList<string>)[$"r{i}", $"x{i}a\nx{i}b\nx{i}c"]).ToList();

        var layout = TestPages.Layout(new Table(null, ["Row", "Lines"], rows));

        for (var i = 1; i <= 10; i++)
        {
            var onPages = layout.Pages
                .Where(p => TestPages.Texts(p, artifacts: false).Any(op => op.Text == $"r{i}" || op.Text!.StartsWith($"x{i}", StringComparison.Ordinal)
                    && op.Text.Length == $"x{i}a".Length))
                .Select(p => p.Number)
                .Distinct()
                .ToList();
            Assert.Single(onPages);
        }

        Assert.Equal(4, layout.Pages.Count);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_as_a_last_resort_and_every_line_appears_once_in_order()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 25).Select(i => $"line {i}"));

        var layout = TestPages.Layout(new Table(null, ["Text"], [["before"], [tall], ["after"]]));

        var content = TestPages.ContentLines(layout).SelectMany(p => p).ToList();
        Assert.Equal(["Text", "before", .. Enumerable.Range(1, 25).Select(i => $"line {i}"), "after"], content);

        // Each continuation page repeats the header and carries 9 lines.
        Assert.Equal(4, layout.Pages.Count);
        Assert.All(layout.Pages.Skip(1), p => Assert.Contains(TestPages.Texts(p, artifacts: true), op => op.Text == "Text"));
    }

    [Fact]
    public void A_huge_header_row_still_terminates_and_is_not_repeated()
    {
        var header = string.Join('\n', Enumerable.Range(1, 15).Select(i => $"h{i}"));

        var layout = TestPages.Layout(new Table(null, [header], [["a"], ["b"]]));

        var content = TestPages.ContentLines(layout).SelectMany(p => p).ToList();
        Assert.Equal([.. Enumerable.Range(1, 15).Select(i => $"h{i}"), "a", "b"], content);
        Assert.DoesNotContain(layout.Pages.SelectMany(p => TestPages.Texts(p, artifacts: true)), op => op.Text == "h1");
    }

    [Fact]
    public void A_table_starts_on_a_new_page_rather_than_leave_its_caption_and_header_alone()
    {
        var layout = TestPages.Layout(
            new Paragraph(string.Join(' ', TestPages.NumberedLines(8))),
            new Table("Offences", ["Year"], [["2017"], ["2018"]]));

        var pages = TestPages.ContentLines(layout);
        Assert.Equal(["Offences", "Year", "2017", "2018"], pages[1]);
    }

    [Fact]
    public void Column_widths_come_from_content_and_fill_the_width()
    {
        // Preferred widths 10 and 30 pt (2 and 6 characters) are stretched in proportion to fill 100 pt.
        var layout = TestPages.Layout(new Table(null, ["ab", "cdefgh"], [["a", "b"]]));

        var texts = TestPages.Texts(layout.Pages[0], artifacts: false);
        Assert.Equal(S.ContentLeft, texts[0].X);
        Assert.Equal(S.ContentLeft + 25, texts[1].X, 6);
    }

    [Fact]
    public void A_column_with_long_text_wraps_while_a_short_column_keeps_its_words_whole()
    {
        var longText = string.Join(' ', Enumerable.Repeat("word", 12));

        var layout = TestPages.Layout(new Table(null, ["Category", "Notes"], [["Snapchat", longText]]));

        var texts = layout.Pages.SelectMany(p => TestPages.Texts(p, artifacts: false)).ToList();
        Assert.Contains(texts, op => op.Text == "Snapchat");
        Assert.Contains(texts, op => op.Text == "Category");
        var notes = texts.Where(op => op.Text!.StartsWith("word", StringComparison.Ordinal)).ToList();
        Assert.True(notes.Count > 1, "the notes wrap");
        Assert.Equal(12, notes.Sum(op => op.Text!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    }

    [Fact]
    public void Numeric_columns_are_right_aligned()
    {
        var layout = TestPages.Layout(new Table(null, ["Name", "Count"], [["a", "5"], ["b", "1,250"]]));

        var texts = TestPages.Texts(layout.Pages[0], artifacts: false);
        var five = texts.Single(op => op.Text == "5");
        var big = texts.Single(op => op.Text == "1,250");
        Assert.Equal(five.X + five.Width, big.X + big.Width, 6);
        Assert.Equal(S.ContentLeft + S.ContentWidth, big.X + big.Width, 6);
    }

    [Fact]
    public void Rows_with_missing_cells_are_padded_and_extra_cells_are_not_shown()
    {
        var layout = TestPages.Layout(new Table(null, ["A", "B"], [["only a"], ["x", "y", "extra"]]));

        var content = TestPages.ContentLines(layout).SelectMany(p => p).ToList();
        Assert.Equal(["A", "B", "only a", "x", "y"], content);
    }

    [Fact]
    public void Structure_elements_are_balanced_and_artifacts_hold_no_structure()
    {
        var layout = TestPages.Layout(
            new Heading(1, "Title"),
            new Paragraph(string.Join(' ', TestPages.NumberedLines(15))),
            new NumberedList(["one", "two"]),
            new Table("Cap", ["A"], [.. Enumerable.Range(1, 25).Select(i => (IReadOnlyList<string>)[$"{i}"])]),
            new AddressBlock(["x"]));

        var stack = new Stack<StructureTag>();
        var inArtifact = false;
        foreach (var op in layout.Pages.SelectMany(p => p.Ops))
        {
            switch (op.Kind)
            {
                case LayoutOpKind.BeginElement:
                    Assert.False(inArtifact);
                    stack.Push(op.Tag);
                    break;
                case LayoutOpKind.EndElement:
                    Assert.False(inArtifact);
                    Assert.Equal(stack.Pop(), op.Tag);
                    break;
                case LayoutOpKind.BeginArtifact:
                    Assert.False(inArtifact);
                    inArtifact = true;
                    break;
                case LayoutOpKind.EndArtifact:
                    Assert.True(inArtifact);
                    inArtifact = false;
                    break;
                case LayoutOpKind.Text:
                    Assert.True(inArtifact || stack.Count > 0, $"'{op.Text}' is neither tagged nor an artifact");
                    break;
                case LayoutOpKind.Line:
                    Assert.True(inArtifact, "rules are artifacts");
                    break;
            }
        }

        Assert.Empty(stack);
        Assert.False(inArtifact);
    }

    [Fact]
    public void Empty_blocks_are_left_out()
    {
        var layout = TestPages.Layout(new Paragraph("  "), new BulletList([]), new Heading(2, ""), new Table(null, [], []), new Paragraph("kept"));

        Assert.Equal(["kept"], TestPages.ContentLines(layout)[0]);
    }

    [Fact]
    public void An_empty_document_is_one_page_with_its_header_and_footer()
    {
        var layout = TestPages.Layout();

        var page = Assert.Single(layout.Pages);
        Assert.Contains(TestPages.Texts(page, artifacts: true), op => op.Text == "Page 1 of 1");
        Assert.Empty(TestPages.Texts(page, artifacts: false));
    }

    [Fact]
    public void Control_characters_are_removed_and_tabs_become_spaces()
    {
        var layout = TestPages.Layout(new Paragraph("a\tb\u0007c\u200Bd"));

        Assert.Equal(["a bcd"], TestPages.ContentLines(layout)[0]);
    }
}
