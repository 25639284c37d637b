using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Requests;

public enum ReminderKind
{
    /// <summary>Five working days or fewer left.</summary>
    FiveDays,

    /// <summary>One working day or fewer left (due tomorrow or today).</summary>
    OneDay,

    /// <summary>The due date has passed.</summary>
    Overdue,

    /// <summary>An internal review (issue 14): five working days or fewer left; the row's DueOn is the review's.</summary>
    ReviewFiveDays,

    /// <summary>An internal review: one working day or fewer left.</summary>
    ReviewOneDay,

    /// <summary>An internal review is overdue.</summary>
    ReviewOverdue,
}

/// <summary>
/// A record that the assigned officer was reminded of a deadline. One row per request, kind and due date (a unique
/// index), so each reminder goes out exactly once, across restarts and web nodes; a due date that moves (a clock
/// event) makes new reminders possible for the new date.
/// </summary>
public sealed class DeadlineReminder
{
    public const int FiveDaysAhead = DeadlineStatus.DueSoonWorkingDays;
    public const int OneDayAhead = 1;

    private DeadlineReminder()
    {
    }

    public DeadlineReminder(int requestId, ReminderKind kind, DateOnly dueOn, DateTime sentAtUtc)
    {
        RequestId = requestId;
        Kind = kind;
        DueOn = dueOn;
        SentAtUtc = sentAtUtc;
    }

    public long Id { get; private set; }

    public int RequestId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    /// <summary>
    /// The reminder a request worked to <paramref name="workingToOn"/> (its due date, or its public interest target after
    /// a timely FOIA s.10(3) extension) should have by <paramref name="today"/>, or null when it is not due soon. "Due soon"
    /// and "overdue" are <see cref="DeadlineStatus"/>'s (working days as FOIA s.10(6)). Only the most urgent kind is given,
    /// so a job that missed a day catches up without sending a stale "5 days" after the "1 day".
    /// </summary>
    public static ReminderKind? Due(DateOnly workingToOn, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return DeadlineStatus.Classify(workingToOn, today, DeadlineStatus.DueSoonBy(today, calendar)) switch
        {
            DeadlineState.Overdue => ReminderKind.Overdue,
            DeadlineState.DueSoon when calendar.WorkingDaysBetween(today, workingToOn) <= OneDayAhead => ReminderKind.OneDay,
            DeadlineState.DueSoon => ReminderKind.FiveDays,
            _ => null,
        };
    }
}
