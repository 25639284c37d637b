using FoiPortal.Core.Costs;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Costs;

public class CostAggregationTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();
    private static readonly HashSet<int> NoLinks = [];

    // Working days (FOIA, UK-wide) from Mon 2 Nov 2026, counted by hand, day 1 = 2 Nov:
    // Nov: 2-6, 9-13, 16-20, 23-27 = 20 (Mon 30 Nov is St Andrew's Day, Scotland, so not a working day under s.10(6));
    // Dec: 1-4 (24), 7-11 (29), 14-18 (34), 21-24 (38); Fri 25 Christmas; Mon 28 Boxing Day substitute; 29-31 (41);
    // Jan 2027: Fri 1 New Year's Day; Mon 4 2nd January substitute (Scotland); 5-8 (45), 11-15 (50), 18-22 (55), 25-29 (60).
    // So day 59 = Thu 28 Jan 2027, day 60 = Fri 29 Jan, day 61 = Mon 1 Feb.
    [Theory]
    [InlineData("2027-01-28", 59, true)]
    [InlineData("2027-01-29", 60, true)]
    [InlineData("2027-02-01", 61, false)]
    [InlineData("2027-01-30", 61, false)] // Saturday: treated as received on Mon 1 Feb
    [InlineData("2026-11-02", 1, true)]
    [InlineData("2026-11-03", 2, true)]
    public void WorkingDaySpan_AcrossChristmas_CountsBothEnds(string later, int span, bool within)
    {
        Assert.Equal(span, CostAggregation.WorkingDaySpan(D("2026-11-02"), D(later), Uk));
        Assert.Equal(span, CostAggregation.WorkingDaySpan(D(later), D("2026-11-02"), Uk));
        Assert.Equal(within, CostAggregation.WithinWindow(D("2026-11-02"), D(later), Uk));
    }

    [Fact]
    public void WorkingDaySpan_ReceivedOnSunday_CountsFromMonday() =>
        // Sun 1 Nov 2026 is treated as Mon 2 Nov; to Fri 29 Jan 2027 is then 60 working days.
        Assert.Equal(60, CostAggregation.WorkingDaySpan(D("2026-11-01"), D("2027-01-29"), Uk));

    [Fact]
    public void Eligible_SameRequesterWithin60Days_Listed()
    {
        var current = Request(1, "2026-11-02", "jo@example.org");
        var candidates = new[]
        {
            Request(2, "2027-01-29", "  JO@Example.ORG "), // day 60: in
            Request(3, "2027-02-01", "jo@example.org"), // day 61: out
            Request(4, "2026-12-01", "someone@example.org"), // other requester, not linked: out
            Request(5, "2026-12-01", "jo@example.org", Regime.Eir), // other regime: out
            Request(1, "2026-11-02", "jo@example.org"), // the request itself
        };

        var matches = CostAggregation.Eligible(current, candidates, NoLinks, Uk);

        var match = Assert.Single(matches);
        Assert.Equal(2, match.Request.RequestId);
        Assert.Equal(AggregationGround.SameRequester, match.Ground);
        Assert.Equal(60, match.WorkingDaySpan);
    }

    [Fact]
    public void Eligible_OtherRequesterLinkedByOfficer_ListedWithinWindowOnly()
    {
        var current = Request(1, "2026-11-02", "jo@example.org");
        var candidates = new[]
        {
            Request(4, "2026-12-01", "campaigner@example.org"),
            Request(6, "2027-02-01", "campaigner2@example.org"), // linked but day 61
            Request(7, "2026-12-02", "campaigner3@example.org", Regime.Eir), // linked but other regime
        };

        var matches = CostAggregation.Eligible(current, candidates, new HashSet<int> { 4, 6, 7 }, Uk);

        var match = Assert.Single(matches);
        Assert.Equal(4, match.Request.RequestId);
        Assert.Equal(AggregationGround.LinkedByOfficer, match.Ground);
    }

    [Fact]
    public void Eligible_EarlierRequests_AlsoCountAndAreOrderedByDate()
    {
        var current = Request(1, "2027-01-29", "jo@example.org");
        var candidates = new[]
        {
            Request(3, "2026-12-15", "jo@example.org"),
            Request(2, "2026-11-02", "jo@example.org"), // day 1 of a 60-day run ending on the current request
            Request(8, "2026-10-30", "jo@example.org"), // Fri 30 Oct: 61 days
        };

        var ids = CostAggregation.Eligible(current, candidates, NoLinks, Uk).Select(m => m.Request.RequestId);

        Assert.Equal([2, 3], ids);
    }

    [Fact]
    public void Eligible_NoEmailOnEitherSide_DoesNotMatch()
    {
        var current = Request(1, "2026-11-02", null);

        Assert.Empty(CostAggregation.Eligible(current, [Request(2, "2026-11-03", null), Request(3, "2026-11-03", " ")], NoLinks, Uk));
    }

    [Fact]
    public void AggregatedEstimate_AddsUpAndCanExceedWhenPartsDoNot()
    {
        // 600 + 500 = 1,100 min > 1,080, though each part is within.
        var aggregated = new AggregatedCostEstimate([
            new AggregatedPart("1/26", Foia(Line(1, 60, 10))),
            new AggregatedPart("2/26", Foia(Line(1, 50, 10))),
        ]);

        Assert.Equal(1_100, aggregated.TotalMinutes);
        Assert.Equal("18.3", aggregated.TotalHours);
        Assert.True(aggregated.ExceedsLimit(FoiaOther));
        Assert.False(aggregated.Parts[0].Estimate.ExceedsLimit(FoiaOther));
    }

    [Fact]
    public void AggregatedEstimate_DifferentRegimes_Throws() =>
        Assert.Throws<ArgumentException>(() => new AggregatedCostEstimate([
            new AggregatedPart("1/26", Foia(Line(1, 60, 10))),
            new AggregatedPart("2/26", Estimate(Regime.Eir, Line(1, 50, 10))),
        ]));

    private static AggregationCandidate Request(int id, string receivedOn, string? email, Regime regime = Regime.Foia) =>
        new(id, $"{id}/26", regime, D(receivedOn), email);
}
