using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Tests.DisclosureLog;

public class SearchTermsTests
{
    [Theory]
    [InlineData("grooming", new[] { "grooming" })]
    [InlineData("  online   grooming  ", new[] { "online", "grooming" })]
    [InlineData("\"online grooming\"", new[] { "online", "grooming" })]
    [InlineData("grooming*", new[] { "grooming" })]
    [InlineData("title:grooming", new[] { "title", "grooming" })]
    [InlineData("^grooming", new[] { "grooming" })]
    [InlineData("(speed OR cameras) AND NOT drones", new[] { "speed", "cameras", "drones" })]
    [InlineData("NEAR(speed cameras, 5)", new[] { "speed", "cameras", "5" })]
    [InlineData("not held", new[] { "not", "held" })]
    [InlineData("62A/23", new[] { "62A", "23" })]
    [InlineData("x'; DROP TABLE DisclosureLogEntries;--", new[] { "x", "DROP", "TABLE", "DisclosureLogEntries" })]
    [InlineData("Grooming grooming GROOMING", new[] { "Grooming" })]
    [InlineData("café", new[] { "café" })]
    [InlineData("-speed +cameras @drones =1", new[] { "speed", "cameras", "drones", "1" })]
    public void Parse_KeepsOnlyWords(string input, string[] words)
    {
        Assert.Equal(words, SearchTerms.Parse(input).Words);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("* ^ : ( ) \" -")]
    [InlineData("AND OR NOT NEAR")]
    public void Parse_NothingButSyntax_HasNoWordsButRemembersInput(string input)
    {
        var terms = SearchTerms.Parse(input);

        Assert.True(terms.IsEmpty);
        Assert.True(terms.HadInput);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Blank_IsNone(string? input)
    {
        var terms = SearchTerms.Parse(input);

        Assert.True(terms.IsEmpty);
        Assert.False(terms.HadInput);
    }

    [Fact]
    public void Parse_VeryLongInput_IsCutAndCapped()
    {
        var input = string.Join(' ', Enumerable.Range(1, 2_000).Select(i => $"word{i}")) + new string('z', 10_000);

        var terms = SearchTerms.Parse(input);

        Assert.True(terms.WasTruncated);
        Assert.Equal(SearchTerms.MaxWords, terms.Words.Count);
        Assert.Equal("word1", terms.Words[0]);
    }

    [Fact]
    public void Parse_OneHugeWord_IsCutToTheWordLimit()
    {
        var terms = SearchTerms.Parse(new string('a', 150));

        Assert.Equal(new string('a', 40), Assert.Single(terms.Words));
    }

    [Fact]
    public void Fts5Query_QuotesEveryWordAndKeepsThemInTheTextColumns()
    {
        var query = SearchTerms.Parse("\"speed\" OR cameras*").ToFts5AllWords("Title Body");

        Assert.Equal("{Title Body} : \"speed\" AND {Title Body} : \"cameras\"", query);
    }

    [Fact]
    public void SuggestionQuery_LeavesOutCommonWords()
    {
        var terms = SearchTerms.Parse("How many online grooming offences were recorded?");

        Assert.Equal("{Title} : (\"online\" OR \"grooming\" OR \"offences\" OR \"recorded\")", terms.ToFts5AnyWord("Title"));
        Assert.Equal("online grooming offences recorded", terms.ToSqlServerFreeText());
        Assert.Equal(string.Empty, SearchTerms.Parse("the number of").ToFts5AnyWord("Title"));
    }

    [Fact]
    public void SqlServerQuery_QuotesEveryWord_InItsInflectionalForms()
    {
        Assert.Equal("FORMSOF(INFLECTIONAL, \"online\") AND FORMSOF(INFLECTIONAL, \"grooming\")", SearchTerms.Parse("online* | grooming~").ToSqlServerAllWords());
    }
}
