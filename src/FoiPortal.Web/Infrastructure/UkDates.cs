using System.Globalization;

namespace FoiPortal.Web.Infrastructure;

/// <summary>Dates as GOV.UK writes them: "Tuesday 15 December 2026", "15 Dec 2026".</summary>
public static class UkDates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", EnGb);

    public static string Full(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Compact(DateOnly date) => date.ToString("d MMM yyyy", EnGb);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
