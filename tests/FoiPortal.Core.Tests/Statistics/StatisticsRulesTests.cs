using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Statistics;

/// <summary>The statistics' small rules: ICO bands, timeliness, working days taken, percentiles, periods.</summary>
public sealed class StatisticsRulesTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    [Theory]
    [InlineData(95, 100, IcoBand.Good)]
    [InlineData(100, 100, IcoBand.Good)]
    [InlineData(949, 1000, IcoBand.Adequate)] // 94.9%: rounds to 94.9, never up into "good"
    [InlineData(90, 100, IcoBand.Adequate)]
    [InlineData(899, 1000, IcoBand.Unsatisfactory)]
    [InlineData(0, 3, IcoBand.Unsatisfactory)]
    public void Band_FollowsTheIcoThresholds(int onTime, int total, IcoBand expected) =>
        Assert.Equal(expected, IcoTimeliness.Band(onTime, total));

    [Fact]
    public void Band_WithNothingToRate_IsNull()
    {
        Assert.Null(IcoTimeliness.Band(0, 0));
        Assert.Null(IcoTimeliness.Percent(0, 0));
    }

    [Theory]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 8, "12.5")]
    [InlineData(1, 16, "6.3")] // 6.25 half away from zero
    public void Percent_HasOneDecimalPlace(int part, int total, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), IcoTimeliness.Percent(part, total));

    // Received Mon 2 Feb 2026: day 1 is Tue 3 Feb; February 2026 has no bank holiday, so day 19 is Fri 27 Feb and day 20,
    // the due date, Mon 2 Mar 2026. Day 22 is Wed 4 Mar; St Patrick's Day (Tue 17 Mar, Northern Ireland) is not a working
    // day for FOIA or the EIR (s.10(6)), so day 40 is Tue 31 Mar.
    private static readonly DateOnly Due = new(2026, 3, 2);

    [Theory]
    [InlineData("2026-02-27", 19)]
    [InlineData("2026-03-02", 20)]
    [InlineData("2026-03-04", 22)]
    public void WorkingDaysTaken_CountsBackFromTheDueDate(string respondedOn, int expected) =>
        Assert.Equal(expected, ResponseTiming.WorkingDaysTaken(DateOnly.Parse(respondedOn, System.Globalization.CultureInfo.InvariantCulture), Due, eirExtended: false, Uk));

    [Fact]
    public void WorkingDaysTaken_AfterAnEirExtension_CountsFromTheFortiethDay()
    {
        // Due Tue 31 Mar 2026 after the extension; a response on Wed 4 Mar is day 22, 18 working days before it.
        Assert.Equal(22, ResponseTiming.WorkingDaysTaken(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 31), eirExtended: true, Uk));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02", false, false, 20, Timeliness.OnTime)]
    [InlineData("2026-03-03", "2026-03-02", false, false, 21, Timeliness.Late)]
    [InlineData("2026-02-20", "2026-03-02", true, false, 15, Timeliness.Late)] // late before clarification stays late
    [InlineData("2026-03-20", "2026-03-30", false, true, 33, Timeliness.WithinExtension)] // EIR reg 7(1)
    [InlineData("2026-02-20", "2026-03-30", false, true, 14, Timeliness.OnTime)] // extended but answered within 20
    [InlineData("2026-03-31", "2026-03-30", false, true, 41, Timeliness.Late)]
    public void Classify_WithoutPublicInterestExtension(string respondedOn, string dueOn, bool lateBefore, bool eir, int days, Timeliness expected)
    {
        var due = DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, ResponseTiming.Classify(DateOnly.Parse(respondedOn, System.Globalization.CultureInfo.InvariantCulture), due, due, lateBefore, eir, days));
    }

    [Theory]
    [InlineData("2026-03-02", Timeliness.OnTime)]
    [InlineData("2026-03-16", Timeliness.WithinExtension)] // FOIA s.10(3): by the public interest target
    [InlineData("2026-03-30", Timeliness.WithinExtension)]
    [InlineData("2026-03-31", Timeliness.Late)]
    public void Classify_WithATimelyPublicInterestExtension(string respondedOn, Timeliness expected) =>
        Assert.Equal(expected, ResponseTiming.Classify(DateOnly.Parse(respondedOn, System.Globalization.CultureInfo.InvariantCulture), Due, new DateOnly(2026, 3, 30), false, false, 0));

    [Fact]
    public void Percentile_IsTheNearestRank()
    {
        // 5, 10, 20, 20: the median is the 2nd value (10), the 90th percentile the 4th (rank ceil(3.6)).
        (int, int)[] counted = [(20, 2), (5, 1), (10, 1)];
        Assert.Equal(10, Percentile.NearestRank(counted, 50));
        Assert.Equal(20, Percentile.NearestRank(counted, 90));
        Assert.Null(Percentile.NearestRank([], 50));
    }

    [Fact]
    public void Percentile_OfTenValues_NinetiethIsTheNinth()
    {
        var counted = Enumerable.Range(1, 10).Select(v => (v, 1));
        Assert.Equal(9, Percentile.NearestRank(counted, 90));
        Assert.Equal(5, Percentile.NearestRank(counted, 50));
    }

    [Fact]
    public void Quarter_CoversThreeCalendarMonths()
    {
        var q1 = StatisticsPeriod.Quarter(2026, 1);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (q1.From, q1.To));
        Assert.Equal("2026 Q1", q1.Label);
        Assert.Equal(3, q1.Months.Count);
        Assert.Equal(PeriodKind.Quarter, StatisticsPeriod.Range(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)).Kind);
        Assert.Equal(2, StatisticsPeriod.Range(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)).QuarterNumber);
        Assert.Equal(PeriodKind.Range, StatisticsPeriod.Range(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 29)).Kind);
    }

    [Theory]
    [InlineData("2026-01-01", "2030-12-31", null)]
    [InlineData("2026-01-01", "2031-01-01", "The period must be 5 years or shorter")]
    [InlineData("2026-02-01", "2026-01-31", "The end date must be the same as or after the start date")]
    public void WhyNot_RefusesBackwardsAndLongPeriods(string from, string to, string? expected) =>
        Assert.Equal(expected, StatisticsPeriod.WhyNot(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void UtcBounds_FollowUkSummerTime()
    {
        // 1 July 2026 begins at 23:00 UTC on 30 June (BST); 1 January at midnight UTC (GMT).
        var (fromUtc, toUtc) = StatisticsPeriod.Month(2026, 7).UtcBounds();
        Assert.Equal(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc), fromUtc);
        Assert.Equal(new DateTime(2026, 7, 31, 23, 0, 0, DateTimeKind.Utc), toUtc);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), StatisticsPeriod.Month(2026, 1).UtcBounds().FromUtc);
    }
}
