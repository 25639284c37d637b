using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Requests;

/// <summary>
/// The aggregate root: one information request and everything done with it.
/// Its status changes only through the guarded methods below; an illegal move throws <see cref="DomainException"/>.
/// </summary>
public sealed class FoiRequest
{
    public const int ReferenceMaxLength = 40;
    public const int TitleMaxLength = 200;
    public const int MaxQuestions = 20;

    // The state machine (docs/architecture.md). Withdrawn and Lapsed are handled by their own methods.
    private static readonly Dictionary<RequestStatus, RequestStatus[]> AllowedMoves = new()
    {
        [RequestStatus.Received] = [RequestStatus.InProgress],
        [RequestStatus.InProgress] = [RequestStatus.AwaitingClarification, RequestStatus.AwaitingFee, RequestStatus.AwaitingSignOff, RequestStatus.Responded],
        [RequestStatus.AwaitingClarification] = [RequestStatus.InProgress],
        [RequestStatus.AwaitingFee] = [RequestStatus.InProgress],
        [RequestStatus.AwaitingSignOff] = [RequestStatus.Returned, RequestStatus.Approved],
        [RequestStatus.Returned] = [RequestStatus.InProgress],
        [RequestStatus.Approved] = [RequestStatus.Responded],
        [RequestStatus.Responded] = [RequestStatus.InternalReview],
        [RequestStatus.InternalReview] = [RequestStatus.Reviewed],
        [RequestStatus.Reviewed] = [],
        [RequestStatus.Withdrawn] = [],
        [RequestStatus.Lapsed] = [],
    };

    private readonly List<RequestQuestion> _questions = [];
    private readonly List<RequestEvent> _events = [];

    private FoiRequest()
    {
        Reference = string.Empty;
        Title = string.Empty;
        Requester = null!;
        TrackingTokenHash = string.Empty;
    }

    public int Id { get; private set; }

    public string Reference { get; private set; }

    public Regime Regime { get; private set; }

    public Channel Channel { get; private set; }

    /// <summary>The instant the request arrived (UTC).</summary>
    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>FOIA s.10(1): the date of receipt is a UK local date (Europe/London).</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Computed by <see cref="StatutoryClock"/> whenever the clock changes; kept for ordering work queues.</summary>
    public DateOnly DueOn { get; private set; }

    public Requester Requester { get; private set; }

    public string Title { get; private set; }

    public PreferredFormat PreferredFormat { get; private set; }

    public RequestStatus Status { get; private set; }

    public string? AssignedOfficer { get; private set; }

    /// <summary>SHA-256 of the requester's tracking token; the token itself is never stored.</summary>
    public string TrackingTokenHash { get; private set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<RequestQuestion> Questions => _questions;

    public IReadOnlyList<RequestEvent> Events => _events;

    /// <summary>Statuses in which the request is still being handled (everything before a response, withdrawal or lapse).</summary>
    public static IReadOnlyList<RequestStatus> OpenStatuses { get; } =
    [
        RequestStatus.Received,
        RequestStatus.InProgress,
        RequestStatus.AwaitingClarification,
        RequestStatus.AwaitingFee,
        RequestStatus.AwaitingSignOff,
        RequestStatus.Returned,
        RequestStatus.Approved,
    ];

    /// <summary>
    /// FOIA s.1(3) and s.10(2): while clarification or a fee is awaited the clock is stopped, so such a request is
    /// neither "due soon" nor "overdue" and gets no deadline reminders.
    /// </summary>
    public static IReadOnlyList<RequestStatus> ClockStoppedStatuses { get; } =
    [
        RequestStatus.AwaitingClarification,
        RequestStatus.AwaitingFee,
    ];

    public bool IsOpen => Status is not (RequestStatus.Responded or RequestStatus.InternalReview or RequestStatus.Reviewed or RequestStatus.Withdrawn or RequestStatus.Lapsed);

    public static FoiRequest Submit(
        string reference,
        Requester requester,
        string title,
        IReadOnlyList<string> questions,
        PreferredFormat preferredFormat,
        Channel channel,
        DateTimeOffset receivedAt,
        WorkingDayCalendar calendar,
        string trackingTokenHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingTokenHash);
        if (questions.Count is 0 or > MaxQuestions)
        {
            throw new DomainException($"A request must have between 1 and {MaxQuestions} questions.");
        }

        var receivedOn = UkLocalDate.FromInstant(receivedAt);
        var request = new FoiRequest
        {
            Reference = reference,
            Requester = requester,
            Title = title.Trim(),
            PreferredFormat = preferredFormat,
            Channel = channel,
            // FOIA by default; EIR and FOISA are chosen by the officer at triage.
            Regime = Regime.Foia,
            ReceivedAtUtc = receivedAt.UtcDateTime,
            ReceivedOn = receivedOn,
            // FOIA s.10(1): the 20th working day following the date of receipt.
            DueOn = StatutoryClock.DueDate(receivedOn, Regime.Foia, calendar).DueOn,
            Status = RequestStatus.Received,
            TrackingTokenHash = trackingTokenHash,
            Version = Guid.NewGuid(),
        };
        for (var i = 0; i < questions.Count; i++)
        {
            request._questions.Add(new RequestQuestion(i + 1, questions[i].Trim()));
        }

        request._events.Add(new RequestEvent(receivedAt.UtcDateTime, "Received", $"Request received by {channel.ToString().ToLowerInvariant()}", actor: null));
        return request;
    }

