namespace FoiPortal.Core.Statute;

/// <summary>
/// The date of receipt is the date in the UK when the request arrived (FOIA s.10(1) counts from it), so a
/// request at 23:30 BST (22:30 UTC) is received that UK date, and one at 00:30 BST the next.
/// </summary>
public static class UkLocalDate
{
    private static readonly TimeZoneInfo UkTimeZone = FindUkTimeZone();

    public static DateOnly FromInstant(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, UkTimeZone).DateTime);

    private static TimeZoneInfo FindUkTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // Windows without ICU time zone mapping knows the UK only by its Windows id.
            return TimeZoneInfo.FindSystemTimeZoneById("GMT Standard Time");
        }
    }
}
