using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Statute;

public class WorkingDayCalendarTests
{
    [Theory]
    // Fixed-date days on weekdays, and their substitutes when they fall at a weekend (GOV.UK naming).
    [InlineData("2026-01-01", "New Year's Day")]
    [InlineData("2022-01-03", "New Year's Day (substitute day)")] // 1 Jan 2022 was a Saturday
    [InlineData("2026-01-02", "2nd January (Scotland)")]
    [InlineData("2027-01-04", "2nd January (substitute day, Scotland)")] // 2 Jan 2027 is a Saturday
    [InlineData("2022-01-04", "2nd January (substitute day, Scotland)")] // 3 Jan 2022 already taken by New Year's Day
    [InlineData("2026-03-17", "St Patrick's Day (Northern Ireland)")]
    [InlineData("2024-03-18", "St Patrick's Day (substitute day, Northern Ireland)")] // 17 Mar 2024 was a Sunday
    [InlineData("2026-04-03", "Good Friday")]
    [InlineData("2026-04-06", "Easter Monday (England, Wales and Northern Ireland)")]
    [InlineData("2026-05-04", "Early May bank holiday")]
    [InlineData("2026-05-25", "Spring bank holiday")]
    [InlineData("2026-07-13", "Battle of the Boyne (substitute day, Northern Ireland)")] // 12 Jul 2026 is a Sunday
    [InlineData("2027-07-12", "Battle of the Boyne (Northern Ireland)")]
    [InlineData("2026-08-03", "Summer bank holiday (Scotland)")]
    [InlineData("2026-08-31", "Summer bank holiday (England, Wales and Northern Ireland)")]
    [InlineData("2026-11-30", "St Andrew's Day (Scotland)")]
    [InlineData("2024-12-02", "St Andrew's Day (substitute day, Scotland)")] // 30 Nov 2024 was a Saturday
    [InlineData("2026-12-25", "Christmas Day")]
    [InlineData("2026-12-28", "Boxing Day (substitute day)")] // Boxing Day 2026 is a Saturday
    [InlineData("2022-12-26", "Boxing Day")]
    [InlineData("2022-12-27", "Christmas Day (substitute day)")] // Christmas 2022 was a Sunday
    [InlineData("2021-12-27", "Christmas Day (substitute day)")] // Christmas 2021 was a Saturday
    [InlineData("2021-12-28", "Boxing Day (substitute day)")]
    // One-off days proclaimed under the Banking and Financial Dealings Act 1971.
    [InlineData("2020-05-08", "Early May bank holiday (VE Day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Coronation of King Charles III")]
    [InlineData("2026-06-15", "FIFA World Cup bank holiday (Scotland)")]
    // Weekends are reported as weekends, even when a holiday falls on them.
    [InlineData("2026-12-26", "Saturday")]
    [InlineData("2027-12-25", "Saturday")]
    [InlineData("2026-03-29", "Sunday")]
    public void WhyNotWorking_UnitedKingdom_GivesGovUkName(string date, string reason)
    {
        var nonWorkingDay = WorkingDayCalendar.UnitedKingdom().WhyNotWorking(D(date));

        Assert.Equal(new NonWorkingDay(D(date), reason), nonWorkingDay);
    }

    [Theory]
    [InlineData("2026-12-29")]
    [InlineData("2020-05-04")] // the first Monday in May 2020, moved to 8 May
    [InlineData("2022-05-30")] // the last Monday in May 2022, moved to 2 June
    [InlineData("2024-02-29")]
    public void WhyNotWorking_WorkingDay_IsNull(string date) =>
        Assert.Null(WorkingDayCalendar.UnitedKingdom().WhyNotWorking(D(date)));

