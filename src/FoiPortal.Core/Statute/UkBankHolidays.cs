using System.Collections.Concurrent;
using PublicHoliday;

namespace FoiPortal.Core.Statute;

/// <summary>
/// Bank holidays under the Banking and Financial Dealings Act 1971 (and proclamations under it) for
/// England and Wales, Scotland and Northern Ireland, as published at https://www.gov.uk/bank-holidays.
/// Dates come from the PublicHoliday package per country; names are ours, because the package's
/// names ("Early May", "Christmas" on a substitute day) are not the ones GOV.UK publishes.
/// Checked from 2005, when FOIA and FOISA came fully into force; earlier years are not relied on (the package
/// lacks, for example, the Millennium holiday of 31 December 1999).
/// </summary>
public static class UkBankHolidays
{
    private const string StAndrewsDay = "St Andrew's Day";

    private static readonly ConcurrentDictionary<int, IReadOnlyList<BankHoliday>> YearCache = new();

    private static readonly (UkRegions Region, UKBankHoliday.UkCountries Country)[] Jurisdictions =
    [
        (UkRegions.EnglandAndWales, UKBankHoliday.UkCountries.England),
        (UkRegions.Scotland, UKBankHoliday.UkCountries.Scotland),
        (UkRegions.NorthernIreland, UKBankHoliday.UkCountries.NorthernIreland),
    ];

    // Days moved or added by royal proclamation (1971 Act s.1(2) moves a Schedule 1 day, s.1(3) adds one),
    // as listed on GOV.UK. The package has all of these dates (checked against 3.17.0); the table stays
    // authoritative for them so the names are GOV.UK's and an upgrade of the package cannot drop one.
    // A day proclaimed after this release is added by an admin as a CalendarAdjustment.
    private static readonly OneOffDay[] OneOffDays =
    [
        new(new DateOnly(2011, 4, 29), "Royal wedding bank holiday", UkRegions.All, Replaces: null),
        new(new DateOnly(2012, 6, 4), "Spring bank holiday", UkRegions.All, Replaces: new DateOnly(2012, 5, 28)),
        new(new DateOnly(2012, 6, 5), "Diamond Jubilee bank holiday", UkRegions.All, Replaces: null),
        new(new DateOnly(2020, 5, 8), "Early May bank holiday (VE Day)", UkRegions.All, Replaces: new DateOnly(2020, 5, 4)),
        new(new DateOnly(2022, 6, 2), "Spring bank holiday", UkRegions.All, Replaces: new DateOnly(2022, 5, 30)),
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday", UkRegions.All, Replaces: null),
        new(new DateOnly(2022, 9, 19), "State Funeral of Queen Elizabeth II", UkRegions.All, Replaces: null),
        new(new DateOnly(2023, 5, 8), "Coronation of King Charles III", UkRegions.All, Replaces: null),
        // Proclaimed February 2026 for Scotland's first men's World Cup finals since 1998; Scotland only.
        new(new DateOnly(2026, 6, 15), "FIFA World Cup bank holiday", UkRegions.Scotland, Replaces: null),
    ];

    /// <summary>Every bank holiday in any part of the UK in <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<BankHoliday> InYear(int year) => YearCache.GetOrAdd(year, Build);

    private static IReadOnlyList<BankHoliday> Build(int year)
    {
        var regionsByHoliday = new Dictionary<HolidayKey, UkRegions>();

        // The instance API per country: the package's static BankHolidays(year) ignores the country.
        foreach (var (region, country) in Jurisdictions)
        {
            foreach (var (date, packageName) in new UKBankHoliday(country).PublicHolidayNames(year))
            {
                var key = Identify(DateOnly.FromDateTime(date), packageName);

                // The package lists St Andrew's Day in every year, but it has been a bank holiday only since
                // the St Andrew's Day Bank Holiday (Scotland) Act 2007.
                if (key.BaseName == StAndrewsDay && year < 2007)
                {
                    continue;
                }

                Add(regionsByHoliday, key, region);
            }
        }

        foreach (var oneOff in OneOffDays.Where(d => d.Date.Year == year))
        {
            RemoveRegions(regionsByHoliday, oneOff.Date, oneOff.Regions);
            if (oneOff.Replaces is { } replaced)
            {
                RemoveRegions(regionsByHoliday, replaced, oneOff.Regions);
            }

            Add(regionsByHoliday, new HolidayKey(oneOff.Date, oneOff.Name, Substitute: false), oneOff.Regions);
        }

        return regionsByHoliday
            .Where(entry => entry.Value != UkRegions.None)
            .OrderBy(entry => entry.Key.Date)
            .ThenBy(entry => entry.Key.BaseName, StringComparer.Ordinal)
            .Select(entry => new BankHoliday(
                entry.Key.Date,
                FullName(entry.Key, entry.Value),
                entry.Value.HasFlag(UkRegions.EnglandAndWales),
                entry.Value.HasFlag(UkRegions.Scotland),
                entry.Value.HasFlag(UkRegions.NorthernIreland)))
            .ToList();
    }

