using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Tests.DisclosureLog;

public class TextFormatTests
{
    [Fact]
    public void ResponseText_ParagraphsBulletsAndNumberedItems()
    {
        var text = "First paragraph\nsecond line.\n\n- one\n- two\n  continued\n\n3. three\n4) four\n\n<b>Not markup</b>";

        var blocks = ResponseText.Parse(text);

        Assert.Equal(4, blocks.Count);
        Assert.Equal("First paragraph\nsecond line.", Assert.IsType<ParagraphBlock>(blocks[0]).Text);
        Assert.Equal(["one", "two\ncontinued"], Assert.IsType<BulletListBlock>(blocks[1]).Items);
        var numbered = Assert.IsType<NumberedListBlock>(blocks[2]);
        Assert.Equal(3, numbered.Start);
        Assert.Equal(["three", "four"], numbered.Items);
        Assert.Equal("<b>Not markup</b>", Assert.IsType<ParagraphBlock>(blocks[3]).Text);
    }

    [Fact]
    public void ResponseText_ListDirectlyAfterAParagraph_StartsANewBlock()
    {
        var blocks = ResponseText.Parse("Figures:\n- 2021: 4\n- 2022: 5\r\nThat is all.");

        Assert.Equal("Figures:", Assert.IsType<ParagraphBlock>(blocks[0]).Text);
        Assert.Equal(["2021: 4", "2022: 5\nThat is all."], Assert.IsType<BulletListBlock>(blocks[1]).Items);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 121", "'+44 121")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("", "")]
    public void CsvField_QuotesAndDisarmsFormulas(string value, string field)
    {
        Assert.Equal(field, Csv.Field(value));
    }

    [Fact]
    public void CsvRow_EndsInCrLf()
    {
        Assert.Equal("62A/23,\"Online, Grooming\",2023-02-27\r\n", Csv.Row("62A/23", "Online, Grooming", "2023-02-27"));
    }

    [Fact]
    public void CsvRead_QuotedFieldsAndAnyLineEnding()
    {
        Assert.True(Csv.TryRead("a,\"b,c\",\"d\"\"e\"\r\n1,\"two\nlines\",3\n\nx", out var rows));

        Assert.Equal(4, rows.Count);
        Assert.Equal(["a", "b,c", "d\"e"], rows[0]);
        Assert.Equal(["1", "two\nlines", "3"], rows[1]);
        Assert.Equal([""], rows[2]);
        Assert.Equal(["x"], rows[3]);
    }

    [Fact]
    public void CsvRead_UnclosedQuote_Fails()
    {
        Assert.False(Csv.TryRead("a,\"b\r\nc", out var rows));
        Assert.Empty(rows);
    }

    [Fact]
    public void SearchFacets_OneTokenEachInTheDocumentedFormat()
    {
        // Hex of the UTF-8 bytes, worked out by hand: "FOIA s.12" is 46 4F 49 41 20 73 2E 31 32.
        var facets = SearchFacets.For(new DateOnly(2023, 2, 27), "Custody", DisclosureOutcome.CostLimit, ["FOIA s.12"]);

        Assert.Equal("y2023 t437573746F6479 oCostLimit x464F494120732E3132", facets);
    }

    [Fact]
    public void Snippet_AroundTheFirstWordWithTheWordsInBold()
    {
        var response = "We hold some information. " + string.Join(' ', Enumerable.Repeat("Filler words here.", 30))
            + " Online grooming offences rose in 2022. More filler follows after that point in the text.";

        var parts = Snippet.Make(["Request text without it.", response], ["grooming"]);

        Assert.Equal("…", parts[0].Text);
        Assert.Equal("grooming", Assert.Single(parts, p => p.IsMatch).Text);
        Assert.Contains("Online", string.Concat(parts.Select(p => p.Text)), StringComparison.Ordinal);
        Assert.True(string.Concat(parts.Select(p => p.Text)).Length <= Snippet.DefaultLength + 10);
    }

    [Fact]
    public void Snippet_MatchesWholeWordsIgnoringCaseAndAccents()
    {
        var parts = Snippet.Make(["The CAFÉ licence and the cafeteria"], ["cafe"]);

        Assert.Equal(["CAFÉ"], parts.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Fact]
    public void Snippet_WithoutWords_IsTheOpeningWithoutListMarkers()
    {
        var parts = Snippet.Make(["1. How many cameras?\n2. Where are they?"], []);

        Assert.Equal("How many cameras? Where are they?", Assert.Single(parts).Text);
    }
}
