using FoiPortal.Core.Similarity;

namespace FoiPortal.Core.Tests.Similarity;

public class TextSimilarityTests
{
    // Pairs an officer would call the same or substantially similar request ('|' separates questions).
    public static TheoryData<string, string, string, string> MustMatch => new()
    {
        {
            "Reworded",
            "Knife crime in Leeds|How many knife crimes were recorded in Leeds in 2023?",
            "Knife crime Leeds|Please tell me the number of knife crimes recorded in Leeds during 2023.",
            "same-years"
        },
        {
            "Questions reordered",
            "Police vehicles|How many police vehicles does the force own?|How many of those vehicles are electric?|What was the total fuel cost for police vehicles in 2022?",
            "Police vehicles|What was the total fuel cost for police vehicles in 2022?|How many police vehicles does the force own?|How many of those vehicles are electric?",
            "same-years"
        },
        {
            "Dated variant",
            "Stop and search|How many stop and search encounters took place in Bradford in 2023, broken down by ethnicity of the person searched?",
            "Stop and search|How many stop and search encounters took place in Bradford in 2024, broken down by ethnicity of the person searched?",
            "different-years"
        },
        {
            "Short request inside a longer one",
            "Overtime|How much was spent on police officer overtime at Leeds district each month in 2023?",
            "Overtime and agency staff|How much was spent on police officer overtime at Leeds district each month in 2023?|How much was spent on agency staff at headquarters in 2023?|How many agency staff contracts were signed?",
            "same-years"
        },
        {
            "Campaign template with a different greeting",
            "Grooming gangs|Dear Sir or Madam, please provide the number of grooming offences reported to West Yorkshire Police, the number of arrests that followed and the number of charges. Thank you, Jane",
            "Grooming gangs|Hello, please provide the number of grooming offences reported to West Yorkshire Police, the number of arrests that followed and the number of charges. Regards, Tom",
            "same-years"
        },
    };

    // Pairs that are not the same information, or too generic to say.
    public static TheoryData<string, string, string> MustNotMatch => new()
    {
        {
            "Same topic, different information",
            "Knife crime in Leeds|How many knife crimes were recorded in Leeds in 2023?",
            "Knife crime in Leeds|How many police officers were injured by knives while on duty in Leeds in 2023?"
        },
        {
            "Same place, different subject",
            "Leeds custody|How many people were detained in Leeds custody suites in 2023?",
            "Leeds vehicles|How many police vehicles are based at Leeds stations?"
        },
        {
            "Short generic texts",
            "Request|Please send me all information you hold.",
            "FOI request|Please send me all the information you hold about me."
        },
        {
            "Generic request for policy documents on different subjects",
            "Policy|Please provide a copy of your policy on the use of body worn video.",
            "Policy|Please provide a copy of your policy on the use of drones."
        },
    };

    [Theory]
    [MemberData(nameof(MustMatch))]
    public void SimilarRequests_ScoreAtOrAboveTheThreshold(string why, string first, string second, string years)
    {
        var score = TextSimilarity.Compare(Text(first), Text(second));

        Assert.True(score.IsSimilar, $"{why}: scored {score.Percent}% (jaccard {score.Jaccard:F2}, containment {score.Containment:F2})");
        Assert.Equal(years == "same-years", score.SameYears);
    }

    [Theory]
    [MemberData(nameof(MustNotMatch))]
    public void DifferentRequests_ScoreBelowTheThreshold(string why, string first, string second)
    {
        var score = TextSimilarity.Compare(Text(first), Text(second));

        Assert.False(score.IsSimilar, $"{why}: scored {score.Percent}% (jaccard {score.Jaccard:F2}, containment {score.Containment:F2})");
    }

    [Fact]
    public void Compare_IsSymmetric()
    {
        var a = Text("Overtime|How much was spent on police officer overtime at Leeds district each month in 2023?");
        var b = Text("Overtime and agency|How much was spent on police officer overtime at Leeds district each month in 2023?|How many agency staff contracts were signed?");

        Assert.Equal(TextSimilarity.Compare(a, b), TextSimilarity.Compare(b, a));
    }

    [Fact]
    public void IdenticalText_ScoresOneHundredPercent()
    {
        var text = "Drones|How many drones does the force operate and what did they cost?";

        Assert.Equal(100, TextSimilarity.Compare(Text(text), Text(text)).Percent);
    }

    [Fact]
    public void EmptyText_ScoresZero() =>
        Assert.Equal(0, TextSimilarity.Compare(RequestText.From("", [""]), Text("Drones|How many drones does the force operate?")).Score);

    [Fact]
    public void Words_FoldCaseAccentsPunctuationAndPlurals_KeepNumbers()
    {
        Assert.Equal(["knife", "crime", "leed", "#year", "cafe", "42"], RequestText.Words("KNIFE Crimes, in Leeds (2023): CAFÉ 42"));
    }

    [Fact]
    public void SeveralHundredUnrelatedCandidates_NoneIsSimilar()
    {
        var current = Text("Stop and search|How many stop and search encounters took place in Bradford in 2023, broken down by ethnicity of the person searched and the outcome?");
        var candidates = Enumerable.Range(0, 500)
            .Select(i => Text($"Subject {i}|How many incidents of type {i} were recorded at station {i % 37} in {2000 + (i % 25)}, broken down by month and by the officer's rank?|What did the work at site {i} cost?"))
            .ToList();

        // How long this takes is measured by bench/FoiPortal.Bench (SimilarityBenchmarks), never asserted here.
        var similar = candidates.Count(c => TextSimilarity.Compare(current, c).IsSimilar);

        Assert.Equal(0, similar);
    }

    private static RequestText Text(string titleAndQuestions)
    {
        var parts = titleAndQuestions.Split('|');
        return RequestText.From(parts[0], parts[1..]);
    }
}
