using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Consultations;

public enum ConsultationReminderKind
{
    /// <summary>A few working days before the due date (configurable, default <see cref="ConsultationReminder.DefaultWorkingDaysBefore"/>).</summary>
    BeforeDue,

    /// <summary>The due date has passed without an answer.</summary>
    Overdue,
}

/// <summary>
/// A record that a consultation task's recipient was reminded. One row per task, kind and due date (a unique index), so
/// each reminder goes out once, across restarts and web nodes: the row and its email are saved together.
/// </summary>
public sealed class ConsultationReminder
{
    public const int DefaultWorkingDaysBefore = 2;

    private ConsultationReminder()
    {
    }

    public ConsultationReminder(int consultationTaskId, ConsultationReminderKind kind, DateOnly dueOn, DateTime sentAtUtc)
    {
        ConsultationTaskId = consultationTaskId;
        Kind = kind;
        DueOn = dueOn;
        SentAtUtc = sentAtUtc;
    }

    public long Id { get; private set; }

    public int ConsultationTaskId { get; private set; }

    public ConsultationReminderKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    /// <summary>
    /// The reminder a task should have by <paramref name="today"/>, or null. Overdue is the task's one definition
    /// (<see cref="ConsultationTask.IsOverdue"/>). "Before" is sent once <paramref name="workingDaysBefore"/> or fewer
    /// working days are left, and only when the task was given more time than that (a task due in 2 days gets none).
    /// </summary>
    public static ConsultationReminderKind? Due(ConsultationTask task, DateOnly today, WorkingDayCalendar calendar, int workingDaysBefore)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(calendar);
        if (task.State != ConsultationState.Sent)
        {
            return null;
        }

        if (task.IsOverdue(today))
        {
            return ConsultationReminderKind.Overdue;
        }

        return workingDaysBefore > 0
            && calendar.WorkingDaysBetween(task.SentOn, task.DueOn) > workingDaysBefore
            && calendar.WorkingDaysBetween(today, task.DueOn) <= workingDaysBefore
            ? ConsultationReminderKind.BeforeDue
            : null;
    }
}
