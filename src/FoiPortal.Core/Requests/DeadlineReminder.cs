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
}

/// <summary>
/// A record that the assigned officer was reminded of a deadline. One row per request, kind and due date (a unique
/// index), so each reminder goes out exactly once, across restarts and web nodes; a due date that moves (a clock
/// event) makes new reminders possible for the new date.
/// </summary>
public sealed class DeadlineReminder
{
    public const int FiveDaysAhead = 5;
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
    /// The reminder a request due on <paramref name="dueOn"/> should have by <paramref name="today"/>, or null when it
    /// is not yet within five working days of its deadline (FOIA s.10(1), working days as s.10(6)). Only the most urgent
    /// kind is given, so a job that missed a day catches up without sending a stale "5 days" after the "1 day".
    /// </summary>
    public static ReminderKind? Due(DateOnly dueOn, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (dueOn < today)
        {
            return ReminderKind.Overdue;
        }

        var left = calendar.WorkingDaysBetween(today, dueOn);
        return left switch
        {
            <= OneDayAhead => ReminderKind.OneDay,
            <= FiveDaysAhead => ReminderKind.FiveDays,
            _ => null,
        };
    }
}
