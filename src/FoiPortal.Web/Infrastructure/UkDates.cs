using System.Globalization;

namespace FoiPortal.Web.Infrastructure;

/// <summary>Dates as GOV.UK writes them: "Tuesday 15 December 2026", "15 Dec 2026".</summary>
public static class UkDates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", EnGb);

    public static string Full(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Compact(DateOnly date) => date.ToString("d MMM yyyy", EnGb);

    /// <summary>"12 Nov 2026, 8:05am": an instant in UK time, as GOV.UK writes times.</summary>
    public static string DateAndTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Uk);
        return local.ToString("d MMM yyyy, h:mm", EnGb) + (local.Hour < 12 ? "am" : "pm");
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
