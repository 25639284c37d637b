namespace FoiPortal.Core.Statute;

public enum ClockEventKind
{
    Received,
    ClarificationSought,
    ClarificationReceived,
    FeesNoticeIssued,
    FeePaid,
    PublicInterestExtension,
    EirExtension,
    ResponseSent,
    InternalReviewRequested,

    /// <summary>The review response is extended (complex cases) by <see cref="ClockEvent.ExtraWorkingDays"/>, to 40 working days at most.</summary>
    InternalReviewExtended,
}

/// <summary>
/// Something that happened to a request and moves its statutory clock. <paramref name="ExtraWorkingDays"/> is only
/// for <see cref="ClockEventKind.PublicInterestExtension"/>, <see cref="ClockEventKind.EirExtension"/> and
/// <see cref="ClockEventKind.InternalReviewExtended"/>; null takes the default for the kind.
/// </summary>
public sealed record ClockEvent(ClockEventKind Kind, DateOnly On, int? ExtraWorkingDays = null, string? Reason = null);
