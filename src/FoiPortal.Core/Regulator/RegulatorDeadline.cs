using System.Linq.Expressions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Regulator;

public enum RegulatorDeadlineKind
{
    /// <summary>The regulator asked for the authority's submissions (its reasons, the withheld information) by a date.</summary>
    Submission,

    /// <summary>The steps a decision notice orders are due (FOIA s.50(6): not before the appeal period ends).</summary>
    StepsDue,

    /// <summary>The last day to appeal against the decision notice (FOIA s.57; FOISA s.56).</summary>
    AppealBy,
}

public enum RegulatorDeadlineState
{
    /// <summary>Still to be met.</summary>
    Open,

    /// <summary>Met: submissions sent, or the steps taken.</summary>
    Done,

    /// <summary>A submission deadline still open when the decision notice came: no longer needed.</summary>
    Superseded,
}

/// <summary>
/// One dated thing the authority must do, or may do until, for a complaint to the regulator. "Due soon" and "overdue"
/// are <see cref="DeadlineStatus.Classify(DateOnly, DateOnly, DateOnly)"/>'s, on calendar dates. An appeal deadline is
/// never overdue: once it has passed the chance to appeal has gone, and it no longer counts as a deadline.
/// </summary>
public sealed class RegulatorDeadline
{
    public const int DescriptionMaxLength = 200;
    public const int NoteMaxLength = 2000;

    private RegulatorDeadline()
    {
        Description = string.Empty;
        CreatedBy = string.Empty;
    }

    internal RegulatorDeadline(RegulatorDeadlineKind kind, DateOnly dueOn, string description, string createdBy)
    {
        Kind = kind;
        DueOn = dueOn;
        Description = description;
        CreatedBy = createdBy;
        State = RegulatorDeadlineState.Open;
    }

    public int Id { get; private set; }

    public int RegulatorComplaintId { get; private set; }

    public RegulatorDeadlineKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string Description { get; private set; }

    public string CreatedBy { get; private set; }

    public RegulatorDeadlineState State { get; private set; }

    /// <summary>When it was met: the day the submissions were sent, or the steps taken.</summary>
    public DateOnly? DoneOn { get; private set; }

    /// <summary>What was sent, or what was done.</summary>
    public string? DoneNote { get; private set; }

    public string? DoneBy { get; private set; }

    /// <summary>The same rule as <see cref="IsPending"/>, as SQL (the regulator queue and the reminder job).</summary>
    public static Expression<Func<RegulatorDeadline, bool>> PendingOn(DateOnly today) =>
        d => d.State == RegulatorDeadlineState.Open && (d.Kind != RegulatorDeadlineKind.AppealBy || d.DueOn >= today);

    /// <summary>Still a deadline on <paramref name="today"/>: open, and not an appeal deadline that has passed.</summary>
    public bool IsPending(DateOnly today) =>
        State == RegulatorDeadlineState.Open && (Kind != RegulatorDeadlineKind.AppealBy || DueOn >= today);

    /// <summary>On time, due soon (today to 5 working days of the regime's calendar) or overdue; closed once met or passed.</summary>
    public DeadlineState StateOn(DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return IsPending(today) ? DeadlineStatus.Classify(DueOn, today, DeadlineStatus.DueSoonBy(today, calendar)) : DeadlineState.Closed;
    }

    /// <summary>
    /// The reminder the assigned officer should have by <paramref name="today"/> (5 and 1 working days before, and once
    /// overdue), by <see cref="DeadlineReminder.Due"/>'s rule; an appeal deadline gets no "overdue" reminder.
    /// </summary>
    public ReminderKind? ReminderDue(DateOnly today, WorkingDayCalendar calendar)
    {
        if (!IsPending(today))
        {
            return null;
        }

        var kind = DeadlineReminder.Due(DueOn, today, calendar);
        return Kind == RegulatorDeadlineKind.AppealBy && kind == ReminderKind.Overdue ? null : kind;
    }

    public string Label => Kind switch
    {
        RegulatorDeadlineKind.Submission => "Submissions due",
        RegulatorDeadlineKind.StepsDue => "Steps due",
        _ => "Appeal by",
    };

    internal void MarkDone(DateOnly on, string note, string by)
    {
        State = RegulatorDeadlineState.Done;
        DoneOn = on;
        DoneNote = note;
        DoneBy = by;
    }

    internal void Supersede() => State = RegulatorDeadlineState.Superseded;
}