    [Theory]
    // FOIA s.10(6) skips a bank holiday in any part of the UK; FOISA s.73 only Scottish ones.
    [InlineData("2026-01-02", false, false)] // 2nd January: Scotland
    [InlineData("2023-01-03", false, false)] // 2nd January substitute: Scotland
    [InlineData("2026-03-17", false, true)] // St Patrick's Day: Northern Ireland only
    [InlineData("2018-03-19", false, true)] // St Patrick's Day substitute: Northern Ireland only
    [InlineData("2026-04-03", false, false)] // Good Friday: everywhere
    [InlineData("2026-04-06", false, true)] // Easter Monday: not a bank holiday in Scotland
    [InlineData("2026-06-15", false, false)] // World Cup day: Scotland only, but in "any part of the UK"
    [InlineData("2020-07-13", false, true)] // Battle of the Boyne substitute: Northern Ireland only
    [InlineData("2026-08-03", false, false)] // first Monday in August: Scotland
    [InlineData("2026-08-31", false, true)] // last Monday in August: not Scotland
    [InlineData("2026-11-30", false, false)] // St Andrew's Day: Scotland
    [InlineData("2025-12-01", false, false)] // St Andrew's Day substitute: Scotland
    [InlineData("2026-12-29", true, true)]
    [InlineData("2028-02-29", true, true)]
    // St Andrew's Day became a bank holiday under the St Andrew's Day Bank Holiday (Scotland) Act 2007.
    [InlineData("2006-11-30", true, true)]
    [InlineData("2007-11-30", false, false)]
    public void IsWorkingDay_ForEachRegime(string date, bool foiaWorking, bool foisaWorking)
    {
        Assert.Equal(foiaWorking, WorkingDayCalendar.ForRegime(Regime.Foia).IsWorkingDay(D(date)));
        Assert.Equal(foiaWorking, WorkingDayCalendar.ForRegime(Regime.Eir).IsWorkingDay(D(date)));
        Assert.Equal(foisaWorking, WorkingDayCalendar.ForRegime(Regime.Foisa).IsWorkingDay(D(date)));
    }

    [Theory]
    // From Fri 18 Dec 2026 to Thu 21 Jan 2027: 24 weekdays less 25 Dec, 28 Dec, 1 Jan, 4 Jan.
    [InlineData("2026-12-18", "2027-01-21", 20)]
    [InlineData("2027-01-21", "2026-12-18", -20)]
    [InlineData("2026-03-09", "2026-03-13", 4)]
    [InlineData("2026-03-13", "2026-03-16", 1)] // Friday to Monday
    [InlineData("2026-03-16", "2026-03-16", 0)]
    public void WorkingDaysBetween_CountsExclusiveInclusive(string from, string to, int expected) =>
        Assert.Equal(expected, WorkingDayCalendar.UnitedKingdom().WorkingDaysBetween(D(from), D(to)));

    [Fact]
    public void AddWorkingDays_Zero_IsTheSameDay() =>
        Assert.Equal(D("2026-12-26"), WorkingDayCalendar.UnitedKingdom().AddWorkingDays(D("2026-12-26"), 0));

