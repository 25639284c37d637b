using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Statute;

/// <summary>
/// Every expected date was counted by hand on a printed calendar: day 1 is the first working day after
/// receipt (FOIA s.10(1)); without holidays the 20th working day is 4 weeks after a weekday receipt, or the
/// Friday of the 4th week after a weekend receipt; each weekday holiday in between pushes it one working day on.
/// </summary>
public class StatutoryClockDueDateTests
{
    [Theory]
    // legal-rules.md examples, with St Patrick's Day (Tue 17 Mar 2009), Good Friday (10 Apr) and Easter Monday (13 Apr).
    [InlineData(Regime.Foia, "2009-03-12", "2009-04-14")]
    [InlineData(Regime.Foia, "2009-03-14", "2009-04-15")] // Saturday: Mon 16 Mar is day 1
    // Weekend receipts, no holidays: Friday of the 4th week.
    [InlineData(Regime.Foia, "2026-02-01", "2026-02-27")] // Sunday
    [InlineData(Regime.Foia, "2026-10-03", "2026-10-30")] // Saturday
    // Easter 2026 with St Patrick's Day: FOIA skips 17 Mar, 3 Apr, 6 Apr; FOISA only Good Friday.
    [InlineData(Regime.Foia, "2026-03-09", "2026-04-09")]
    [InlineData(Regime.Eir, "2026-03-09", "2026-04-09")]
    [InlineData(Regime.Foisa, "2026-03-09", "2026-04-07")]
    // Easter 2024 with the St Patrick's Day substitute (Mon 18 Mar): FOIA skips 18 Mar, 29 Mar, 1 Apr.
    [InlineData(Regime.Foia, "2024-03-13", "2024-04-15")]
    [InlineData(Regime.Foisa, "2024-03-13", "2024-04-11")]
    // Received on Easter Monday, a non-working day: day 1 is Tue 7 Apr; Early May (4 May) skipped. In Scotland
    // Easter Monday is a working day, but the day of receipt never counts, so the answer is the same.
    [InlineData(Regime.Foia, "2026-04-06", "2026-05-05")]
    [InlineData(Regime.Foisa, "2026-04-06", "2026-05-05")]
    // Leap years: 29 Feb counts. 2024: St Patrick's substitute Mon 18 Mar; 2028: St Patrick's Day Fri 17 Mar.
    [InlineData(Regime.Foia, "2024-02-28", "2024-03-28")]
    [InlineData(Regime.Foisa, "2024-02-28", "2024-03-27")]
    [InlineData(Regime.Foia, "2024-02-24", "2024-03-25")] // Saturday
    [InlineData(Regime.Foia, "2028-02-29", "2028-03-29")]
    [InlineData(Regime.Foisa, "2028-02-29", "2028-03-28")]
    // Battle of the Boyne substitute (Mon 13 Jul 2026, Mon 14 Jul 2025), Northern Ireland only.
    [InlineData(Regime.Foia, "2026-07-01", "2026-07-30")]
    [InlineData(Regime.Foisa, "2026-07-01", "2026-07-29")]
    // 2025 adds the Scottish summer holiday (Mon 4 Aug), which counts for both.
    [InlineData(Regime.Foia, "2025-07-07", "2025-08-06")]
    [InlineData(Regime.Foisa, "2025-07-07", "2025-08-05")]
    // Last Monday in August (31 Aug 2026) is not a Scottish bank holiday.
    [InlineData(Regime.Foia, "2026-08-10", "2026-09-08")]
    [InlineData(Regime.Foisa, "2026-08-10", "2026-09-07")]
    // St Andrew's Day (Mon 30 Nov 2026) then Christmas Day and the Boxing Day substitute.
    [InlineData(Regime.Foia, "2026-11-26", "2026-12-29")]
    [InlineData(Regime.Foisa, "2026-11-26", "2026-12-29")]
    // St Andrew's substitute (Mon 2 Dec 2024), 25 and 26 Dec, 1 Jan and 2 Jan 2025.
    [InlineData(Regime.Foia, "2024-11-29", "2025-01-03")]
    // Christmas and New Year across years.
    [InlineData(Regime.Foia, "2020-12-24", "2021-01-27")] // 25 Dec, 28 Dec, 1 Jan, 4 Jan
    [InlineData(Regime.Foia, "2021-12-13", "2022-01-14")] // 27 and 28 Dec, 3 and 4 Jan
    [InlineData(Regime.Foia, "2022-12-16", "2023-01-19")] // 26 and 27 Dec, 2 and 3 Jan
    [InlineData(Regime.Foia, "2025-12-23", "2026-01-26")] // 25 and 26 Dec, 1 and 2 Jan
    [InlineData(Regime.Foia, "2026-12-25", "2027-01-27")] // received on Christmas Day: 28 Dec skipped, day 1 is 29 Dec
    [InlineData(Regime.Foia, "2027-12-17", "2028-01-20")] // 27 and 28 Dec, 3 and 4 Jan
    // One-off days: VE Day 2020 (8 May) with spring (25 May); Platinum Jubilee (2 and 3 Jun 2022);
    // State Funeral (19 Sep 2022); Coronation (8 May 2023) with early May (1 May); World Cup (15 Jun 2026, Scotland).
    [InlineData(Regime.Foia, "2020-04-24", "2020-05-26")]
    [InlineData(Regime.Foia, "2022-05-23", "2022-06-22")]
    [InlineData(Regime.Foia, "2022-09-12", "2022-10-11")]
    [InlineData(Regime.Foia, "2023-04-25", "2023-05-25")]
    [InlineData(Regime.Foia, "2026-06-08", "2026-07-07")]
    [InlineData(Regime.Foisa, "2026-06-08", "2026-07-07")]
    public void DueDate_IsTheTwentiethWorkingDayAfterReceipt(Regime regime, string receivedOn, string dueOn)
    {
        var deadline = StatutoryClock.DueDate(D(receivedOn), regime, WorkingDayCalendar.ForRegime(regime));

        Assert.Equal(D(dueOn), deadline.DueOn);
        Assert.Equal(StatutoryClock.StandardWorkingDays, deadline.WorkingDays);
        Assert.Equal(regime, deadline.Regime);
        Assert.Equal(D(receivedOn), deadline.ReceivedOn);
    }