    private static void Add(Dictionary<HolidayKey, UkRegions> regionsByHoliday, HolidayKey key, UkRegions regions) =>
        regionsByHoliday[key] = regionsByHoliday.GetValueOrDefault(key) | regions;

    private static void RemoveRegions(Dictionary<HolidayKey, UkRegions> regionsByHoliday, DateOnly date, UkRegions regions)
    {
        foreach (var key in regionsByHoliday.Keys.Where(k => k.Date == date).ToList())
        {
            regionsByHoliday[key] &= ~regions;
        }
    }

    // Substitute days (1971 Act Schedule 1 and the annual proclamations): a fixed-date holiday that falls
    // on a weekend moves to the next weekday not already a holiday.
    private static HolidayKey Identify(DateOnly date, string packageName)
    {
        var (baseName, substitute) = packageName.Replace('\u2019', '\'') switch
        {
            "New Year" => ("New Year's Day", date is not { Month: 1, Day: 1 }),
            "New Year Holiday" => ("2nd January", date is not { Month: 1, Day: 2 }),
            "Good Friday" => ("Good Friday", false),
            "Easter Monday" => ("Easter Monday", false),
            "Early May" => ("Early May bank holiday", false),
            "Spring" => ("Spring bank holiday", false),
            "Summer" or "Summer Holiday" => ("Summer bank holiday", false),
            "St Andrew's Day" => (StAndrewsDay, date is not { Month: 11, Day: 30 }),
            "St Patrick's Day" => ("St Patrick's Day", date is not { Month: 3, Day: 17 }),
            "Battle of the Boyne" => ("Battle of the Boyne", date is not { Month: 7, Day: 12 }),
            // The package labels the 27th "Christmas" or "Boxing Day" depending on the year; the date
            // alone says which: the 27th can only stand in for Christmas Day, the 28th for Boxing Day.
            "Christmas" or "Boxing Day" => date.Day switch
            {
                25 => ("Christmas Day", false),
                26 => ("Boxing Day", false),
                27 => ("Christmas Day", true),
                _ => ("Boxing Day", true),
            },
            _ => (packageName, false),
        };
        return new HolidayKey(date, baseName, substitute);
    }

    private static string FullName(HolidayKey key, UkRegions regions)
    {
        var qualifiers = new List<string>(2);
        if (key.Substitute)
        {
            qualifiers.Add("substitute day");
        }

        if (RegionText(regions) is { } region)
        {
            qualifiers.Add(region);
        }

        return qualifiers.Count == 0 ? key.BaseName : $"{key.BaseName} ({string.Join(", ", qualifiers)})";
    }

    private static string? RegionText(UkRegions regions) => regions switch
    {
        UkRegions.All => null,
        UkRegions.EnglandAndWales => "England and Wales",
        UkRegions.Scotland => "Scotland",
        UkRegions.NorthernIreland => "Northern Ireland",
        UkRegions.EnglandAndWales | UkRegions.NorthernIreland => "England, Wales and Northern Ireland",
        UkRegions.EnglandAndWales | UkRegions.Scotland => "England, Wales and Scotland",
        UkRegions.Scotland | UkRegions.NorthernIreland => "Scotland and Northern Ireland",
        _ => null,
    };

    private readonly record struct HolidayKey(DateOnly Date, string BaseName, bool Substitute);

    private sealed record OneOffDay(DateOnly Date, string Name, UkRegions Regions, DateOnly? Replaces);
}
