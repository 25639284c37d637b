using FoiPortal.Core.Costs;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Costs;

/// <summary>SI 2004/3244 reg 5(2)(b): the whole set must be received within one period of 60 consecutive working days.</summary>
public class AggregationPeriodTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    // Counted by hand, UK-wide working days (FOIA s.10(6)), counting both ends:
    // Mon 6 Jan 2025 to Fri 14 Feb = 6 weeks = 30; Mon 17 Feb is day 31.
    // Mon 17 Feb to Fri 28 Mar = 6 weeks = 30, less Mon 17 Mar (St Patrick's Day, Northern Ireland) = 29; Mon 31 Mar = 30, Tue 1 Apr = 31.
    // Mon 6 Jan to Fri 28 Mar = 12 weeks = 60, less 17 Mar = 59; Mon 31 Mar is day 60; Tue 1 Apr is day 61.
    private static readonly AggregationCandidate January = Request(1, "A/1", "2025-01-06");
    private static readonly AggregationCandidate February = Request(2, "A/2", "2025-02-17");
    private static readonly AggregationCandidate April = Request(3, "A/3", "2025-04-01");

    [Fact]
    public void Reg5_2_b_SixJanuarySeventeenFebruaryFirstApril_EachWithinSixtyOfTheMiddle()
    {
        Assert.Equal(31, CostAggregation.WorkingDaySpan(January.ReceivedOn, February.ReceivedOn, Uk));
        Assert.Equal(31, CostAggregation.WorkingDaySpan(February.ReceivedOn, April.ReceivedOn, Uk));
        Assert.Equal(61, CostAggregation.WorkingDaySpan(January.ReceivedOn, April.ReceivedOn, Uk));
    }

    [Fact]
    public void Reg5_2_b_SixJanuarySeventeenFebruaryFirstApril_FromTheMiddle_DoesNotFitAndOffersJanuaryAndFebruary()
    {
        var check = AggregationPeriod.Check(February, [January, April], Uk);

        Assert.False(check.Fits);
        Assert.Equal(61, check.WorkingDaySpan);
        Assert.Equal(["A/1", "A/2"], check.LargestSetThatFits.Select(r => r.Reference));
        Assert.Equal(["A/3"], check.Outside.Select(r => r.Reference));
        Assert.Equal(
            "Request A/3 (received 1 April 2025) was not received within one period of 60 consecutive working days with the others: "
            + "together the requests span 61 working days (regulation 5(2)(b)). The largest set that can be aggregated is "
            + "requests A/1 (received 6 January 2025) and A/2 (received 17 February 2025)",
            check.Problem);
    }

    [Fact]
    public void Reg5_2_b_SixJanuarySeventeenFebruaryFirstApril_FromFirstApril_LeavesOutSixJanuary()
    {
        var check = AggregationPeriod.Check(April, [January, February], Uk);

        Assert.False(check.Fits);
        Assert.Equal(["A/2", "A/3"], check.LargestSetThatFits.Select(r => r.Reference));
        Assert.Equal(["A/1"], check.Outside.Select(r => r.Reference));
    }

    [Fact]
    public void Reg5_2_b_SixJanuarySeventeenFebruaryFirstApril_FromSixJanuary_LeavesOutFirstApril()
    {
        var check = AggregationPeriod.Check(January, [February, April], Uk);

        Assert.Equal(["A/1", "A/2"], check.LargestSetThatFits.Select(r => r.Reference));
        Assert.Equal(["A/3"], check.Outside.Select(r => r.Reference));
    }

    [Fact]
    public void Reg5_2_b_ThirtyFirstMarchIsDaySixty_WholeSetFits()
    {
        var march31 = Request(4, "A/4", "2025-03-31");

        var check = AggregationPeriod.Check(February, [January, march31], Uk);

        Assert.True(check.Fits);
        Assert.Equal(60, check.WorkingDaySpan);
        Assert.Empty(check.Outside);
        Assert.Null(check.Problem);
        Assert.Equal(["A/1", "A/2", "A/4"], check.LargestSetThatFits.Select(r => r.Reference));
    }

    [Fact]
    public void Reg5_2_b_FourRequests_LargestPeriodWithTheCurrentOneWins()
    {
        // 3 March 2025: day 11 from 17 Feb. From 17 Feb the period holds 17 Feb, 3 Mar and 1 Apr (3); from 6 Jan only 6 Jan, 17 Feb, 3 Mar (3),
        // but the current request (1 Apr) is not in it, so 17 Feb to 1 Apr is the set offered.
        var march3 = Request(5, "A/5", "2025-03-03");

        var check = AggregationPeriod.Check(April, [January, February, march3], Uk);

        Assert.Equal(["A/2", "A/5", "A/3"], check.LargestSetThatFits.Select(r => r.Reference));
        Assert.Equal(["A/1"], check.Outside.Select(r => r.Reference));
    }

    private static AggregationCandidate Request(int id, string reference, string receivedOn) =>
        new(id, reference, Regime.Foia, D(receivedOn), "jo@example.org");
}
