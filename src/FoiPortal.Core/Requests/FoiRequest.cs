using System.Globalization;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Requests;

/// <summary>
/// The aggregate root: one information request and everything done with it.
/// Its status changes only through the guarded methods below; an illegal move throws <see cref="DomainException"/>.
/// </summary>
public sealed partial class FoiRequest
{
    public const int ReferenceMaxLength = 40;
    public const int TitleMaxLength = 200;
    public const int MaxQuestions = 20;

    /// <summary>
    /// FOIA s.10(3) allows "such time as is reasonable" for the public interest test; the ICO expects normally no more
    /// than 20 further working days, so the portal refuses a longer estimate.
    /// </summary>
    public const int PublicInterestMaxExtraWorkingDays = 20;

    // The state machine (docs/architecture.md). Withdrawn and Lapsed are handled by their own methods.
    private static readonly Dictionary<RequestStatus, RequestStatus[]> AllowedMoves = new()
    {
        // Clarification (s.1(3)) and a fees notice (s.9) are often the first thing done at triage.
        [RequestStatus.Received] = [RequestStatus.InProgress, RequestStatus.AwaitingClarification, RequestStatus.AwaitingFee],
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
    private readonly List<RequestClockEvent> _clockEvents = [];

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

    /// <summary>
    /// The statutory due date, worked out by <see cref="StatutoryClock"/> on every clock, regime or calendar change and
    /// stored only so queries can sort and filter (docs/adr/007). While clarification is awaited it keeps the last date.
    /// </summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>
    /// The date the officer is working to: <see cref="DueOn"/>, or the public interest target after a FOIA s.10(3)
    /// extension notified in time. Kept current with <see cref="DueOn"/>; <see cref="DeadlineWindow"/> reads it in SQL.
    /// </summary>
    public DateOnly WorkingToOn { get; private set; }

    // --- Issue 13 (legal accuracy): late clarification keeps the breach on record. ---

    /// <summary>
    /// The due date the request had already missed when clarification was sought, or null. Clarification restarts the clock
    /// for the clarified request (FOIA s.1(3)) but does not cure the lateness of the original request: statistics count it late.
    /// </summary>
    public DateOnly? LateOnOriginalDueOn { get; private set; }

    /// <summary>The original request was late, whatever the clock says after a later clarification.</summary>
    public bool WasLateBeforeClarification => LateOnOriginalDueOn is not null;

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

    /// <summary>What moved the statutory clock, in the order it was recorded; <see cref="DueOn"/> is worked out from these.</summary>
    public IReadOnlyList<RequestClockEvent> ClockEvents => _clockEvents;

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

    public bool IsOpen => IsOpenStatus(Status);

    /// <summary>Still being handled: one rule for the aggregate, the queue and the case page.</summary>
    public static bool IsOpenStatus(RequestStatus status) => OpenStatuses.Contains(status);

    public static FoiRequest Submit(
        string reference,
        Requester requester,
        string title,
        IReadOnlyList<string> questions,
        PreferredFormat preferredFormat,
        Channel channel,
        DateTimeOffset receivedAt,
        WorkingDayCalendar calendar,
        string trackingTokenHash,
        Regime regime = Regime.Foia)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (IntakeRegime.WhyNotDefault(regime) is { } whyNot)
        {
            throw new DomainException(whyNot);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingTokenHash);
        if (questions.Count is 0 or > MaxQuestions)
        {
            throw new DomainException($"A request must have between 1 and {MaxQuestions} questions.");
        }

        var receivedOn = UkLocalDate.FromInstant(receivedAt);
        var dueOn = StatutoryClock.DueDate(receivedOn, regime, calendar).DueOn;
        var request = new FoiRequest
        {
            Reference = reference,
            Requester = requester,
            Title = title.Trim(),
            PreferredFormat = preferredFormat,
            Channel = channel,
            // The authority's default regime (FOIA, or FOISA for a Scottish authority); the officer may change it at triage.
            Regime = regime,
            ReceivedAtUtc = receivedAt.UtcDateTime,
            ReceivedOn = receivedOn,
            // FOIA s.10(1) / FOISA s.10(1)(a): the 20th working day following the date of receipt.
            DueOn = dueOn,
            WorkingToOn = dueOn,
            Status = RequestStatus.Received,
            TrackingTokenHash = trackingTokenHash,
            Version = Guid.NewGuid(),
        };
        for (var i = 0; i < questions.Count; i++)
        {
            request._questions.Add(new RequestQuestion(i + 1, questions[i].Trim()));
        }

        request._clockEvents.Add(new RequestClockEvent(ClockEventKind.Received, receivedOn, null, null, receivedAt.UtcDateTime, recordedBy: null));
        request._events.Add(new RequestEvent(receivedAt.UtcDateTime, "Received", $"Request received by {channel.ToString().ToLowerInvariant()}", actor: null));
        return request;
    }

