namespace FoiPortal.Core.Requests;

/// <summary>Where a request is in its life. Stored as a string. "Overdue" is derived from the clock, never a status.</summary>
public enum RequestStatus
{
    Received,
    InProgress,
    AwaitingClarification,
    AwaitingFee,
    AwaitingSignOff,
    Returned,
    Approved,
    Responded,
    InternalReview,
    Reviewed,
    Withdrawn,
    Lapsed,
}

public enum Channel
{
    Web,
    Email,
    Post,
}

/// <summary>FOIA s.11(1): the means of communication the requester prefers.</summary>
public enum PreferredFormat
{
    Email,
    PaperCopy,
    MachineReadable,
}

public static class RequestStatusText
{
    /// <summary>Plain words for requesters and officers (GOV.UK tag text).</summary>
    public static string Describe(this RequestStatus status) => status switch
    {
        RequestStatus.Received => "Received",
        RequestStatus.InProgress => "In progress",
        RequestStatus.AwaitingClarification => "Waiting for your clarification",
        RequestStatus.AwaitingFee => "Waiting for fee",
        RequestStatus.AwaitingSignOff => "Awaiting sign-off",
        RequestStatus.Returned => "Returned for changes",
        RequestStatus.Approved => "Approved",
        RequestStatus.Responded => "Responded",
        RequestStatus.InternalReview => "Internal review",
        RequestStatus.Reviewed => "Reviewed",
        RequestStatus.Withdrawn => "Withdrawn",
        RequestStatus.Lapsed => "Lapsed",
        _ => status.ToString(),
    };

    public static string Describe(this PreferredFormat format) => format switch
    {
        PreferredFormat.Email => "By email",
        PreferredFormat.PaperCopy => "Paper copy by post",
        PreferredFormat.MachineReadable => "Machine-readable data (for example CSV)",
        _ => format.ToString(),
    };
}
