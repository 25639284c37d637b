using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Statute;

/// <summary>
/// The bank holidays for each nation 2017-2027, written out by hand from GOV.UK's published list
/// (https://www.gov.uk/bank-holidays), including the one-off days. England and Wales share one list.
/// </summary>
public class GovUkBankHolidayTableTests
{
    // "MM-dd" per year; substitute days are the dates GOV.UK gives, not the nominal dates.
    private static readonly Dictionary<int, (string EnglandAndWales, string Scotland, string NorthernIreland)> GovUk = new()
    {
        [2017] = (
            "01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
            "01-02 01-03 04-14 05-01 05-29 08-07 11-30 12-25 12-26",
            "01-02 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26"),
        [2018] = (
            "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
            "01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26",
            "01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26"),
        [2019] = (
            "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
            "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26",
            "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26"),
        // 8 May: early May bank holiday moved to VE Day's 75th anniversary.
        [2020] = (
            "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
            "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28",
            "01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28"),
        [2021] = (
            "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
            "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28",
            "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28"),
        // 2 June: spring bank holiday moved; 3 June: Platinum Jubilee; 19 September: State Funeral.
        [2022] = (
            "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
            "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27",
            "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27"),
        // 8 May: Coronation.
        [2023] = (
            "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
            "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26",
            "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26"),
        [2024] = (
            "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
            "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",
            "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26"),
        [2025] = (
            "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
            "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
            "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26"),
        // 15 June: Scotland only, for the men's team at the FIFA World Cup.
        [2026] = (
            "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
            "01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28",
            "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28"),
        [2027] = (
            "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
            "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28",
            "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28"),
    };

    public static TheoryData<int, string> YearsAndNations()
    {
        var data = new TheoryData<int, string>();
        foreach (var year in GovUk.Keys)
        {
            foreach (var nation in new[] { "England", "Wales", "Scotland", "Northern Ireland" })
            {
                data.Add(year, nation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(YearsAndNations))]
    public void InYear_MatchesGovUkList(int year, string nation)
    {
        var (englandAndWales, scotland, northernIreland) = GovUk[year];
        var expectedText = nation switch
        {
            "Scotland" => scotland,
            "Northern Ireland" => northernIreland,
            _ => englandAndWales,
        };
        var expected = expectedText.Split(' ').Select(monthDay => D($"{year}-{monthDay}")).ToList();

        var actual = UkBankHolidays.InYear(year)
            .Where(h => nation switch
            {
                "Scotland" => h.Scotland,
                "Northern Ireland" => h.NorthernIreland,
                _ => h.EnglandAndWales,
            })
            .Select(h => h.Date)
            .ToList();

        Assert.Equal(expected, actual);
    }

    public static TheoryData<int> Years() => new(GovUk.Keys);

    [Theory]
    [MemberData(nameof(Years))]
    public void UnitedKingdomCalendar_WeekdayHolidaysAreExactlyTheUnionOfAllNations(int year)
    {
        // FOIA s.10(6): a bank holiday in any part of the UK is a non-working day for every request.
        var (englandAndWales, scotland, northernIreland) = GovUk[year];
        var expected = Weekdays(year, $"{englandAndWales} {scotland} {northernIreland}");

        Assert.Equal(expected, NonWorkingWeekdays(WorkingDayCalendar.UnitedKingdom(), year));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void ScotlandCalendar_WeekdayHolidaysAreExactlyTheScottishList(int year)
    {
        // FOISA s.73: only Scottish bank holidays (and Christmas Day) are skipped.
        var expected = Weekdays(year, GovUk[year].Scotland);

        Assert.Equal(expected, NonWorkingWeekdays(WorkingDayCalendar.Scotland(), year));
    }

    private static List<DateOnly> Weekdays(int year, string monthDays) => monthDays
        .Split(' ')
        .Select(monthDay => D($"{year}-{monthDay}"))
        .Where(day => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        .Distinct()
        .Order()
        .ToList();

    private static List<DateOnly> NonWorkingWeekdays(WorkingDayCalendar calendar, int year)
    {
        var days = new List<DateOnly>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
