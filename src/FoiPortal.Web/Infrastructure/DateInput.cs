using System.Globalization;
using System.Text.RegularExpressions;
using FoiPortal.Core.Statute;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// What someone typed into a GOV.UK date input (day, month, year as three strings), so any input binds and
/// the validator can say exactly what is wrong.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public static DateInput From(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The date, if the three parts make a real one.</summary>
    public DateOnly? ToDate()
    {
        if (!TryNumber(Day, out var day) || !TryNumber(Month, out var month) || !TryNumber(Year, out var year) || Year!.Trim().Length != 4)
        {
            return null;
        }

        return year >= 1900 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>
    /// The GOV.UK error message for what was typed, or null when it is a real date. <paramref name="label"/> names
    /// the date in a sentence, for example "Date clarification was sought".
    /// </summary>
    public string? Problem(string label, string enterMessage)
    {
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count == 3)
        {
            return enterMessage;
        }

        if (missing.Count > 0)
        {
            return $"{label} must include a {string.Join(" and ", missing)}";
        }

        if (TryNumber(Year, out _) && Year!.Trim().Length != 4)
        {
            return "Year must include 4 numbers";
        }

        return ToDate() is null ? $"{label} must be a real date" : null;
    }

    private static bool TryNumber(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

/// <summary>UK local times (Europe/London) as typed by staff, and their instants.</summary>
public static partial class UkTime
{
    private static readonly TimeZoneInfo London = FindLondon();

    /// <summary>Reads "9:30am", "9.30pm", "9am", "12pm" or 24-hour "14:05". Null when it is not a time.</summary>
    public static TimeOnly? Parse(string? text)
    {
        var match = TimePattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ampm"].Success ? match.Groups["ampm"].Value.ToLowerInvariant() : null;
        if (minute > 59)
        {
            return null;
        }

        if (meridiem is null)
        {
            // Without am or pm, only a 24-hour time with minutes is clear ("9" could be 9am or 9pm).
            return match.Groups["m"].Success && hour <= 23 ? new TimeOnly(hour, minute) : null;
        }

        if (hour is < 1 or > 12)
        {
            return null;
        }

        return new TimeOnly((hour % 12) + (meridiem == "pm" ? 12 : 0), minute);
    }

    /// <summary>The instant of a UK wall-clock time; null for a time skipped when the clocks go forward.</summary>
    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(local))
        {
            return null;
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, London), TimeSpan.Zero);
    }

    public static DateOnly Today(TimeProvider time) => UkLocalDate.FromInstant(time.GetUtcNow());

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?<ampm>am|pm)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex TimePattern();

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("GMT Standard Time");
        }
    }
}
