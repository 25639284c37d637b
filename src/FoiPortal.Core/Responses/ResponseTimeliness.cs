using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Responses;

/// <summary>
/// Whether a response was sent in time. FOIA s.10(1) (EIR reg 5(2), FOISA s.10(1)): "not later than the twentieth working
/// day following the date of receipt", so a response on the due date is on time and any later day, working or not, is
/// late. Lateness is counted in working days, as the ICO's timeliness statistics do; a response on the weekend after a
/// Friday deadline is late by 0 working days.
/// </summary>
public sealed record ResponseTimeliness(DateOnly DueOn, DateOnly SentOn, bool OnTime, int WorkingDaysLate)
{
    public static ResponseTimeliness Of(DateOnly dueOn, DateOnly sentOn, WorkingDayCalendar calendar) =>
        sentOn <= dueOn
            ? new(dueOn, sentOn, true, 0)
            : new(dueOn, sentOn, false, calendar.WorkingDaysBetween(dueOn, sentOn));

    /// <summary>"on time", "1 working day late", "late (on a non-working day after the due date)".</summary>
    public string Describe() => OnTime ? "on time"
        : WorkingDaysLate == 0 ? "late (on a non-working day after the due date)"
        : $"{WorkingDaysLate} working {(WorkingDaysLate == 1 ? "day" : "days")} late";
}
