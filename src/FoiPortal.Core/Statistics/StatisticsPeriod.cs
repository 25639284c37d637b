using System.Globalization;

namespace FoiPortal.Core.Statistics;

/// <summary>What kind of period the figures are for; a quarter is the unit of publication (s.45 Code para 8.5).</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    Year,
    Range,
}

/// <summary>
/// The inclusive UK dates the figures cover. A request counts in a period by the UK date of the event that the figure
/// is about (received on, response sent on, review completed on), never by when it was recorded.
/// </summary>
public sealed record StatisticsPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    /// <summary>The longest period asked for at once, so a query stays a bounded scan.</summary>
    public const int MaxYears = 5;

    public static StatisticsPeriod Month(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, from, from.AddMonths(1).AddDays(-1));
    }

    public static StatisticsPeriod Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        }

        var from = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(PeriodKind.Quarter, from, from.AddMonths(3).AddDays(-1));
    }

    public static StatisticsPeriod Year(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>From-to dates; a range that is exactly a calendar quarter is that quarter (so it can match a publication).</summary>
    public static StatisticsPeriod Range(DateOnly from, DateOnly to)
    {
        if (WhyNot(from, to) is { } why)
        {
            throw new ArgumentException(why, nameof(to));
        }

        if (from.Day == 1 && (from.Month - 1) % 3 == 0 && to == from.AddMonths(3).AddDays(-1))
        {
            return Quarter(from.Year, ((from.Month - 1) / 3) + 1);
        }

        return new(PeriodKind.Range, from, to);
    }

    /// <summary>Why from-to dates cannot be a period, or null when they can.</summary>
    public static string? WhyNot(DateOnly from, DateOnly to) =>
        to < from ? "The end date must be the same as or after the start date"
        : to > from.AddYears(MaxYears).AddDays(-1) ? $"The period must be {MaxYears} years or shorter"
        : null;

    /// <summary>The quarter's number (1 to 4) when this is a calendar quarter.</summary>
    public int? QuarterNumber => Kind == PeriodKind.Quarter ? ((From.Month - 1) / 3) + 1 : null;

    /// <summary>"2026 Q1", "March 2026", "2026", "1 January 2026 to 15 March 2026".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => From.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{From.Year} Q{QuarterNumber}",
        PeriodKind.Year => From.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
    };

    /// <summary>The first day of each calendar month the period touches, in order.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
            {
                months.Add(month);
            }

            return months;
        }
    }

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The UTC instants bounding the period's UK days: [start, end). Events stored as instants are counted by their UK date.</summary>
    public (DateTime FromUtc, DateTime ToUtcExclusive) UtcBounds() => (UkMidnightUtc(From), UkMidnightUtc(To.AddDays(1)));

    private static DateTime UkMidnightUtc(DateOnly date)
    {
        // The UK midnight is 00:00 GMT or 23:00 UTC the day before in summer time.
        var utc = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var candidate in new[] { utc.AddHours(-1), utc })
        {
            if (Statute.UkLocalDate.FromInstant(new DateTimeOffset(candidate, TimeSpan.Zero)) == date)
            {
                return candidate;
            }
        }

        return utc;
    }
}
