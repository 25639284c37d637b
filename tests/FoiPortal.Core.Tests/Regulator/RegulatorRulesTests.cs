using FoiPortal.Core.Regulator;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Regulator;

/// <summary>Issue 14: the calendar-day periods after a decision notice, hand-counted across month ends and leap years.</summary>
public sealed class RegulatorRulesTests
{
    [Theory]
    // FOIA s.57, GRC Rules 2009 r.22(1)(b): 28 days. 2028 is a leap year: 31 Jan + 28 = 28 Feb (29 Feb exists).
    [InlineData("2028-01-31", Regime.Foia, "2028-02-28")]
    // 2027 is not a leap year: 31 Jan + 28 = 28 Feb 2027 (Feb has 28 days, so the 28th day is its last).
    [InlineData("2027-01-31", Regime.Foia, "2027-02-28")]
    // Across the leap day: 10 Feb 2028 + 28 = 9 Mar 2028 (19 days to 29 Feb, 9 more into March).
    [InlineData("2028-02-10", Regime.Foia, "2028-03-09")]
    // Without a leap day: 10 Feb 2027 + 28 = 10 Mar 2027.
    [InlineData("2027-02-10", Regime.Foia, "2027-03-10")]
    // EIR reg 18 applies FOIA s.57: the same 28 days. Across the year end: 15 Dec 2026 + 28 = 12 Jan 2027.
    [InlineData("2026-12-15", Regime.Eir, "2027-01-12")]
    // FOISA s.56: 42 days to the Court of Session. 31 Jan 2028 + 42 = 13 Mar 2028 (29 to 29 Feb, 13 into March).
    [InlineData("2028-01-31", Regime.Foisa, "2028-03-13")]
    // FOISA s.56, 2027: 31 Jan 2027 + 42 = 14 Mar 2027 (28 to 28 Feb, 14 into March).
    [InlineData("2027-01-31", Regime.Foisa, "2027-03-14")]
    public void AppealBy_CountsCalendarDaysFromTheNotice(string noticeOn, Regime regime, string expected) =>
        Assert.Equal(D(expected), RegulatorRules.AppealBy(D(noticeOn), regime));

    [Theory]
    // The ICO's usual 35 days: 31 Jan 2028 + 35 = 6 Mar 2028 (29 to 29 Feb, 6 into March).
    [InlineData("2028-01-31", 35, "2028-03-06")]
    // 2027 is not a leap year: 31 Jan 2027 + 35 = 7 Mar 2027.
    [InlineData("2027-01-31", 35, "2027-03-07")]
    // Over a 30-day month end: 20 Apr 2027 + 35 = 25 May 2027 (10 to 30 Apr, 25 into May).
    [InlineData("2027-04-20", 35, "2027-05-25")]
    // A longer period set by the notice: 1 Dec 2026 + 60 = 30 Jan 2027.
    [InlineData("2026-12-01", 60, "2027-01-30")]
    public void StepsDueOn_CountsCalendarDaysFromTheNotice(string noticeOn, int days, string expected) =>
        Assert.Equal(D(expected), RegulatorRules.StepsDueOn(D(noticeOn), days));

    [Theory]
    // FOIA s.50(6): the steps period cannot end before the 28 days for appealing (s.57) have passed.
    [InlineData(27, Regime.Foia, "The period for taking the steps must be at least 28 calendar days: it cannot end before the time for appealing has passed (FOIA s.50(6)).")]
    [InlineData(28, Regime.Foia, null)]
    [InlineData(35, Regime.Foia, null)]
    // EIR reg 18 applies s.50(6).
    [InlineData(20, Regime.Eir, "The period for taking the steps must be at least 28 calendar days: it cannot end before the time for appealing has passed (FOIA s.50(6), applied by EIR reg 18).")]
    // FOISA: the 42 days for appealing to the Court of Session (s.56), so the ICO's usual 35 is too short.
    [InlineData(35, Regime.Foisa, "The period for taking the steps must be at least 42 calendar days: it cannot end before the time for appealing has passed (FOISA s.49).")]
    [InlineData(42, Regime.Foisa, null)]
    [InlineData(367, Regime.Foia, "The period for taking the steps must be 366 calendar days or fewer.")]
    public void WhyNotStepsPeriod_NotBeforeTheAppealPeriodEnds(int days, Regime regime, string? expected) =>
        Assert.Equal(expected, RegulatorRules.WhyNotStepsPeriod(days, regime));

    [Theory]
    [InlineData(Regime.Foia, FoiPortal.Core.Regulator.Regulator.InformationCommissioner, "First-tier Tribunal (Information Rights)")]
    [InlineData(Regime.Eir, FoiPortal.Core.Regulator.Regulator.InformationCommissioner, "First-tier Tribunal (Information Rights)")]
    [InlineData(Regime.Foisa, FoiPortal.Core.Regulator.Regulator.ScottishInformationCommissioner, "Court of Session")]
    public void RegulatorAndAppealBody_FollowTheRegime(Regime regime, FoiPortal.Core.Regulator.Regulator regulator, string body)
    {
        Assert.Equal(regulator, RegulatorRules.RegulatorFor(regime));
        Assert.Equal(body, RegulatorRules.AppealBody(regime));
    }
}
