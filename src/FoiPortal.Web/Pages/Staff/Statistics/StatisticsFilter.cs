using System.Globalization;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Api;

namespace FoiPortal.Web.Pages.Staff.Statistics;

/// <summary>
/// The period and regime asked for in the URL (GET, so any view can be shared): <c>?period=quarter&amp;year=2026&amp;quarter=1&amp;regime=foia</c>,
/// <c>?period=month&amp;year=2026&amp;month=3</c>, <c>?period=year&amp;year=2026</c> or <c>?period=dates&amp;from=2026-01-01&amp;to=2026-02-15</c>.
/// Nothing asked for means this calendar year so far, all regimes.
/// </summary>
public sealed class StatisticsFilter
{
    public string? Period { get; set; }

    public int? Year { get; set; }

    public int? Quarter { get; set; }

    public int? Month { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Regime { get; set; }

    /// <summary>One error per field, in the order of the form, each with the id of the field it is about.</summary>
    public sealed record Error(string FieldId, string Message);

    public sealed record Resolved(StatisticsPeriod? Period, Regime? Regime, IReadOnlyList<Error> Errors);

    public Resolved Resolve(DateOnly today)
    {
        var errors = new List<Error>();
        var kind = string.IsNullOrEmpty(Period) ? "year" : Period.ToLowerInvariant();
        var year = Year ?? today.Year;
        StatisticsPeriod? period = null;
        if (kind is not ("year" or "quarter" or "month" or "dates"))
        {
            errors.Add(new("period", "Select a year, quarter, month or dates"));
        }
        else if (kind != "dates" && year is < 2000 or > 2100)
        {
            errors.Add(new("year", "Enter a year between 2000 and 2100"));
        }
        else
        {
            switch (kind)
            {
                case "quarter" when Quarter is not (>= 1 and <= 4):
                    errors.Add(new("quarter", "Select a quarter"));
                    break;
                case "quarter":
                    period = StatisticsPeriod.Quarter(year, Quarter!.Value);
                    break;
                case "month" when Month is not (>= 1 and <= 12):
                    errors.Add(new("month", "Select a month"));
                    break;
                case "month":
                    period = StatisticsPeriod.Month(year, Month!.Value);
                    break;
                case "dates":
                    period = Dates(errors);
                    break;
                default:
                    period = StatisticsPeriod.Year(year);
                    break;
            }
        }

        if (!StatisticsApi.TryRegime(Regime, out var regime))
        {
            errors.Add(new("regime", "Select a regime"));
        }

        return new(errors.Count == 0 ? period : null, regime, errors);
    }

    private StatisticsPeriod? Dates(List<Error> errors)
    {
        var fromOk = DateOnly.TryParseExact(From?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from);
        var toOk = DateOnly.TryParseExact(To?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to);
        if (!fromOk)
        {
            errors.Add(new("from", "Enter the start date as a date, for example 2026-01-01"));
        }

        if (!toOk)
        {
            errors.Add(new("to", "Enter the end date as a date, for example 2026-03-31"));
        }

        if (!fromOk || !toOk)
        {
            return null;
        }

        if (StatisticsPeriod.WhyNot(from, to) is { } why)
        {
            errors.Add(new("to", why));
            return null;
        }

        return StatisticsPeriod.Range(from, to);
    }

    /// <summary>The query string for the same figures as from-to dates, e.g. for the downloads.</summary>
    public static string QueryFor(StatisticsPeriod period, Regime? regime)
    {
        ArgumentNullException.ThrowIfNull(period);
        var query = $"period=dates&from={StatisticsCsv.Iso(period.From)}&to={StatisticsCsv.Iso(period.To)}";
        return regime is null ? query : $"{query}&regime={StatisticsCsv.RegimeName(regime)}";
    }
}