    [Fact]
    public void AddWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.UnitedKingdom().AddWorkingDays(D("2026-12-26"), -1));

    [Fact]
    public void ExtraNonWorkingDay_AllUk_IsSkippedAndNamed()
    {
        var extra = new CalendarAdjustment(D("2027-06-11"), AdjustmentKind.ExtraNonWorkingDay, "Extra bank holiday (proclamation)", CalendarScope.AllUk);
        var calendar = WorkingDayCalendar.UnitedKingdom([extra]);

        // Received Mon 7 Jun 2027: 8-10 Jun are days 1-3, Fri 11 Jun skipped, 14 Jun-2 Jul days 4-18, 5 Jul 19, 6 Jul 20.
        var deadline = StatutoryClock.DueDate(D("2027-06-07"), Regime.Foia, calendar);

        Assert.Equal(D("2027-07-06"), deadline.DueOn);
        Assert.Equal([new NonWorkingDay(D("2027-06-11"), "Extra bank holiday (proclamation)")], deadline.Skipped);
        Assert.True(WorkingDayCalendar.Scotland([extra]).WhyNotWorking(D("2027-06-11")) is { Reason: "Extra bank holiday (proclamation)" });
    }

    [Fact]
    public void ExtraNonWorkingDay_NorthernIrelandOnly_CountsForFoiaButNotFoisa()
    {
        var extra = new CalendarAdjustment(D("2027-06-11"), AdjustmentKind.ExtraNonWorkingDay, "Northern Ireland extra day", CalendarScope.NorthernIreland);

        Assert.False(WorkingDayCalendar.UnitedKingdom([extra]).IsWorkingDay(D("2027-06-11")));
        Assert.True(WorkingDayCalendar.Scotland([extra]).IsWorkingDay(D("2027-06-11")));
    }

    [Fact]
    public void ExtraNonWorkingDay_OnAWeekend_IsStillJustTheWeekend() =>
        Assert.Equal("Saturday", WorkingDayCalendar.UnitedKingdom([new CalendarAdjustment(D("2026-06-13"), AdjustmentKind.ExtraNonWorkingDay, "Extra", CalendarScope.AllUk)])
            .WhyNotWorking(D("2026-06-13"))?.Reason);

    [Fact]
    public void ExtraNonWorkingDay_WithoutReason_Throws() =>
        Assert.Throws<ArgumentException>(() => WorkingDayCalendar.UnitedKingdom([new CalendarAdjustment(D("2027-06-11"), AdjustmentKind.ExtraNonWorkingDay, " ", CalendarScope.AllUk)]));

    [Fact]
    public void RemovedHoliday_AllUk_BecomesAWorkingDay()
    {
        var removal = new CalendarAdjustment(D("2027-05-03"), AdjustmentKind.RemovedHoliday, "Early May bank holiday moved", CalendarScope.AllUk);

        Assert.True(WorkingDayCalendar.UnitedKingdom([removal]).IsWorkingDay(D("2027-05-03")));
        Assert.True(WorkingDayCalendar.Scotland([removal]).IsWorkingDay(D("2027-05-03")));
        Assert.False(WorkingDayCalendar.UnitedKingdom().IsWorkingDay(D("2027-05-03")));
    }

    [Fact]
    public void RemovedHoliday_InScotlandOnly_StillSkippedForFoiaBecauseItIsAHolidayElsewhere()
    {
        var removal = new CalendarAdjustment(D("2026-05-25"), AdjustmentKind.RemovedHoliday, "Not observed in Scotland", CalendarScope.Scotland);

        Assert.False(WorkingDayCalendar.UnitedKingdom([removal]).IsWorkingDay(D("2026-05-25")));
        Assert.True(WorkingDayCalendar.Scotland([removal]).IsWorkingDay(D("2026-05-25")));
    }

    [Fact]
    public void RemovedHoliday_ChristmasDay_StaysNonWorkingBecauseTheStatuteNamesIt()
    {
        var removal = new CalendarAdjustment(D("2026-12-25"), AdjustmentKind.RemovedHoliday, "Mistake", CalendarScope.AllUk);

        Assert.Equal("Christmas Day", WorkingDayCalendar.UnitedKingdom([removal]).WhyNotWorking(D("2026-12-25"))?.Reason);
        Assert.Equal("Christmas Day", WorkingDayCalendar.Scotland([removal]).WhyNotWorking(D("2026-12-25"))?.Reason);
    }

    [Fact]
    public void RemovedHoliday_GoodFriday_StaysNonWorkingForFoiaOnly()
    {
        // FOIA s.10(6) names Good Friday; FOISA s.73 knows it only as a Scottish bank holiday.
        var removal = new CalendarAdjustment(D("2026-04-03"), AdjustmentKind.RemovedHoliday, "Moved", CalendarScope.AllUk);

        Assert.False(WorkingDayCalendar.UnitedKingdom([removal]).IsWorkingDay(D("2026-04-03")));
        Assert.True(WorkingDayCalendar.Scotland([removal]).IsWorkingDay(D("2026-04-03")));
    }

    [Theory]
    [InlineData(Regime.Foia, CalendarScope.AllUk)]
    [InlineData(Regime.Eir, CalendarScope.AllUk)]
    [InlineData(Regime.Foisa, CalendarScope.Scotland)]
    public void ForRegime_PicksTheStatutoryCalendar(Regime regime, CalendarScope scope) =>
        Assert.Equal(scope, WorkingDayCalendar.ForRegime(regime).Scope);
}