    /// <summary>
    /// An officer logs a request that arrived by email or post. The clock runs from when it really arrived
    /// (FOIA s.10(1): the date of receipt), however much later it is logged.
    /// </summary>
    public static FoiRequest Log(
        string reference,
        Requester requester,
        string title,
        IReadOnlyList<string> questions,
        PreferredFormat preferredFormat,
        Channel channel,
        DateTimeOffset receivedAt,
        string officer,
        DateTimeOffset loggedAt,
        WorkingDayCalendar calendar,
        string trackingTokenHash,
        Regime regime = Regime.Foia)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        if (channel == Channel.Web)
        {
            throw new DomainException("Only a request received by email or post can be logged by staff.");
        }

        if (receivedAt > loggedAt)
        {
            throw new DomainException("The date and time the request was received cannot be in the future.");
        }

        var request = Submit(reference, requester, title, questions, preferredFormat, channel, receivedAt, calendar, trackingTokenHash, regime);
        // Recorded by the officer when it was logged; it happened when it arrived.
        request._clockEvents[0] = new RequestClockEvent(ClockEventKind.Received, request.ReceivedOn, null, null, loggedAt.UtcDateTime, officer);
        request._events.Add(new RequestEvent(loggedAt.UtcDateTime, "Logged", $"Request received by {channel.ToString().ToLowerInvariant()} logged", officer));
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
    /// The timeline says "Assigned to <paramref name="officerName"/>" (the display name, else the user name); who did it
    /// is the event's actor, <paramref name="by"/>, shown once beside it.
    /// </summary>
    public void AssignTo(string officer, string by, DateTimeOffset at, string? officerName = null)
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
        var description = $"Assigned to {(string.IsNullOrWhiteSpace(officerName) ? officer : officerName.Trim())}";
        _events.Add(new RequestEvent(at.UtcDateTime, "Assigned", description.Length > RequestEvent.DescriptionMaxLength ? description[..RequestEvent.DescriptionMaxLength] : description, by));
    }

    /// <summary>
    /// Triage: the officer decides which law applies (environmental information falls under the EIR, a Scottish
    /// authority under FOISA). The due date is worked out again on the regime's calendar.
    /// </summary>
    public void ChangeRegime(string officer, Regime regime, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        if (!IsOpen)
        {
            throw new DomainException($"The regime cannot be changed because the request is {Status.Describe().ToLowerInvariant()}.");
        }

        ClockReading reading;
        try
        {
            reading = StatutoryClock.Read(regime, WithReceipt(ReceivedOn, _clockEvents.Select(e => e.ToClockEvent())), calendar, UkLocalDate.FromInstant(at));
        }
        catch (InvalidClockEventException ex)
        {
            throw new DomainException(Humanise(ex), ex);
        }

        Regime = regime;
        ApplyDeadline(reading);
        Version = Guid.NewGuid();
        _events.Add(new RequestEvent(at.UtcDateTime, "RegimeChanged", $"Handled under {regime.ToString().ToUpperInvariant()}", officer));
    }

    /// <summary>FOIA s.1(3): the request is not treated as received until the clarification arrives, so the clock stops.</summary>
    public void SeekClarification(string officer, DateOnly on, DateTimeOffset at, WorkingDayCalendar calendar) =>
        RecordClock(new ClockEvent(ClockEventKind.ClarificationSought, on), officer, at, calendar, RequestStatus.AwaitingClarification);

    /// <summary>FOIA s.1(3): the 20 working days start again from the day the clarification is received.</summary>
    public void RecordClarificationReceived(string officer, DateOnly on, DateTimeOffset at, WorkingDayCalendar calendar) =>
        RecordClock(new ClockEvent(ClockEventKind.ClarificationReceived, on), officer, at, calendar, RequestStatus.InProgress);

    /// <summary>FOIA s.9 and s.10(2): from the day the fees notice is given, working days do not count until the fee is received.</summary>
    public void IssueFeesNotice(string officer, DateOnly on, DateTimeOffset at, WorkingDayCalendar calendar) =>
        RecordClock(new ClockEvent(ClockEventKind.FeesNoticeIssued, on), officer, at, calendar, RequestStatus.AwaitingFee);

    /// <summary>FOIA s.10(2): the clock restarts the day after the fee is received.</summary>
    public void RecordFeePaid(string officer, DateOnly on, DateTimeOffset at, WorkingDayCalendar calendar) =>
        RecordClock(new ClockEvent(ClockEventKind.FeePaid, on), officer, at, calendar, RequestStatus.InProgress);

    /// <summary>
    /// FOIA s.10(3): more time to consider the public interest, with a target this many working days after the due date.
    /// The refusal notice naming the exemption is still due by the due date (s.17(2)). FOISA has no such extension.
    /// </summary>
    public void ExtendForPublicInterest(string officer, DateOnly on, string reason, int extraWorkingDays, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason the public interest test needs more time.");
        }

        if (reason.Trim().Length > RequestClockEvent.ReasonMaxLength)
        {
            throw new DomainException($"The reason must be {RequestClockEvent.ReasonMaxLength} characters or fewer.");
        }

        if (extraWorkingDays is < 1 or > PublicInterestMaxExtraWorkingDays)
        {
            // ICO guidance: normally no more than 20 further working days.
            throw new DomainException($"A public interest extension must be between 1 and {PublicInterestMaxExtraWorkingDays} working days.");
        }

        RecordClock(new ClockEvent(ClockEventKind.PublicInterestExtension, on, extraWorkingDays, reason.Trim()), officer, at, calendar, next: null);
    }

    /// <summary>EIR reg 7(1): a complex and voluminous request may take 40 working days instead of 20.</summary>
    public void ExtendForEir(string officer, DateOnly on, string? reason, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed?.Length > RequestClockEvent.ReasonMaxLength)
        {
            throw new DomainException($"The reason must be {RequestClockEvent.ReasonMaxLength} characters or fewer.");
        }

        RecordClock(
            new ClockEvent(ClockEventKind.EirExtension, on, StatutoryClock.EirExtendedWorkingDays - StatutoryClock.StandardWorkingDays, trimmed),
            officer, at, calendar, next: null);
    }

    /// <summary>
    /// Reads the clock from recorded events. Requests stored before clock events existed have none: their
    /// receipt is taken from <paramref name="receivedOn"/>.
    /// </summary>
    public static ClockReading ReadClock(Regime regime, DateOnly receivedOn, IEnumerable<ClockEvent> recorded, WorkingDayCalendar calendar, DateOnly today) =>
        StatutoryClock.Read(regime, WithReceipt(receivedOn, recorded), calendar, today);

    /// <summary>The time limit in working days now in force: 20, or up to 40 after an EIR extension (reg 7(1)).</summary>
    public static int TimeLimitWorkingDays(IEnumerable<ClockEvent> recorded)
    {
        var limit = StatutoryClock.StandardWorkingDays;
        foreach (var e in recorded)
        {
            if (e.Kind == ClockEventKind.ClarificationReceived)
            {
                // FOIA s.1(3), EIR reg 9(4): a fresh start drops an earlier extension.
                limit = StatutoryClock.StandardWorkingDays;
            }
            else if (e.Kind == ClockEventKind.EirExtension)
            {
                limit = StatutoryClock.StandardWorkingDays + (e.ExtraWorkingDays ?? StatutoryClock.EirExtendedWorkingDays - StatutoryClock.StandardWorkingDays);
            }
        }

        return limit;
    }

    /// <summary>
    /// Records case work that does not change the status (an estimate line added, requests aggregated, and the work of
    /// the separate roots: an internal review, a complaint to the regulator) on the timeline and bumps the version, so a
    /// page showing the case before the change is refused (optimistic concurrency). <paramref name="actor"/> is null only
    /// for the requester's own online action (a further review request).
    /// </summary>
    public void RecordCaseWork(string kind, string description, string? actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Version = Guid.NewGuid();
        var text = description.Length <= RequestEvent.DescriptionMaxLength ? description : description[..(RequestEvent.DescriptionMaxLength - 1)] + "…";
        _events.Add(new RequestEvent(at.UtcDateTime, kind, text, actor));
    }

    /// <summary>
    /// The officer sends the case to a manager. Only something that needs sign-off can be sent (a s.12 refusal, an
    /// exemption decision on a provision the authority treats as sensitive, or any neither-confirm-nor-deny decision),
    /// and never a cost decision a manager returned (it must be replaced). Exemption decisions a manager returned go
    /// back as they are (the officer has removed or replaced those that needed changing). Starts or resumes work first.
    /// </summary>
    public void SubmitForSignOff(string officer, DateTimeOffset at, CaseSignOffs signOffs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        EnsureOwn(signOffs);
        if (signOffs.WhyNotSubmittable is { } why)
        {
            throw new DomainException(why);
        }

        EnsureWorkStarted(officer, at);
        if (!CanMoveTo(RequestStatus.AwaitingSignOff))
        {
            throw new DomainException($"A request that is {Status.Describe().ToLowerInvariant()} cannot become {RequestStatus.AwaitingSignOff.Describe().ToLowerInvariant()}.");
        }

        var outstanding = signOffs.Resubmit();
        MoveTo(
            RequestStatus.AwaitingSignOff,
            at,
            outstanding == 1 ? "Submitted for sign-off" : $"Submitted for sign-off ({outstanding} decisions)",
            officer);
    }

    /// <summary>
    /// A manager approves one part of the case. The request becomes Approved, so its response may be sent, only once
    /// <paramref name="signOffs"/> has nothing outstanding; otherwise it stays awaiting sign-off and the approval goes on
    /// the timeline. Refused (with the reason) for anyone but a manager, for a manager's own decision, or when nothing of
    /// the part is waiting.
    /// </summary>
    public void RecordApproval(SignOffReviewer manager, DateTimeOffset at, CaseSignOffs signOffs, SignOffPart part, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(manager);
        EnsureOwn(signOffs);
        EnsureAwaitingSignOff();
        var name = signOffs.PartName(part);
        signOffs.Approve(part, manager, at.UtcDateTime, comment);
        var stillOutstanding = signOffs.Outstanding.Count;
        if (stillOutstanding == 0)
        {
            MoveTo(RequestStatus.Approved, at, WithComment($"{name} approved", comment), manager.UserName);
            return;
        }

        var waiting = stillOutstanding == 1 ? "1 decision still awaits sign-off" : $"{stillOutstanding} decisions still await sign-off";
        Version = Guid.NewGuid();
        _events.Add(new RequestEvent(at.UtcDateTime, "PartApproved", WithComment($"{name} approved; {waiting}", comment), manager.UserName));
    }

    /// <summary>A manager sends one part of the case back with a comment saying what to change; the whole case goes back to the officer.</summary>
    public void ReturnToOfficer(SignOffReviewer manager, DateTimeOffset at, CaseSignOffs signOffs, SignOffPart part, string comment)
    {
        ArgumentNullException.ThrowIfNull(manager);
        EnsureOwn(signOffs);
        EnsureAwaitingSignOff();
        var name = signOffs.PartName(part);
        signOffs.Return(part, manager, at.UtcDateTime, comment);
        MoveTo(RequestStatus.Returned, at, WithComment($"{name} returned for changes", comment), manager.UserName);
    }

    public void Resume(string officer, DateTimeOffset at) => MoveTo(RequestStatus.InProgress, at, "Work resumed", officer);

    private void EnsureOwn(CaseSignOffs signOffs)
    {
        ArgumentNullException.ThrowIfNull(signOffs);
        if (signOffs.FoiRequestId != Id)
        {
            throw new ArgumentException("The sign-offs belong to another request.", nameof(signOffs));
        }
    }

    private void EnsureAwaitingSignOff()
    {
        if (Status != RequestStatus.AwaitingSignOff)
        {
            throw new DomainException($"A request that is {Status.Describe().ToLowerInvariant()} is not waiting for sign-off.");
        }
    }

    /// <summary>
    /// Before case work that needs the request in progress (a decision, sending for sign-off, a response): starts work on
    /// a Received request, resumes a Returned one, and leaves an InProgress or Approved one as it is. The one place that
    /// decides this; every other status is refused by the state machine.
    /// </summary>
    public void EnsureWorkStarted(string officer, DateTimeOffset at)
    {
        switch (Status)
        {
            case RequestStatus.Received:
                StartWork(officer, at);
                break;
            case RequestStatus.Returned:
                Resume(officer, at);
                break;
            default:
                break;
        }
    }

    public void RecordResponseSent(string officer, DateTimeOffset at)
    {
        MoveTo(RequestStatus.Responded, at, "Response sent", officer);
        // Stops the clock: later clarification, fee or extension events are refused by the statute code.
        _clockEvents.Add(new RequestClockEvent(ClockEventKind.ResponseSent, UkLocalDate.FromInstant(at), null, null, at.UtcDateTime, officer));
    }

    public void RequestInternalReview(DateTimeOffset at) => MoveTo(RequestStatus.InternalReview, at, "Internal review requested", actor: null);

    public void CompleteInternalReview(string reviewer, DateTimeOffset at) => MoveTo(RequestStatus.Reviewed, at, "Internal review completed", reviewer);

    // Internal reviews (issue 14). The review is its own root (Core/Reviews/InternalReview); the case keeps the status
    // (Responded -> InternalReview -> Reviewed) and the timeline.

    /// <summary>A first request for review of the response; <paramref name="actor"/> is null when the requester asked online.</summary>
    public void RequestInternalReview(DateTimeOffset at, string? actor, string description) =>
        MoveTo(RequestStatus.InternalReview, at, description, actor);

    /// <summary>The requester withdraws; possible while the request is open.</summary>
    public void Withdraw(DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException($"A request that is {Status.Describe().ToLowerInvariant()} cannot be withdrawn.");
        }

        SetStatus(RequestStatus.Withdrawn, at, "Withdrawn by the requester", actor: null);
    }

    /// <summary>
    /// FOIA s.1(3) and s.9(2): the clarification or fee did not arrive in time (by default 3 months), so the
    /// authority need not answer. Only possible once the clock says the request has lapsed.
    /// </summary>
    public void Lapse(string officer, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        if (Status is not (RequestStatus.AwaitingClarification or RequestStatus.AwaitingFee))
        {
            throw new DomainException("Only a request waiting for clarification or a fee can lapse.");
        }

        var reading = ReadClock(Regime, ReceivedOn, _clockEvents.Select(e => e.ToClockEvent()), calendar, UkLocalDate.FromInstant(at));
        if (!reading.Lapsed)
        {
            throw new DomainException(reading.LapsesOn is { } lapsesOn
                ? $"The request cannot be closed as lapsed until {lapsesOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}."
                : "The request cannot be closed as lapsed while its clock is running.");
        }

        SetStatus(RequestStatus.Lapsed, at, "Closed as lapsed: no reply in time", officer);
    }

    public bool CanMoveTo(RequestStatus next) => AllowedMoves[Status].Contains(next);

    /// <summary>"Returned for changes: comment", cut to fit the timeline.</summary>
    private static string WithComment(string description, string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return description;
        }

        var text = $"{description}: {comment.Trim()}";
        return text.Length <= RequestEvent.DescriptionMaxLength ? text : text[..(RequestEvent.DescriptionMaxLength - 1)] + "…";
    }

    private void MoveTo(RequestStatus next, DateTimeOffset at, string description, string? actor)
    {
        if (!CanMoveTo(next))
        {
            throw new DomainException($"A request that is {Status.Describe().ToLowerInvariant()} cannot become {next.Describe().ToLowerInvariant()}.");
        }

        SetStatus(next, at, description, actor);
    }

    private static List<ClockEvent> WithReceipt(DateOnly receivedOn, IEnumerable<ClockEvent> recorded)
    {
        var events = recorded.ToList();
        if (!events.Exists(e => e.Kind == ClockEventKind.Received))
        {
            events.Insert(0, new ClockEvent(ClockEventKind.Received, receivedOn));
        }

        return events;
    }

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Records a clock event. The statute code (<see cref="StatutoryClock.Read(Regime, IEnumerable{ClockEvent}, WorkingDayCalendar, DateOnly)"/>)
    /// decides whether the sequence can happen; the aggregate adds only the checks it cannot make (dates, open status).
    /// </summary>
    private void RecordClock(ClockEvent clockEvent, string officer, DateTimeOffset at, WorkingDayCalendar calendar, RequestStatus? next)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        ArgumentNullException.ThrowIfNull(calendar);
        var kind = clockEvent.Kind;
        if (!IsOpen)
        {
            var what = kind switch
            {
                ClockEventKind.PublicInterestExtension => "A public interest extension cannot be added",
                ClockEventKind.EirExtension => "An EIR extension cannot be added",
                _ => $"{kind.Describe()} cannot be recorded",
            };
            throw new DomainException(Status is RequestStatus.Responded or RequestStatus.InternalReview or RequestStatus.Reviewed
                ? $"{what} after the response was sent."
                : $"{what} because the request is {Status.Describe().ToLowerInvariant()}.");
        }

        var today = UkLocalDate.FromInstant(at);
        if (clockEvent.On > today)
        {
            throw new DomainException("The date cannot be in the future.");
        }

        if (clockEvent.On < ReceivedOn)
        {
            throw new DomainException($"The date cannot be before the request was received on {Format(ReceivedOn)}.");
        }

        if (_clockEvents.Count > 0 && clockEvent.On < _clockEvents[^1].On)
        {
            var last = _clockEvents[^1];
            throw new DomainException($"The date cannot be before the last clock event ({last.Kind.Describe().ToLowerInvariant()} on {Format(last.On)}).");
        }

        var events = WithReceipt(ReceivedOn, _clockEvents.Select(e => e.ToClockEvent()));
        events.Add(clockEvent);
        ClockReading reading;
        try
        {
            reading = StatutoryClock.Read(Regime, events, calendar, today);
        }
        catch (InvalidClockEventException ex)
        {
            throw new DomainException(Humanise(ex), ex);
        }

        if (next is { } status && !CanMoveTo(status))
        {
            throw new DomainException($"{kind.Describe()} cannot be recorded while the request is {Status.Describe().ToLowerInvariant()}.");
        }

        _clockEvents.Add(new RequestClockEvent(kind, clockEvent.On, clockEvent.ExtraWorkingDays, clockEvent.Reason, at.UtcDateTime, officer));

        var wasLate = LateOnOriginalDueOn is not null;
        ApplyDeadline(reading);
        var description = $"{kind.Describe()} on {Format(clockEvent.On)} ({kind.Citation(Regime)})";
        if (next is { } moveTo)
        {
            Status = moveTo;
        }

        Version = Guid.NewGuid();
        _events.Add(new RequestEvent(at.UtcDateTime, kind.ToString(), description, officer));
        if (!wasLate && LateOnOriginalDueOn is { } missed)
        {
            _events.Add(new RequestEvent(
                at.UtcDateTime,
                "LateBeforeClarification",
                $"Clarification was sought after the due date of {Format(missed)}: the request was already late and stays recorded as late; the clock restarts only for the clarified request",
                officer));
        }
    }

    /// <summary>
    /// Works the stored dates out again on <paramref name="calendar"/> (the regime's, after an admin added or removed a
    /// non-working day) and, if they moved, says so on the timeline: "Due date moved from X to Y: <paramref name="reason"/>".
    /// Returns whether anything moved. Closed requests keep their dates: their deadline is history.
    /// </summary>
    public bool RecalculateDeadline(WorkingDayCalendar calendar, DateTimeOffset at, string reason, string actor)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!IsOpen)
        {
            return false;
        }

        ClockReading reading;
        try
        {
            reading = StatutoryClock.Read(Regime, WithReceipt(ReceivedOn, _clockEvents.Select(e => e.ToClockEvent())), calendar, UkLocalDate.FromInstant(at));
        }
        catch (InvalidClockEventException)
        {
            // Events the clock refuses were recorded before its rules: leave such a case's dates for an officer to check.
            return false;
        }

        var (oldDue, oldWorkingTo) = (DueOn, WorkingToOn);
        ApplyDeadline(reading);
        if (DueOn == oldDue && WorkingToOn == oldWorkingTo)
        {
            return false;
        }

        var moves = new List<string>(2);
        if (DueOn != oldDue)
        {
            moves.Add($"Due date moved from {FormatWithWeekday(oldDue)} to {FormatWithWeekday(DueOn)}");
        }

        if (WorkingToOn != oldWorkingTo && (WorkingToOn != DueOn || oldWorkingTo != oldDue))
        {
            moves.Add($"{(moves.Count == 0 ? "Public" : "public")} interest target moved from {FormatWithWeekday(oldWorkingTo)} to {FormatWithWeekday(WorkingToOn)}");
        }

        var description = $"{string.Join("; ", moves)}: {reason.Trim()}";
        Version = Guid.NewGuid();
        _events.Add(new RequestEvent(at.UtcDateTime, "DeadlineMoved", description.Length <= RequestEvent.DescriptionMaxLength ? description : description[..(RequestEvent.DescriptionMaxLength - 1)] + "…", actor));
        return true;
    }

    private static string FormatWithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The one place the stored dates follow the clock. While clarification is awaited there is no due date (FOIA s.1(3)):
    /// both keep their last value so queues still sort.
    /// </summary>
    private void ApplyDeadline(ClockReading reading)
    {
        // FOIA s.1(3) restarts the clock but not the record: a breach before clarification was sought is kept.
        LateOnOriginalDueOn ??= reading.MissedDueOn;
        if (reading.DueOn is { } dueOn)
        {
            DueOn = dueOn;
            WorkingToOn = reading.WorkingToOn ?? dueOn;
        }
    }

    // The statute code names events by their enum names ("FeePaid on ..."); officers read plain words.
    private static string Humanise(InvalidClockEventException exception)
    {
        // ArgumentException appends " (Parameter 'events')" to its message; officers need only the sentence.
        var message = exception.Message;
        var suffix = $" (Parameter '{exception.ParamName}')";
        if (exception.ParamName is not null && message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message[..^suffix.Length];
        }

        foreach (var kind in Enum.GetValues<ClockEventKind>().OrderByDescending(k => k.ToString().Length))
        {
            if (message.StartsWith(kind.ToString() + " ", StringComparison.Ordinal))
            {
                return kind.Describe() + message[kind.ToString().Length..];
            }
        }

        return message;
    }

    private void SetStatus(RequestStatus next, DateTimeOffset at, string description, string? actor)
    {
        Status = next;
        Version = Guid.NewGuid();
        _events.Add(new RequestEvent(at.UtcDateTime, next.ToString(), description, actor));
    }
}
