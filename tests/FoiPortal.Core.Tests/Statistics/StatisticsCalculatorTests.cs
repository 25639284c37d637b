using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Statistics;

/// <summary>
/// Every figure from a small set of facts built by hand, 2026 Q1, FOIA, UK calendar (no bank holiday from 2 Feb to
/// 30 Mar 2026). Hand-counted working days to the due date Mon 2 Mar 2026: Fri 27 Feb is day 19, Wed 4 Mar day 22,
/// Mon 16 Mar day 30 (10 working days after it); for the clarified request due Fri 20 Mar, Tue 10 Mar is day 13
/// (7 working days before it: St Patrick's Day, Tue 17 Mar, is not a working day under FOIA s.10(6)).
/// </summary>
public sealed class StatisticsCalculatorTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();
    private static readonly StatisticsPeriod Q1 = StatisticsPeriod.Quarter(2026, 1);
    private static readonly DateOnly Due = new(2026, 3, 2);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static StatisticsFacts Facts() => new(
        Received:
        [
            new(Regime.Foia, Channel.Web, "a", D(1, 5), 2),
            new(Regime.Foia, Channel.Email, "a", D(2, 2), 1),
            new(Regime.Foia, Channel.Post, "b", D(3, 2), 1),
        ],
        Responses:
        [
            new(Regime.Foia, Channel.Web, "a", D(2, 27), Due, Due, false, false, 1), // on time, day 19
            new(Regime.Foia, Channel.Email, "a", D(3, 2), Due, Due, false, false, 1), // on time, day 20
            new(Regime.Foia, Channel.Post, "b", D(3, 16), Due, D(3, 30), false, false, 1), // s.10(3) extension, day 30
            new(Regime.Foia, Channel.Web, "b", D(3, 10), D(3, 20), D(3, 20), true, false, 1), // late before clarification, day 13
            new(Regime.Foia, Channel.Web, null, D(3, 4), Due, Due, false, false, 1), // late, day 22
        ],
        Outcomes:
        [
            new(new OutcomeFlags(true, false, false, false, false, false, false), 1),
            new(new OutcomeFlags(true, false, false, false, true, false, false), 1),
            new(new OutcomeFlags(false, false, true, false, false, false, false), 1),
            new(new OutcomeFlags(false, false, false, true, false, false, false), 1),
            new(new OutcomeFlags(true, false, false, false, false, true, false), 1),
        ],
        StillOpen: 2,
        Overdue: 1,
        WithdrawnOrLapsed: 1,
        Exemptions: [new("FOIA s.23(5)", 1), new("FOIA s.40(2)", 2)],
        Extensions: [new(15, 1), new(20, 2)],
        ReviewsReceived: 3,
        ReviewsCompleted:
        [
            new(Regime.Foia, D(2, 2), D(3, 2), true, false, false, 1), // 20 working days, upheld
            new(Regime.Foia, D(2, 2), D(3, 4), true, false, true, 1), // 22 working days, partly
        ],
        ComplaintsReceived: 2,
        DecisionNotices: [new NoticeCount(DecisionOutcome.NotUpheld, 1)]);

    private static StatisticsFigures Figures() => StatisticsCalculator.Compute(Q1, Regime.Foia, Facts(), _ => Uk);

    [Fact]
    public void Volume()
    {
        Assert.Equal(new VolumeFigures(Received: 4, Responded: 5, StillOpen: 2, Overdue: 1, WithdrawnOrLapsed: 1), Figures().Volume);
    }

    [Fact]
    public void Timeliness_CountsLateClarificationAsLate_AndTheExtensionApart()
    {
        var t = Figures().Timeliness;
        Assert.Equal((2, 1, 2), (t.OnTime, t.WithinExtension, t.Late));
        Assert.Equal(40.0m, t.OnTimePercent);
        Assert.Equal(60.0m, t.InTimePercent);
        Assert.Equal(IcoBand.Unsatisfactory, t.Band);
    }

    [Fact]
    public void Timeliness_MedianAndNinetiethPercentileOfWorkingDays()
    {
        // 13, 19, 20, 22, 30: median rank 3 = 20; 90th percentile rank ceil(4.5) = 5 = 30.
        var t = Figures().Timeliness;
        Assert.Equal(20, t.MedianWorkingDays);
        Assert.Equal(30, t.Percentile90WorkingDays);
    }

    [Fact]
    public void Outcomes_EachCategory()
    {
        var outcomes = Figures().Outcomes.ToDictionary(o => o.Category, o => o.Count);
        Assert.Equal(2, outcomes[OutcomeCategory.GrantedInFull]);
        Assert.Equal(0, outcomes[OutcomeCategory.PartlyWithheld]);
        Assert.Equal(1, outcomes[OutcomeCategory.WithheldInFull]);
        Assert.Equal(1, outcomes[OutcomeCategory.NeitherConfirmNorDeny]);
        Assert.Equal(1, outcomes[OutcomeCategory.RefusedCost]);
        Assert.Equal(0, outcomes[OutcomeCategory.RefusedVexatiousOrRepeated]);
        Assert.Equal(0, outcomes[OutcomeCategory.NotHeld]);
        Assert.Equal(1, outcomes[OutcomeCategory.LapsedOrWithdrawn]);
    }

    [Fact]
    public void Outcomes_SumToTheResponses_PlusThoseClosedWithoutOne()
    {
        var f = Figures();
        Assert.Equal(f.Volume.Responded, f.Outcomes.Where(o => o.Category != OutcomeCategory.LapsedOrWithdrawn).Sum(o => o.Count));
        Assert.Equal(f.Volume.Responded + f.Volume.WithdrawnOrLapsed, f.Outcomes.Sum(o => o.Count));
    }

    [Fact]
    public void Exemptions_MostUsedFirst_AndPublicInterestExtensions()
    {
        var f = Figures();
        Assert.Equal([new ProvisionCount("FOIA s.40(2)", 2), new ProvisionCount("FOIA s.23(5)", 1)], f.Exemptions);
        // 15, 20, 20 extra working days: median rank 2 = 20.
        Assert.Equal(new ExtensionFigures(3, 20, 20), f.PublicInterestExtensions);
    }

    [Fact]
    public void Reviews_WithinTwentyAndForty_AndOutcomes()
    {
        var r = Figures().Reviews;
        Assert.Equal(new ReviewFigures(Received: 3, Completed: 2, Within20WorkingDays: 1, Within40WorkingDays: 2, Upheld: 1, PartlyUpheld: 1, Overturned: 0, IcoBand.Unsatisfactory), r);
    }

    [Fact]
    public void Regulator_ComplaintsAndNotices()
    {
        var r = Figures().Regulator;
        Assert.Equal(2, r.ComplaintsReceived);
        Assert.Equal([new NoticeCount(DecisionOutcome.NotUpheld, 1)], r.DecisionNotices);
    }

    [Fact]
    public void Months_ReceivedByReceiptAndResponsesBySending()
    {
        Assert.Equal(
            [
                new MonthFigures(D(1, 1), 2, 0, 0, 0, 0),
                new MonthFigures(D(2, 1), 1, 1, 1, 0, 0),
                new MonthFigures(D(3, 1), 1, 4, 1, 1, 2),
            ],
            Figures().Months);
    }

    [Fact]
    public void ByTeamMemberAndChannel()
    {
        var f = Figures();
        Assert.Equal(
            [new GroupFigures("a", 3, 2, 2, 0, 0), new GroupFigures("b", 1, 2, 0, 1, 1), new GroupFigures(StatisticsCalculator.Unassigned, 0, 1, 0, 0, 1)],
            f.ByTeamMember);
        Assert.Equal(
            [new GroupFigures("Email", 1, 1, 1, 0, 0), new GroupFigures("Post", 1, 1, 0, 1, 0), new GroupFigures("Web", 2, 3, 1, 0, 2)],
            f.ByChannel);
        Assert.Empty(f.ForPublication().ByTeamMember);
    }

    [Fact]
    public void NoFacts_NoPercentages()
    {
        var f = StatisticsCalculator.Compute(Q1, null, StatisticsFacts.Empty, _ => Uk);
        Assert.Null(f.Timeliness.OnTimePercent);
        Assert.Null(f.Timeliness.Band);
        Assert.Null(f.Timeliness.MedianWorkingDays);
        Assert.All(f.Outcomes, o => Assert.Equal(0, o.Count));
    }
}