    /// <summary>An officer takes the request on.</summary>
    public void StartWork(string officer, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        MoveTo(RequestStatus.InProgress, at, "Work started", officer);
        AssignedOfficer = officer;
    }

    /// <summary>
    /// Gives the request to <paramref name="officer"/> (a staff user name). Assignment says who handles the request,
    /// not how far it has got, so the status is kept: a Received request stays Received until the officer starts
    /// work. Assigning to the officer who already has it changes nothing. A closed request cannot be assigned.
    /// </summary>
    public void AssignTo(string officer, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!IsOpen)
        {
            throw new DomainException($"A request that is {Status.Describe().ToLowerInvariant()} cannot be assigned.");
        }

        if (string.Equals(AssignedOfficer, officer, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        AssignedOfficer = officer;
        Version = Guid.NewGuid();
        var description = $"Assigned to {officer} by {by}";
        _events.Add(new RequestEvent(at.UtcDateTime, "Assigned", description.Length > RequestEvent.DescriptionMaxLength ? description[..RequestEvent.DescriptionMaxLength] : description, by));
    }

    public void SeekClarification(string officer, DateTimeOffset at) =>
        MoveTo(RequestStatus.AwaitingClarification, at, "Clarification sought (FOIA s.1(3))", officer);

    public void IssueFeesNotice(string officer, DateTimeOffset at) =>
        MoveTo(RequestStatus.AwaitingFee, at, "Fees notice issued (FOIA s.9)", officer);

    public void SubmitForSignOff(string officer, DateTimeOffset at) =>
        MoveTo(RequestStatus.AwaitingSignOff, at, "Submitted for sign-off", officer);

    public void Approve(string manager, DateTimeOffset at) => MoveTo(RequestStatus.Approved, at, "Approved", manager);

    public void ReturnToOfficer(string manager, DateTimeOffset at) => MoveTo(RequestStatus.Returned, at, "Returned for changes", manager);

    public void Resume(string officer, DateTimeOffset at) => MoveTo(RequestStatus.InProgress, at, "Work resumed", officer);

    public void RecordResponseSent(string officer, DateTimeOffset at) => MoveTo(RequestStatus.Responded, at, "Response sent", officer);

    public void RequestInternalReview(DateTimeOffset at) => MoveTo(RequestStatus.InternalReview, at, "Internal review requested", actor: null);

    public void CompleteInternalReview(string reviewer, DateTimeOffset at) => MoveTo(RequestStatus.Reviewed, at, "Internal review completed", reviewer);

    /// <summary>The requester withdraws; possible while the request is open.</summary>
    public void Withdraw(DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException($"A request that is {Status.Describe().ToLowerInvariant()} cannot be withdrawn.");
        }

        SetStatus(RequestStatus.Withdrawn, at, "Withdrawn by the requester", actor: null);
    }

    /// <summary>FOIA s.1(3) and s.9(2): no clarification or fee arrived in time.</summary>
    public void Lapse(string officer, DateTimeOffset at)
    {
        if (Status is not (RequestStatus.AwaitingClarification or RequestStatus.AwaitingFee))
        {
            throw new DomainException("Only a request waiting for clarification or a fee can lapse.");
        }

        SetStatus(RequestStatus.Lapsed, at, "Closed as lapsed", officer);
    }

    public bool CanMoveTo(RequestStatus next) => AllowedMoves[Status].Contains(next);

    private void MoveTo(RequestStatus next, DateTimeOffset at, string description, string? actor)
    {
        if (!CanMoveTo(next))
        {
            throw new DomainException($"A request that is {Status.Describe().ToLowerInvariant()} cannot become {next.Describe().ToLowerInvariant()}.");
        }

        SetStatus(next, at, description, actor);
    }

    private void SetStatus(RequestStatus next, DateTimeOffset at, string description, string? actor)
    {
        Status = next;
        Version = Guid.NewGuid();
        _events.Add(new RequestEvent(at.UtcDateTime, next.ToString(), description, actor));
    }
}
