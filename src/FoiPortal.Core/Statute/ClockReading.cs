namespace FoiPortal.Core.Statute;

/// <summary>
/// The state of a request's statutory clock on a given day. Everything here is derived from the events and
/// the day it was read; nothing is meant to be stored.
/// </summary>
/// <param name="DueOn">When the response (or, with a public interest extension, the refusal notice) is due; null while the clock is stopped and the date cannot yet be known.</param>
/// <param name="Stopped">Waiting for the requester: clarification sought, or a fees notice unpaid.</param>
/// <param name="StoppedBecause">Why the clock is stopped, citing the statute; null while it runs.</param>
/// <param name="PublicInterestTargetOn">FOIA s.10(3): the estimated date for the public interest decision; not a statutory deadline.</param>
/// <param name="WorkingDaysElapsed">Counted working days from receipt to today or the response, leaving out days the statute disregards.</param>
/// <param name="WorkingDaysRemaining">Working days from today (or the response) to the date now being worked to; negative when overdue; null while stopped.</param>
/// <param name="Overdue">The response was not, or is not yet, given by <paramref name="DueOn"/>.</param>
/// <param name="LapsesOn">While stopped: the first day on which the request has lapsed if the requester has not replied or paid.</param>
/// <param name="Skipped">Holidays and admin extra days (not weekends) in the counted period.</param>
/// <param name="InternalReviewDueOn">When the internal review response is due, once one has been requested.</param>
public sealed record ClockReading(
    DateOnly? DueOn,
    bool Stopped,
    string? StoppedBecause,
    DateOnly? PublicInterestTargetOn,
    int WorkingDaysElapsed,
    int? WorkingDaysRemaining,
    bool Overdue,
    DateOnly? LapsesOn,
    IReadOnlyList<NonWorkingDay> Skipped,
    DateOnly? InternalReviewDueOn)
{
    /// <summary>The date the 20 working days count from: the date of receipt, or of the latest clarification (FOIA s.1(3)).</summary>
    public DateOnly ReceivedOn { get; init; }

    /// <summary>When the response was sent, if it has been.</summary>
    public DateOnly? RespondedOn { get; init; }

    /// <summary>Stopped and past <see cref="LapsesOn"/>: the authority no longer has to answer.</summary>
    public bool Lapsed { get; init; }

    /// <summary>A public interest extension is in force and its target passed without a response.</summary>
    public bool PublicInterestTargetPassed { get; init; }

    /// <summary>
    /// The date the officer is working to: <see cref="DueOn"/>, or <see cref="PublicInterestTargetOn"/> when the
    /// s.17(2) refusal notice extending for the public interest (FOIA s.10(3)) was given by the due date. Null while
    /// <see cref="DueOn"/> is. Read through <see cref="DeadlineStatus"/> for on time, due soon or overdue.
    /// </summary>
    public DateOnly? WorkingToOn { get; init; }

    /// <summary>
    /// The due date the request had already passed when clarification was sought (FOIA s.1(3) restarts the clock for the
    /// clarified request only): the breach stays on record. Null when clarification, if any, was sought in time.
    /// </summary>
    public DateOnly? MissedDueOn { get; init; }
}
