using System.Linq.Expressions;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Statute;

/// <summary>Where a request stands against the date its officer is working to.</summary>
public enum DeadlineState
{
    /// <summary>Running, with more than <see cref="DeadlineStatus.DueSoonWorkingDays"/> working days left.</summary>
    OnTime,

    /// <summary>Running, due today or within <see cref="DeadlineStatus.DueSoonWorkingDays"/> working days.</summary>
    DueSoon,

    /// <summary>Running, and the date worked to has passed.</summary>
    Overdue,

    /// <summary>Waiting for clarification or a fee: the clock is stopped (FOIA s.1(3), s.10(2)), so neither due soon nor overdue.</summary>
    Stopped,

    /// <summary>Responded, withdrawn or lapsed: no deadline any more.</summary>
    Closed,
}

/// <summary>
/// The one definition of "on time", "due soon", "overdue" and "stopped" for the case page, the work queue, the
/// reminder job and the tracking page. The date worked to is the response due date or, when a FOIA s.10(3) public
/// interest extension was notified in time (s.17(2)), the public interest target: a case with a timely extension is
/// overdue only once that target passes. Two forms, side by side so they cannot drift: <see cref="Read"/> classifies a
/// clock read in memory; <see cref="DeadlineWindow"/> gives the same rule as SQL over the stored
/// <see cref="FoiRequest.WorkingToOn"/> and status (docs/adr/007).
/// </summary>
/// <param name="State">On time, due soon, overdue, stopped or closed.</param>
/// <param name="WorkingToOn">The date worked to; null while no due date can be known (clarification awaited).</param>
/// <param name="WorkingToPublicInterestTarget">The date worked to is the public interest target, not the statutory due date.</param>
/// <param name="WorkingDaysLeft">Working days from today to <paramref name="WorkingToOn"/>, negative when overdue; null unless running.</param>
public sealed record DeadlineStatus(DeadlineState State, DateOnly? WorkingToOn, bool WorkingToPublicInterestTarget, int? WorkingDaysLeft)
{
    /// <summary>"Due soon": the date worked to is today or within this many working days.</summary>
    public const int DueSoonWorkingDays = 5;

    /// <summary>Open statuses in which the clock runs: the only ones that can be due soon or overdue.</summary>
    public static IReadOnlyList<RequestStatus> RunningStatuses { get; } =
        [.. FoiRequest.OpenStatuses.Except(FoiRequest.ClockStoppedStatuses)];

    /// <summary>The last day that still counts as "due soon" on <paramref name="today"/> (working days of the regime's calendar).</summary>
    public static DateOnly DueSoonBy(DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(today, DueSoonWorkingDays);
    }

    /// <summary>Classifies a clock read on <paramref name="today"/> with the regime's <paramref name="calendar"/>.</summary>
    public static DeadlineStatus Read(RequestStatus status, ClockReading reading, WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(calendar);
        var workingTo = reading.WorkingToOn;
        var toTarget = workingTo is not null && workingTo == reading.PublicInterestTargetOn && workingTo != reading.DueOn;
        if (!FoiRequest.IsOpenStatus(status) || reading.RespondedOn is not null)
        {
            return new DeadlineStatus(DeadlineState.Closed, workingTo, toTarget, null);
        }

        if (!RunningStatuses.Contains(status) || reading.Stopped || workingTo is not { } date)
        {
            return new DeadlineStatus(DeadlineState.Stopped, workingTo, toTarget, null);
        }

        var state = Classify(status, date, today, DueSoonBy(today, calendar));
        return new DeadlineStatus(state, date, toTarget, calendar.WorkingDaysBetween(today, date));
    }

    /// <summary>The rule itself, on a status and a date worked to. <see cref="DeadlineWindow"/> is this as SQL.</summary>
    public static DeadlineState Classify(RequestStatus status, DateOnly workingToOn, DateOnly today, DateOnly dueSoonBy)
    {
        if (!FoiRequest.IsOpenStatus(status))
        {
            return DeadlineState.Closed;
        }

        return RunningStatuses.Contains(status) ? Classify(workingToOn, today, dueSoonBy) : DeadlineState.Stopped;
    }

    /// <summary>The rule for a running clock: overdue once the date worked to has passed, due soon from <paramref name="dueSoonBy"/>.</summary>
    public static DeadlineState Classify(DateOnly workingToOn, DateOnly today, DateOnly dueSoonBy) =>
        workingToOn < today ? DeadlineState.Overdue
            : workingToOn <= dueSoonBy ? DeadlineState.DueSoon
            : DeadlineState.OnTime;
}

/// <summary>
/// <see cref="DeadlineStatus.Classify"/> for queries over stored requests on one day: "due soon" ends on a different
/// day for FOISA requests, which count Scottish bank holidays only (FOISA s.73), than for FOIA and EIR (FOIA s.10(6)).
/// </summary>
public sealed record DeadlineWindow(DateOnly Today, DateOnly UkDueSoonBy, DateOnly ScotlandDueSoonBy)
{
    // Spelled out as an array so the SQL is "Status IN ('Received', ...)" and can use the (Status, WorkingToOn) index.
    private static readonly RequestStatus[] Running = [.. DeadlineStatus.RunningStatuses];

    public static DeadlineWindow On(DateOnly today, WorkingDayCalendar unitedKingdom, WorkingDayCalendar scotland) =>
        new(today, DeadlineStatus.DueSoonBy(today, unitedKingdom), DeadlineStatus.DueSoonBy(today, scotland));

    /// <summary>Running and past the date worked to.</summary>
    public Expression<Func<FoiRequest, bool>> Overdue
    {
        get
        {
            var today = Today;
            return r => Running.Contains(r.Status) && r.WorkingToOn < today;
        }
    }

    /// <summary>Running and due today or within <see cref="DeadlineStatus.DueSoonWorkingDays"/> working days of the regime's calendar.</summary>
    public Expression<Func<FoiRequest, bool>> DueSoon
    {
        get
        {
            var (today, uk, scotland) = (Today, UkDueSoonBy, ScotlandDueSoonBy);
            return r => Running.Contains(r.Status) && r.WorkingToOn >= today
                && (r.Regime == Regime.Foisa ? r.WorkingToOn <= scotland : r.WorkingToOn <= uk);
        }
    }

    /// <summary>Either of the two: running, and the date worked to is no later than the last "due soon" day.</summary>
    public Expression<Func<FoiRequest, bool>> DueSoonOrOverdue
    {
        get
        {
            var (uk, scotland) = (UkDueSoonBy, ScotlandDueSoonBy);
            return r => Running.Contains(r.Status) && (r.Regime == Regime.Foisa ? r.WorkingToOn <= scotland : r.WorkingToOn <= uk);
        }
    }

    public DateOnly DueSoonBy(Regime regime) => regime == Regime.Foisa ? ScotlandDueSoonBy : UkDueSoonBy;

    /// <summary>The same rule for one stored row already read.</summary>
    public DeadlineState Of(RequestStatus status, Regime regime, DateOnly workingToOn) =>
        DeadlineStatus.Classify(status, workingToOn, Today, DueSoonBy(regime));
}
