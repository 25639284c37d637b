using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Reviews;

/// <summary>
/// Hand-counted. January and February 2026 have no bank holidays after 2 January. From Thu 12 Mar 2026 the UK-wide
/// calendar skips St Patrick's Day (Tue 17 Mar, NI), Good Friday (3 Apr), Easter Monday (6 Apr, not in Scotland) and the
/// early May bank holiday (Mon 4 May); the Scottish one skips Good Friday and 4 May only.
/// </summary>
public class ReviewClockTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();
    private static readonly WorkingDayCalendar Scotland = WorkingDayCalendar.Scotland();

    public static TheoryData<string, Regime, string, string, string> Deadlines() => new()
    {
        // Mon 5 Jan: day 1 is Tue 6 Jan; day 20 Mon 2 Feb; day 40 Mon 2 Mar (the example).
        { "s.45 Code para 5.4-5.5: FOIA 20 days, 40 at most", Regime.Foia, "2026-01-05", "2026-02-02", "2026-03-02" },
        { "EIR reg 11(4): 40 days, no extension", Regime.Eir, "2026-01-05", "2026-03-02", "2026-03-02" },
        { "FOISA s.21(1): 20 days, no extension", Regime.Foisa, "2026-01-05", "2026-02-02", "2026-02-02" },
        // Sat 10 Jan: day 1 is Mon 12 Jan; 12-16, 19-23, 26-30 Jan, 2-6 Feb are days 1-20.
        { "FOIA received on a Saturday: day 1 is the Monday", Regime.Foia, "2026-01-10", "2026-02-06", "2026-03-06" },
        // 13-16 Mar 1-2, 18 Mar-2 Apr 3-14, 7-14 Apr 15-20; 15 Apr-1 May 21-33, 5-13 May 34-40.
        { "FOIA across St Patrick's Day and Easter", Regime.Foia, "2026-03-12", "2026-04-14", "2026-05-13" },
        { "EIR across St Patrick's Day, Easter and May Day", Regime.Eir, "2026-03-12", "2026-05-13", "2026-05-13" },
        // Scotland: 13 Mar-2 Apr are 1-15 (17 Mar counts), 6-10 Apr 16-20 (Easter Monday counts).
        { "FOISA s.73 Scottish calendar across Easter", Regime.Foisa, "2026-03-12", "2026-04-10", "2026-04-10" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Due_PerRegime_IsCountedInWorkingDaysFromTheDayAfterReceipt(string because, Regime regime, string received, string dueOn, string latestOn)
    {
        var deadline = ReviewClock.Due(regime, D(received), regime == Regime.Foisa ? Scotland : Uk);

        Assert.True(deadline.DueOn == D(dueOn), $"{because}: due {deadline.DueOn}");
        Assert.True(deadline.LatestOn == D(latestOn), $"{because}: latest {deadline.LatestOn}");
    }

    [Fact]
    public void Due_FoiaExtendedByTenDays_Code55_MovesTheDueDateButNotTheLatest()
    {
        // From day 20 (Tue 14 Apr): 15-17 Apr 21-23, 20-24 Apr 24-28, 27-28 Apr 29-30.
        var deadline = ReviewClock.Due(Regime.Foia, D("2026-03-12"), Uk, extraWorkingDays: 10);

        Assert.Equal(D("2026-04-28"), deadline.DueOn);
        Assert.Equal(D("2026-05-13"), deadline.LatestOn);
        Assert.Equal(30, deadline.WorkingDays);
    }

    [Fact]
    public void Due_FoiaExtendedToTheLimit_Code55_IsDueOnTheLatestDay() =>
        Assert.Equal(D("2026-03-02"), ReviewClock.Due(Regime.Foia, D("2026-01-05"), Uk, extraWorkingDays: 20).DueOn);

    [Theory]
    [InlineData(Regime.Foia, false, 1, true)]
    [InlineData(Regime.Foia, false, 20, true)]
    [InlineData(Regime.Foia, false, 21, false)]
    [InlineData(Regime.Foia, false, 0, false)]
    [InlineData(Regime.Foia, true, 5, false)]
    [InlineData(Regime.Eir, false, 5, false)]
    [InlineData(Regime.Foisa, false, 5, false)]
    public void WhyNotExtendable_Code55_FoiaOnlyOnceToFortyDays(Regime regime, bool alreadyExtended, int extra, bool allowed) =>
        Assert.Equal(allowed, ReviewClock.WhyNotExtendable(regime, alreadyExtended, extra) is null);

    [Fact]
    public void WhyNotExtendable_EirReg11_SaysWhy() =>
        Assert.Contains("regulation 11(4)", ReviewClock.WhyNotExtendable(Regime.Eir, false, 5), StringComparison.Ordinal);

    [Fact]
    public void WhyNotExtendable_FoisaS21_SaysWhy() =>
        Assert.Contains("section 21(1)", ReviewClock.WhyNotExtendable(Regime.Foisa, false, 5), StringComparison.Ordinal);

    [Fact]
    public void Due_EirWithExtension_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewClock.Due(Regime.Eir, D("2026-01-05"), Uk, extraWorkingDays: 5));

    [Fact]
    public void Due_FoisaOnTheUkCalendar_Throws() =>
        Assert.Throws<ArgumentException>(() => ReviewClock.Due(Regime.Foisa, D("2026-01-05"), Uk));

    [Fact]
    public void StatutoryClock_EirReviewDueOn_Reg11_IsFortyWorkingDays()
    {
        // The case clock's review date follows the same rule (it said 20 for EIR before).
        var reading = StatutoryClock.Read(
            Regime.Eir,
            [new ClockEvent(ClockEventKind.Received, D("2025-12-01")), new ClockEvent(ClockEventKind.ResponseSent, D("2025-12-19")), new ClockEvent(ClockEventKind.InternalReviewRequested, D("2026-01-05"))],
            Uk,
            D("2026-01-06"));

        Assert.Equal(D("2026-03-02"), reading.InternalReviewDueOn);
    }
}
