using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Regulator;

/// <summary>
/// A record that the assigned officer was reminded of a regulator deadline: one row per deadline, kind and date (a
/// unique index), so each reminder goes out once, across restarts and web nodes (as <see cref="DeadlineReminder"/>).
/// </summary>
public sealed class RegulatorReminder
{
    private RegulatorReminder()
    {
    }

    public RegulatorReminder(int regulatorDeadlineId, ReminderKind kind, DateOnly dueOn, DateTime sentAtUtc)
    {
        RegulatorDeadlineId = regulatorDeadlineId;
        Kind = kind;
        DueOn = dueOn;
        SentAtUtc = sentAtUtc;
    }

    public long Id { get; private set; }

    public int RegulatorDeadlineId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTime SentAtUtc { get; private set; }
}
