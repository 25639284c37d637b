using System.Globalization;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Calendar;

/// <summary>
/// Whether an admin's calendar change may be recorded. It is tried on the real calendars (so
/// <see cref="WorkingDayCalendar"/>'s own checks apply) and refused when it would be invalid or change no working day.
/// </summary>
public static class CalendarAdjustmentRules
{
    /// <summary>
    /// Null when <paramref name="source"/> names where a change comes from; otherwise a GOV.UK sentence. FOIA s.10(6): only a
    /// bank holiday under the Banking and Financial Dealings Act 1971 (in the Schedule, or appointed by Royal Proclamation
    /// under s.1(3)) is a non-working day; an authority's own office closure days are working days, so every change must
    /// rest on a proclamation or an announcement of one.
    /// </summary>
    public static string? WhySourceRefused(string? source)
    {
        var text = source?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return "Enter the proclamation or announcement the change comes from, for example the Royal Proclamation of the bank holiday for the Coronation on 8 May 2023";
        }

        if (text.Length > CalendarAdjustmentRecord.SourceMaxLength)
        {
            return $"The proclamation or announcement must be {CalendarAdjustmentRecord.SourceMaxLength} characters or fewer";
        }

        return text.Any(char.IsControl) ? "The proclamation or announcement must not include hidden or control characters" : null;
    }

    /// <summary>Null when <paramref name="proposed"/> may be recorded beside <paramref name="existing"/>; otherwise a GOV.UK sentence saying why not.</summary>
    public static string? WhyRefused(IReadOnlyCollection<CalendarAdjustment> existing, CalendarAdjustment proposed)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(proposed);
        var date = proposed.Date;
        var when = date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

        // FOIA s.10(6) and FOISA s.73 name Christmas Day themselves: no proclamation can make it a working day.
        if (proposed.Kind == AdjustmentKind.RemovedHoliday && date is { Month: 12, Day: 25 })
        {
            return "Christmas Day cannot be removed: the law names it as a non-working day (FOIA section 10(6), FOISA section 73)";
        }

        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return $"{when} is a weekend day, which is never a working day: choose a weekday";
        }

        WorkingDayCalendar ukBefore, ukAfter, scotlandBefore, scotlandAfter;
        try
        {
            ukBefore = WorkingDayCalendar.UnitedKingdom(existing);
            scotlandBefore = WorkingDayCalendar.Scotland(existing);
            ukAfter = WorkingDayCalendar.UnitedKingdom([.. existing, proposed]);
            scotlandAfter = WorkingDayCalendar.Scotland([.. existing, proposed]);
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }

        var changesSomething = ukBefore.IsWorkingDay(date) != ukAfter.IsWorkingDay(date)
            || scotlandBefore.IsWorkingDay(date) != scotlandAfter.IsWorkingDay(date);
        if (changesSomething)
        {
            return null;
        }

        var scopeCalendar = proposed.Scope == CalendarScope.Scotland ? scotlandBefore : ukBefore;
        if (proposed.Kind == AdjustmentKind.ExtraNonWorkingDay)
        {
            var reason = scopeCalendar.WhyNotWorking(date)?.Reason ?? "already recorded";
            return $"{when} is already a non-working day ({reason})";
        }

        // FOIA s.10(6) names Good Friday too (FOISA s.73 does not), so only Scotland's bank holiday can go.
        if (date == DateOnly.FromDateTime(PublicHoliday.UKBankHoliday.GoodFriday(date.Year)))
        {
            return "Good Friday cannot be removed for FOIA or EIR requests: FOIA section 10(6) names it as a non-working day. To remove it for FOISA requests only, choose Scotland";
        }

        var published = UkBankHolidays.InYear(date.Year).Where(h => h.Date == date).ToList();
        return published.Count == 0
            ? $"{when} is not a bank holiday in the published calendar, so there is nothing to remove"
            : $"Removing {published[0].Name} in {Describe(proposed.Scope)} alone would change no deadline: it is still a bank holiday elsewhere in the UK, and FOIA counts bank holidays in any part of the UK (section 10(6))";
    }

    public static string Describe(CalendarScope scope) => scope switch
    {
        CalendarScope.AllUk => "the whole UK",
        CalendarScope.EnglandAndWales => "England and Wales",
        CalendarScope.Scotland => "Scotland",
        CalendarScope.NorthernIreland => "Northern Ireland",
        _ => scope.ToString(),
    };
}
