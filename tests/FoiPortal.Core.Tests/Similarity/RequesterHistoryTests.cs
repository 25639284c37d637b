using FoiPortal.Core.Similarity;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Similarity;

public class RequesterHistoryTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    private static readonly RequesterIdentity Jane = new("Jane Smith", "jane.smith@example.org", "12 Acacia Avenue, Leeds LS1 4AB");

    private static readonly string[] KnifeQuestions = ["How many knife crimes were recorded in Leeds in 2026, by month?"];
    private static readonly string[] KnifeReworded = ["Please tell me the number of knife crimes recorded in Leeds during 2026, by month."];
    private static readonly string[] Drones = ["How many drones does the force operate and what did they cost to buy?"];

    [Theory]
    [InlineData("JANE.SMITH@EXAMPLE.ORG ", "Someone Else", null, RequesterMatchBasis.Email, MatchConfidence.Certain)]
    [InlineData("other@example.org", "Smith, Jane", "Flat 2, 40 Park Road, Leeds ls14ab", RequesterMatchBasis.NameAndPostcode, MatchConfidence.Likely)]
    [InlineData("other@example.org", "Mrs Jane SMITH", "1 High Street, York YO1 7HH", RequesterMatchBasis.NameOnly, MatchConfidence.Possible)]
    public void Match_SaysHowAndHowSure(string email, string name, string? address, RequesterMatchBasis basis, MatchConfidence confidence)
    {
        var match = RequesterMatching.Match(Jane, new RequesterIdentity(name, email, address));

        Assert.Equal(new RequesterMatch(basis, confidence), match);
    }

    [Theory]
    [InlineData("other@example.org", "John Smith", "12 Acacia Avenue, Leeds LS1 4AB")] // same address, different person
    [InlineData("other@example.org", "Jane", "12 Acacia Avenue, Leeds LS1 4AB")] // a first name alone identifies no one
    public void Match_DifferentPeople_IsNull(string email, string name, string address) =>
        Assert.Null(RequesterMatching.Match(Jane, new RequesterIdentity(name, email, address)));

    [Fact]
    public void Match_PersonalDataRemoved_NeverMatches()
    {
        // Retention removes the data; a removed requester matches nobody, even an empty email with an empty one.
        Assert.Null(RequesterMatching.Match(Jane, Jane with { PersonalDataRemoved = true }));
        Assert.Null(RequesterMatching.Match(new("Personal data removed", "", null, true), new("Personal data removed", "", null, true)));
    }

    // Working days from Mon 2 Nov 2026 (day 1), counted by hand in CostAggregationTests: day 60 = Fri 29 Jan 2027, day 61 = Mon 1 Feb.
    [Theory]
    [InlineData("2027-01-29", true)]
    [InlineData("2027-02-02", false)]
    public void PossibleRepeat_AnsweredWithin60WorkingDays(string receivedOn, bool flagged)
    {
        // Answered on Fri 30 Oct 2026: Mon 2 Nov is the first working day after it, so 29 Jan is 60 working days later, 2 Feb 62.
        var earlier = Request(1, "1/26", "2026-10-01", KnifeQuestions, Jane, answeredOn: "2026-10-30");
        var current = Request(2, "2/27", receivedOn, KnifeReworded, Jane with { Email = "j.smith@work.example" });

        var result = RequesterHistory.Assess(current, [earlier], Uk);

        Assert.Equal(flagged, result.Flags.Any(f => f.Kind == HistoryFlagKind.PossibleRepeat));
        Assert.Equal(RequesterMatchBasis.NameAndPostcode, Assert.Single(result.SameRequester).Match!.Basis);
    }

    [Fact]
    public void PossibleRepeat_NotWhileTheEarlierRequestIsUnanswered_ButAggregationIs()
    {
        var earlier = Request(1, "1/26", "2026-11-02", KnifeQuestions, Jane);
        var current = Request(2, "2/26", "2026-11-20", KnifeReworded, Jane);

        var flags = RequesterHistory.Assess(current, [earlier], Uk).Flags;

        var flag = Assert.Single(flags);
        Assert.Equal(HistoryFlagKind.PossibleAggregation, flag.Kind);
        Assert.Equal("1/26", Assert.Single(flag.Requests).Request.Reference);
        Assert.InRange(flag.TopPercent, 50, 100);
    }

    [Fact]
    public void NoFlags_ForADifferentRequestFromTheSamePerson_ButItIsListed()
    {
        var earlier = Request(1, "1/26", "2026-11-02", Drones, Jane, answeredOn: "2026-11-10");
        var current = Request(2, "2/26", "2026-11-20", KnifeQuestions, Jane);

        var result = RequesterHistory.Assess(current, [earlier], Uk);

        Assert.Empty(result.Flags);
        Assert.Single(result.SameRequester);
    }

    [Fact]
    public void PossibleRepeat_NotForTheSameQuestionsAboutAnotherYear()
    {
        var earlier = Request(1, "1/26", "2026-11-02", ["How many knife crimes were recorded in Leeds in 2025, by month?"], Jane, answeredOn: "2026-11-10");
        var current = Request(2, "2/26", "2026-11-20", KnifeQuestions, Jane);

        var kinds = RequesterHistory.Assess(current, [earlier], Uk).Flags.Select(f => f.Kind);

        // New information (another year) is no repeat, but it is similar information for aggregation.
        Assert.Equal([HistoryFlagKind.PossibleAggregation], kinds);
    }

    [Fact]
    public void Aggregation_NotForEir()
    {
        var earlier = Request(1, "1/26", "2026-11-02", KnifeQuestions, Jane, regime: Regime.Eir);
        var current = Request(2, "2/26", "2026-11-20", KnifeReworded, Jane, regime: Regime.Eir);

        Assert.Empty(RequesterHistory.Assess(current, [earlier], Uk).Flags);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Campaign_FiveNearIdenticalRequestsFromDifferentPeople(int requests, bool flagged)
    {
        string[] template = ["Please provide the number of grooming offences reported to the force, the number of arrests that followed and the number of charges in 2026."];
        var others = Enumerable.Range(1, requests - 1)
            .Select(i => Request(i, $"{i}/26", "2026-11-02", template, new RequesterIdentity($"Person Number{i}", $"p{i}@example.org", null)))
            .ToList();
        var current = Request(99, "99/26", "2026-11-10", template, Jane);

        var campaign = RequesterHistory.Assess(current, others, Uk).Flags.SingleOrDefault(f => f.Kind == HistoryFlagKind.Campaign);

        Assert.Equal(flagged, campaign is not null);
        if (campaign is not null)
        {
            Assert.Equal(requests - 1, campaign.Requests.Count);
            Assert.Equal(100, campaign.TopPercent);
            Assert.StartsWith("5 near-identical requests", campaign.Explanation, StringComparison.Ordinal);
        }
    }

    private static HistoryRequest Request(
        int id, string reference, string receivedOn, string[] questions, RequesterIdentity requester, string? answeredOn = null, Regime regime = Regime.Foia) =>
        new(id, reference, regime, D(receivedOn), "Request", questions, requester, answeredOn is null ? "In progress" : "Responded", answeredOn is null ? null : D(answeredOn));
}
