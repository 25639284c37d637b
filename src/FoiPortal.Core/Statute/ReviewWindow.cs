using FoiPortal.Core.Responses;

namespace FoiPortal.Core.Statute;

/// <summary>
/// How long a requester may ask for an internal review: <see cref="ResponseWording.ReviewWithinWorkingDays"/> working
/// days after the response (FOIA s.45 Code of Practice (2018) para 5.3, EIR reg 11(2), FOISA s.20(5)), counted like
/// the response time: the day after the response is day 1.
/// </summary>
public static class ReviewWindow
{
    /// <summary>The last day a review may be asked for.</summary>
    public static DateOnly ClosesOn(DateOnly respondedOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(respondedOn, ResponseWording.ReviewWithinWorkingDays);
    }

    /// <summary>Whether a review may still be asked for on <paramref name="today"/>.</summary>
    public static bool IsOpen(DateOnly respondedOn, DateOnly today, WorkingDayCalendar calendar) =>
        today >= respondedOn && today <= ClosesOn(respondedOn, calendar);
}