    [Fact]
    public void DueDate_SpecExample_ListsSkippedHolidaysButNotWeekends()
    {
        var deadline = StatutoryClock.DueDate(D("2026-12-18"), Regime.Foia, WorkingDayCalendar.UnitedKingdom());

        Assert.Equal(
            new Deadline(Regime.Foia, D("2026-12-18"), D("2027-01-21"), 20, []),
            deadline with { Skipped = [] });
        Assert.Equal(
            [
                new NonWorkingDay(D("2026-12-25"), "Christmas Day"),
                new NonWorkingDay(D("2026-12-28"), "Boxing Day (substitute day)"),
                new NonWorkingDay(D("2027-01-01"), "New Year's Day"),
                new NonWorkingDay(D("2027-01-04"), "2nd January (substitute day, Scotland)"),
            ],
            deadline.Skipped);
    }

    [Fact]
    public void DueDate_Foia_SkipsRegionalHolidaysWithTheirRegion()
    {
        var deadline = StatutoryClock.DueDate(D("2026-03-09"), Regime.Foia, WorkingDayCalendar.UnitedKingdom());

        Assert.Equal(
            [
                new NonWorkingDay(D("2026-03-17"), "St Patrick's Day (Northern Ireland)"),
                new NonWorkingDay(D("2026-04-03"), "Good Friday"),
                new NonWorkingDay(D("2026-04-06"), "Easter Monday (England, Wales and Northern Ireland)"),
            ],
            deadline.Skipped);
    }

    [Fact]
    public void DueDate_Foisa_SkipsScottishHolidaysOnly() =>
        Assert.Equal(
            [new NonWorkingDay(D("2026-04-03"), "Good Friday")],
            StatutoryClock.DueDate(D("2026-03-09"), Regime.Foisa, WorkingDayCalendar.Scotland()).Skipped);

    [Fact]
    public void DueDate_ReceivedOnAHoliday_DoesNotListTheDayOfReceipt() =>
        Assert.Equal(
            [D("2026-12-28"), D("2027-01-01"), D("2027-01-04")],
            StatutoryClock.DueDate(D("2026-12-25"), Regime.Foia, WorkingDayCalendar.UnitedKingdom()).Skipped.Select(s => s.Date));

    [Theory]
    [InlineData(Regime.Foia)]
    [InlineData(Regime.Eir)]
    public void DueDate_WithTheScottishCalendarForFoiaOrEir_Throws(Regime regime) =>
        Assert.Throws<ArgumentException>(() => StatutoryClock.DueDate(D("2026-03-09"), regime, WorkingDayCalendar.Scotland()));

    [Fact]
    public void DueDate_WithTheUkCalendarForFoisa_Throws() =>
        Assert.Throws<ArgumentException>(() => StatutoryClock.DueDate(D("2026-03-09"), Regime.Foisa, WorkingDayCalendar.UnitedKingdom()));
}
