using System.Collections.Concurrent;
using PublicHoliday;

namespace FoiPortal.Core.Statute;

/// <summary>
/// Which days count towards a statutory time limit. Immutable and safe to share; years are worked out
/// on first use and cached.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly UkRegions _regions;
    private readonly bool _goodFridayNamedInStatute;
    private readonly ILookup<DateOnly, CalendarAdjustment> _adjustments;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, NonWorkingDay>> _years = new();

    private WorkingDayCalendar(
        CalendarScope scope,
        UkRegions regions,
        bool goodFridayNamedInStatute,
        IEnumerable<CalendarAdjustment>? adjustments)
    {
        Scope = scope;
        _regions = regions;
        _goodFridayNamedInStatute = goodFridayNamedInStatute;
        var list = (adjustments ?? []).ToList();
        foreach (var adjustment in list)
        {
            Validate(adjustment);
        }

        _adjustments = list.ToLookup(a => a.Date);
    }

    /// <summary>The part of the UK whose bank holidays this calendar skips: AllUk or Scotland.</summary>
    public CalendarScope Scope { get; }

    /// <summary>
    /// FOIA s.10(6) (and EIR reg 2(1), same definition): a working day is any day other than a Saturday,
    /// a Sunday, Christmas Day, Good Friday or a bank holiday under the Banking and Financial Dealings
    /// Act 1971 in any part of the United Kingdom, so regional holidays in all three jurisdictions are skipped.
    /// </summary>
    public static WorkingDayCalendar UnitedKingdom(IEnumerable<CalendarAdjustment>? adjustments = null) =>
        new(CalendarScope.AllUk, UkRegions.All, goodFridayNamedInStatute: true, adjustments);

    /// <summary>
    /// FOISA s.73: any day other than a Saturday, a Sunday, Christmas Day or a bank holiday in Scotland
    /// under the 1971 Act, so English, Welsh and Northern Irish holidays are working days.
    /// </summary>
    public static WorkingDayCalendar Scotland(IEnumerable<CalendarAdjustment>? adjustments = null) =>
        new(CalendarScope.Scotland, UkRegions.Scotland, goodFridayNamedInStatute: false, adjustments);

    public static WorkingDayCalendar ForRegime(Regime regime, IEnumerable<CalendarAdjustment>? adjustments = null) =>
        regime switch
        {
            Regime.Foia or Regime.Eir => UnitedKingdom(adjustments),
            Regime.Foisa => Scotland(adjustments),
            _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime."),
        };

    public bool IsWorkingDay(DateOnly date) => WhyNotWorking(date) is null;

    /// <summary>Why <paramref name="date"/> is not a working day, or null when it is one. Weekends are reported as such even when a holiday falls on them.</summary>
    public NonWorkingDay? WhyNotWorking(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => new NonWorkingDay(date, "Saturday"),
        DayOfWeek.Sunday => new NonWorkingDay(date, "Sunday"),
        _ => HolidaysIn(date.Year).GetValueOrDefault(date),
    };

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="from"/>; <paramref name="from"/> itself never counts.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// Working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; negative, counting
    /// the working days in (<paramref name="toInclusive"/>, <paramref name="fromExclusive"/>], when the dates are reversed.
    /// </summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            return -WorkingDaysBetween(toInclusive, fromExclusive);
        }

        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Holidays and admin extra days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>] that fall on weekdays, in date order.</summary>
    public IReadOnlyList<NonWorkingDay> HolidaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var holidays = new List<NonWorkingDay>();
        for (var year = fromExclusive.Year; year <= toInclusive.Year; year++)
        {
            holidays.AddRange(HolidaysIn(year).Values.Where(h =>
                h.Date > fromExclusive
                && h.Date <= toInclusive
                && h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
        }

        return holidays.OrderBy(h => h.Date).ToList();
    }

    private IReadOnlyDictionary<DateOnly, NonWorkingDay> HolidaysIn(int year) => _years.GetOrAdd(year, BuildYear);

    private Dictionary<DateOnly, NonWorkingDay> BuildYear(int year)
    {
        var names = new Dictionary<DateOnly, List<string>>();

        foreach (var holiday in UkBankHolidays.InYear(year))
        {
            var regions = holiday.Regions;
            foreach (var removal in _adjustments[holiday.Date].Where(a => a.Kind == AdjustmentKind.RemovedHoliday))
            {
                regions &= ~RegionsOf(removal.Scope);
            }

            if ((regions & _regions) != UkRegions.None)
            {
                AddName(names, holiday.Date, holiday.Name);
            }
        }

        // Days the statute names itself stay non-working whatever an admin removes as a bank holiday.
        // FOIA s.10(6) and FOISA s.73: Christmas Day. FOIA s.10(6) only: Good Friday.
        EnsureNamed(names, new DateOnly(year, 12, 25), "Christmas Day");
        if (_goodFridayNamedInStatute)
        {
            EnsureNamed(names, DateOnly.FromDateTime(UKBankHoliday.GoodFriday(year)), "Good Friday");
        }

        var extraDays = _adjustments
            .SelectMany(group => group)
            .Where(a => a.Date.Year == year
                && a.Kind == AdjustmentKind.ExtraNonWorkingDay
                && (RegionsOf(a.Scope) & _regions) != UkRegions.None);
        foreach (var extra in extraDays)
        {
            if (!names.ContainsKey(extra.Date))
            {
                AddName(names, extra.Date, extra.Reason.Trim());
            }
        }

        return names.ToDictionary(
            entry => entry.Key,
            entry => new NonWorkingDay(entry.Key, string.Join(" and ", entry.Value.Distinct(StringComparer.Ordinal))));
    }

    private static void AddName(Dictionary<DateOnly, List<string>> names, DateOnly date, string name)
    {
        if (names.TryGetValue(date, out var existing))
        {
            existing.Add(name);
        }
        else
        {
            names[date] = [name];
        }
    }

    private static void EnsureNamed(Dictionary<DateOnly, List<string>> names, DateOnly date, string name)
    {
        if (!names.TryGetValue(date, out var existing) || !existing.Contains(name))
        {
            AddName(names, date, name);
        }
    }

    private static UkRegions RegionsOf(CalendarScope scope) => scope switch
    {
        CalendarScope.AllUk => UkRegions.All,
        CalendarScope.EnglandAndWales => UkRegions.EnglandAndWales,
        CalendarScope.Scotland => UkRegions.Scotland,
        CalendarScope.NorthernIreland => UkRegions.NorthernIreland,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown calendar scope."),
    };

    private static void Validate(CalendarAdjustment adjustment)
    {
        if (!Enum.IsDefined(adjustment.Kind))
        {
            throw new ArgumentException($"Calendar adjustment on {adjustment.Date:yyyy-MM-dd} has an unknown kind ({adjustment.Kind}).", nameof(adjustment));
        }

        _ = RegionsOf(adjustment.Scope);
        if (adjustment.Kind == AdjustmentKind.ExtraNonWorkingDay && string.IsNullOrWhiteSpace(adjustment.Reason))
        {
            throw new ArgumentException($"The extra non-working day on {adjustment.Date:yyyy-MM-dd} needs a reason, for example the name of the bank holiday.", nameof(adjustment));
        }
    }
}
