using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Tests.DisclosureLog;

/// <summary>Word forms for search (issue 18): the Porter stemmer, the irregular forms it cannot join, and their use.</summary>
public class WordFormsTests
{
    // Expected stems from Porter's 1980 paper (its worked examples for each step, run through the whole algorithm).
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("adjustable", "adjust")]
    [InlineData("defensible", "defens")]
    [InlineData("irritant", "irrit")]
    [InlineData("replacement", "replac")]
    [InlineData("adjustment", "adjust")]
    [InlineData("dependent", "depend")]
    [InlineData("adoption", "adopt")]
    [InlineData("communism", "commun")]
    [InlineData("effective", "effect")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("controll", "control")]
    [InlineData("roll", "roll")]
    [InlineData("Grooming", "groom")]
    [InlineData("groomed", "groom")]
    [InlineData("knives", "knive")]
    [InlineData("café", "café")] // not plain ASCII: left as it is, as FTS5's porter tokenizer does
    [InlineData("2024", "2024")]
    [InlineData("is", "is")]
    public void Stem_FollowsPorter(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }

    [Theory]
    [InlineData("knives", new[] { "knives", "knife" })]
    [InlineData("Knife", new[] { "Knife", "knives" })]
    [InlineData("women", new[] { "women", "woman" })]
    [InlineData("stolen", new[] { "stolen", "steal", "stole" })]
    [InlineData("children", new[] { "children", "child" })]
    [InlineData("grooming", new[] { "grooming" })]
    [InlineData("crime", new[] { "crime" })]
    public void Of_GivesTheWordThenItsIrregularForms(string word, string[] forms)
    {
        Assert.Equal(forms, WordForms.Of(word));
    }

    [Fact]
    public void Groups_AreIrregular_PorterDoesNotAlreadyJoinThem()
    {
        // A group is only worth having when at least two of its forms stem differently.
        foreach (var group in WordForms.All)
        {
            Assert.True(group.Select(PorterStemmer.Stem).Distinct().Count() > 1, string.Join(", ", group));
        }
    }

    [Fact]
    public void Groups_DoNotOverlap()
    {
        var words = WordForms.All.SelectMany(g => g).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("knives grooming", "{T} : (\"knives\" OR \"knife\") AND {T} : \"grooming\"")]
    [InlineData("speed", "{T} : \"speed\"")]
    public void Fts5Query_SearchesEachWordInAnyOfItsForms(string input, string query)
    {
        Assert.Equal(query, SearchTerms.Parse(input).ToFts5AllWords("T"));
    }

    [Theory]
    [InlineData("knives grooming", "(FORMSOF(INFLECTIONAL, \"knives\") OR FORMSOF(INFLECTIONAL, \"knife\")) AND FORMSOF(INFLECTIONAL, \"grooming\")")]
    [InlineData("x\" OR 1=1", "FORMSOF(INFLECTIONAL, \"x\") AND FORMSOF(INFLECTIONAL, \"1\")")]
    public void SqlServerQuery_IsInflectionalForms(string input, string query)
    {
        Assert.Equal(query, SearchTerms.Parse(input).ToSqlServerAllWords());
    }

    [Theory]
    [InlineData("The force's records of groomed children.", "grooming", "groomed")]
    [InlineData("Offences involving a knife in 2024.", "knives", "knife")]
    [InlineData("Knives seized by officers.", "knife", "Knives")]
    [InlineData("Arrests for burglaries.", "burglary", "burglaries")]
    public void Snippet_MarksWordFormsTheIndexMatched(string text, string searched, string marked)
    {
        var parts = Snippet.Make([text], [searched]);

        Assert.Equal([marked], parts.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Fact]
    public void Snippet_DoesNotMarkWordsThatOnlyBeginTheSame()
    {
        var parts = Snippet.Make(["Groomsmen at the wedding."], ["grooming"]);

        Assert.DoesNotContain(parts, p => p.IsMatch);
    }

    [Fact]
    public void Highlight_GivesTheWholeTitleWithTheMatchMarked_OrNullWhenNothingMatches()
    {
        var parts = Snippet.Highlight("Online grooming offences recorded in the last five years by the force", ["groomed"]);

        Assert.NotNull(parts);
        Assert.Equal("Online grooming offences recorded in the last five years by the force", string.Concat(parts.Select(p => p.Text)));
        Assert.Equal(["grooming"], parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.Null(Snippet.Highlight("Speed cameras", ["groomed"]));
    }
}
