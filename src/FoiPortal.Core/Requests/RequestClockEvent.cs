using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Requests;

/// <summary>
/// One thing that moved a request's statutory clock, as recorded: what, the UK date it happened, and who recorded it when.
/// Append-only: a mistake is put right by a later event, never by editing this one.
/// </summary>
public sealed class RequestClockEvent
{
    public const int ReasonMaxLength = 1000;

    private RequestClockEvent()
    {
    }

    internal RequestClockEvent(ClockEventKind kind, DateOnly on, int? extraWorkingDays, string? reason, DateTime recordedAtUtc, string? recordedBy)
    {
        Kind = kind;
        On = on;
        ExtraWorkingDays = extraWorkingDays;
        Reason = reason;
        RecordedAtUtc = recordedAtUtc;
        RecordedBy = recordedBy;
    }

    public long Id { get; private set; }

    public ClockEventKind Kind { get; private set; }

    /// <summary>The UK date it happened (the day a notice was given or a reply arrived), not when it was recorded.</summary>
    public DateOnly On { get; private set; }

    public int? ExtraWorkingDays { get; private set; }

    public string? Reason { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The staff member's user name; null when the system or the requester caused it.</summary>
    public string? RecordedBy { get; private set; }

    public ClockEvent ToClockEvent() => new(Kind, On, ExtraWorkingDays, Reason);
}
