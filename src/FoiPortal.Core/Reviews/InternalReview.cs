using System.Globalization;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Reviews;

/// <summary>Where an internal review is. Its request moves Responded -> InternalReview -> Reviewed alongside (docs/adr/010).</summary>
public enum ReviewStatus
{
    /// <summary>Asked for, no reviewer yet.</summary>
    Open,

    /// <summary>A reviewer has it.</summary>
    Assigned,

    /// <summary>Every question has an outcome; the outcome letter is still to be sent.</summary>
    OutcomeRecorded,

    /// <summary>The outcome letter was sent.</summary>
    Closed,

    /// <summary>A second request for review of the same response: linked to the first and answered with it.</summary>
    Linked,
}

/// <summary>What the reviewer found on one question (s.45 Code para 5.9-5.10).</summary>
public enum ReviewFinding
{
    Upheld,
    PartlyUpheld,
    Overturned,
}

/// <summary>
/// A requester's request for an internal review of the response to their request (FOIA s.45 Code of Practice (2018)
/// part 5, EIR reg 11, FOISA s.20-21), a separate root keyed by <see cref="FoiRequestId"/> like the case's decisions
/// (docs/adr/008). Its dates come from <see cref="ReviewClock"/>; "overdue" comes from <see cref="DeadlineStatus"/>.
/// </summary>
public sealed class InternalReview
{
    public const int GroundsMaxLength = 5_000;
    public const int ReasonMaxLength = 2_000;
    public const int ReleasedMaxLength = 10_000;

    private readonly List<ReviewQuestion> _questions = [];

    private InternalReview()
    {
        Grounds = string.Empty;
    }

    public int Id { get; private set; }

    public int FoiRequestId { get; private set; }

    /// <summary>Copied from the request when asked for: the law fixes the review's clock and calendar.</summary>
    public Regime Regime { get; private set; }

    public Channel Channel { get; private set; }

    /// <summary>The UK local date the review request was received (its real date when staff log it later).</summary>
    public DateOnly ReceivedOn { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The member of staff who logged a review that came by email or post; null when the requester asked online.</summary>
    public string? LoggedBy { get; private set; }

    /// <summary>What the requester is unhappy with overall.</summary>
    public string Grounds { get; private set; }

    public ReviewStatus Status { get; private set; }

    /// <summary>The user name of the member of staff reviewing; never someone who took part in the original decision (Code para 5.8).</summary>
    public string? Reviewer { get; private set; }

    /// <summary>The response due date from <see cref="ReviewClock"/>, stored (like <see cref="FoiRequest.WorkingToOn"/>) so the review queue can sort in SQL.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The furthest a permitted extension could take it.</summary>
    public DateOnly LatestOn { get; private set; }

    /// <summary>FOIA only (Code para 5.5): extra working days, once, with a reason.</summary>
    public int? ExtraWorkingDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>Why a member of staff accepted a review asked for after the 40 working days (null when in time).</summary>
    public string? AcceptedLateReason { get; private set; }

    /// <summary>The first review of the same response, when this is a second request for one.</summary>
    public int? LinkedToReviewId { get; private set; }

    /// <summary>The reviewer's overall findings, shown first in the outcome letter.</summary>
    public string? Summary { get; private set; }

    /// <summary>The day the outcome letter was sent.</summary>
    public DateOnly? RespondedOn { get; private set; }

    /// <summary>The outcome letter as sent (PDF), immutable once the review is closed; its HTML is rendered from the same model.</summary>
    public byte[]? OutcomeLetterPdf { get; private set; }

    /// <summary>SHA-256 of <see cref="OutcomeLetterPdf"/> (hex), recorded when it was sent.</summary>
    public string? OutcomeLetterSha256 { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>One row per question of the request: the requester's grounds for it (optional) and the reviewer's finding.</summary>
    public IReadOnlyList<ReviewQuestion> Questions => _questions;

    /// <summary>Still being reviewed: in the queue, on the clock.</summary>
    public static IReadOnlyList<ReviewStatus> OpenStatuses { get; } = [ReviewStatus.Open, ReviewStatus.Assigned, ReviewStatus.OutcomeRecorded];

    public bool IsOpen => OpenStatuses.Contains(Status);

    /// <summary>
    /// Records a request for review of <paramref name="request"/>'s response, received on <paramref name="receivedOn"/>.
    /// A first request moves the case to InternalReview; a second one for the same response is linked to
    /// <paramref name="earlier"/> and answered with it. Refused after the 40 working days unless a member of staff
    /// (<paramref name="loggedBy"/>) accepts it late with a reason.
    /// </summary>
    public static InternalReview Ask(
        FoiRequest request,
        InternalReview? earlier,
        Channel channel,
        DateOnly receivedOn,
        string grounds,
        IReadOnlyDictionary<int, string> questionGrounds,
        string? loggedBy,
        string? acceptedLateReason,
        DateTimeOffset at,
        WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(questionGrounds);
        var respondedOn = request.ClockEvents.LastOrDefault(e => e.Kind == ClockEventKind.ResponseSent)?.On;
        if (ReviewRules.WhyNotAsk(request.Status, respondedOn, receivedOn, UkLocalDate.FromInstant(at), calendar, loggedBy, acceptedLateReason) is { } why)
        {
            throw new DomainException(why);
        }

        if (string.IsNullOrWhiteSpace(grounds))
        {
            throw new DomainException("Enter what you are unhappy with.");
        }

        var late = receivedOn > ReviewWindow.ClosesOn(respondedOn!.Value, calendar);
        var deadline = ReviewClock.Due(request.Regime, receivedOn, calendar);
        var review = new InternalReview
        {
            FoiRequestId = request.Id,
            Regime = request.Regime,
            Channel = channel,
            ReceivedOn = receivedOn,
            RecordedAtUtc = at.UtcDateTime,
            LoggedBy = loggedBy,
            Grounds = Cut(grounds, GroundsMaxLength),
            Status = earlier is null ? ReviewStatus.Open : ReviewStatus.Linked,
            LinkedToReviewId = earlier?.Id,
            DueOn = deadline.DueOn,
            LatestOn = deadline.LatestOn,
            AcceptedLateReason = late ? Cut(acceptedLateReason!, ReasonMaxLength) : null,
            Version = Guid.NewGuid(),
        };
        foreach (var question in request.Questions.OrderBy(q => q.Number))
        {
            review._questions.Add(new ReviewQuestion(
                question.Number,
                questionGrounds.TryGetValue(question.Number, out var text) && !string.IsNullOrWhiteSpace(text) ? Cut(text, GroundsMaxLength) : null));
        }

        var how = loggedBy is null ? "online" : $"by {channel.ToString().ToLowerInvariant()}";
        if (earlier is null)
        {
            request.RequestInternalReview(at, loggedBy, $"Internal review requested {how} on {Format(receivedOn)}{(late ? " (accepted late)" : string.Empty)}");
        }
        else
        {
            request.RecordCaseWork("ReviewLinked", $"A further request for review {how} on {Format(receivedOn)} was linked to the review asked for on {Format(earlier.ReceivedOn)}", loggedBy, at);
        }

        return review;
    }

    /// <summary>Gives the review to <paramref name="reviewer"/>, who must have taken no part in the original decision (Code para 5.8).</summary>
    public void Assign(string reviewer, ReviewIndependence independence, FoiRequest request, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentNullException.ThrowIfNull(independence);
        ArgumentNullException.ThrowIfNull(request);
        EnsureOpen();
        if (independence.WhyNotReviewer(reviewer) is { } why)
        {
            throw new DomainException(why);
        }

        Reviewer = reviewer;
        if (Status == ReviewStatus.Open)
        {
            Status = ReviewStatus.Assigned;
        }

        Version = Guid.NewGuid();
        request.RecordCaseWork("ReviewAssigned", $"Internal review assigned to {reviewer}", by, at);
    }

    /// <summary>FOIA only (s.45 Code para 5.5): once, with a reason, to at most 40 working days in all.</summary>
    public void Extend(int extraWorkingDays, string reason, FoiRequest request, string by, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureOpen();
        if (ReviewClock.WhyNotExtendable(Regime, ExtraWorkingDays is not null, extraWorkingDays) is { } why)
        {
            throw new DomainException(why);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Enter why the review needs more time.");
        }

        var deadline = ReviewClock.Due(Regime, ReceivedOn, calendar, extraWorkingDays);
        ExtraWorkingDays = extraWorkingDays;
        ExtensionReason = Cut(reason, ReasonMaxLength);
        DueOn = deadline.DueOn;
        Version = Guid.NewGuid();
        request.RecordCaseWork("ReviewExtended", $"Internal review extended by {extraWorkingDays} working days to {Format(DueOn)}", by, at);
    }

    /// <summary>
    /// The reviewer records the finding on one question, with reasons. Only the assigned reviewer may. Information is
    /// released only through a new decision (<see cref="RecordDecision"/>); an upheld finding releases nothing.
    /// </summary>
    public void RecordFinding(int questionNumber, ReviewFinding finding, string reasons, string by, ReviewIndependence independence)
    {
        ArgumentNullException.ThrowIfNull(independence);
        if (ReviewRules.WhyNotRecord(this, by, independence) is { } why)
        {
            throw new DomainException(why);
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new DomainException("Enter the reasons for the finding.");
        }

        var question = _questions.SingleOrDefault(q => q.Number == questionNumber)
            ?? throw new DomainException($"The request has no question {questionNumber}.");
        question.Record(finding, Cut(reasons, ReasonMaxLength));
        Status = _questions.TrueForAll(q => q.Finding is not null) ? ReviewStatus.OutcomeRecorded : ReviewStatus.Assigned;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// The reviewer records the new decision on a question whose refusal they overturned or partly upheld, with the
    /// first response's rules (<see cref="ExemptionDecision.Record"/>: the same validation and the same sign-off), and the
    /// information now released when the decision discloses any. The original decisions are not touched: the new one is
    /// the review's (<see cref="ExemptionDecision.InternalReviewId"/>). The caller adds it, and removes
    /// <see cref="ReviewDecisions.For"/> the question when it replaces an earlier one.
    /// </summary>
    public ExemptionDecision RecordDecision(
        ReviewDecisions decisions,
        ExemptionDecisionDraft draft,
        string? released,
        ExemptionCatalogue catalogue,
        string by,
        ReviewIndependence independence,
        FoiRequest request,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(decisions.Review, this))
        {
            throw new ArgumentException("The decisions must be this review's.", nameof(decisions));
        }

        if ((ReviewRules.WhyNotRecord(this, by, independence) ?? decisions.WhyNotRecord(draft.QuestionNumber)) is { } why)
        {
            throw new DomainException(why);
        }

        var decision = ExemptionDecision.Record(FoiRequestId, draft, Regime, catalogue, by, at.UtcDateTime);
        if (ReviewDecisions.WhyNotReleased(draft.QuestionNumber, decision.Outcome, released) is { } notReleased)
        {
            throw new DomainException(notReleased);
        }

        decision.MadeOnReview(Id);
        decisions.Put(decision);
        _questions.Single(q => q.Number == draft.QuestionNumber).Release(ReviewDecisions.Releases(decision.Outcome) ? Cut(released!, ReleasedMaxLength) : null);
        Version = Guid.NewGuid();
        request.RecordCaseWork(
            "ReviewDecisionRecorded",
            $"Internal review: new decision on question {draft.QuestionNumber}{(decision.SignOff.State == SignOffState.Pending ? ", waiting for a manager's sign-off" : string.Empty)}",
            by,
            at);
        return decision;
    }

    /// <summary>The reviewer takes back the new decision on a question (e.g. its finding is now upheld), unless a manager approved it.</summary>
    public void RemoveDecision(ReviewDecisions decisions, ExemptionDecision decision, string by, ReviewIndependence independence, FoiRequest request, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(request);
        if (ReviewRules.WhyNotRecord(this, by, independence) is { } why)
        {
            throw new DomainException(why);
        }

        if (decision.InternalReviewId != Id)
        {
            throw new DomainException("That decision is not one of this review's.");
        }

        decision.EnsureRemovable();
        decisions.Remove(decision);
        _questions.Single(q => q.Number == decision.QuestionNumber).Release(null);
        Version = Guid.NewGuid();
        request.RecordCaseWork("ReviewDecisionRemoved", $"Internal review: new decision on question {decision.QuestionNumber} removed", by, at);
    }

    /// <summary>
    /// A manager approves (or returns, with a comment) the review's new decisions waiting for sign-off: a manager who did
    /// not make them and took no part in the original decision (<see cref="ReviewDecisions.WhyNotSignOff"/>).
    /// </summary>
    public void SignOffDecisions(ReviewDecisions decisions, bool approve, string? comment, SignOffReviewer manager, ReviewIndependence independence, FoiRequest request, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(request);
        EnsureOpen();
        var questions = string.Join(", ", decisions.Pending.Select(d => d.QuestionNumber));
        if (approve)
        {
            decisions.Approve(manager, independence, at.UtcDateTime, comment);
        }
        else
        {
            decisions.Return(manager, independence, at.UtcDateTime, comment ?? string.Empty);
        }

        Version = Guid.NewGuid();
        request.RecordCaseWork(
            approve ? "ReviewDecisionsApproved" : "ReviewDecisionsReturned",
            $"Internal review: new decision on question{(questions.Contains(',', StringComparison.Ordinal) ? "s" : string.Empty)} {questions} {(approve ? "approved" : "returned to the reviewer")}",
            manager.UserName,
            at);
    }

    public void SetSummary(string? summary, string by, ReviewIndependence independence)
    {
        ArgumentNullException.ThrowIfNull(independence);
        if (ReviewRules.WhyNotRecord(this, by, independence) is { } why)
        {
            throw new DomainException(why);
        }

        Summary = string.IsNullOrWhiteSpace(summary) ? null : Cut(summary, GroundsMaxLength);
        Version = Guid.NewGuid();
    }

    /// <summary>The outcome letter was sent (after the pre-send check, <see cref="ReviewRules.WhyNotSend(ReviewDecisions)"/>): the review closes and the case becomes Reviewed; linked reviews close with it.</summary>
    public void Close(FoiRequest request, string by, DateTimeOffset at, IEnumerable<InternalReview> linked, byte[] outcomeLetterPdf, ReviewDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(linked);
        ArgumentNullException.ThrowIfNull(outcomeLetterPdf);
        ArgumentNullException.ThrowIfNull(decisions);
        if (!ReferenceEquals(decisions.Review, this))
        {
            throw new ArgumentException("The decisions must be this review's.", nameof(decisions));
        }

        if (ReviewRules.WhyNotSend(decisions) is { } why)
        {
            throw new DomainException(why);
        }

        Status = ReviewStatus.Closed;
        RespondedOn = UkLocalDate.FromInstant(at);
        OutcomeLetterPdf = outcomeLetterPdf;
        OutcomeLetterSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(outcomeLetterPdf));
        Version = Guid.NewGuid();
        foreach (var other in linked.Where(l => l.LinkedToReviewId == Id))
        {
            other.Status = ReviewStatus.Closed;
            other.RespondedOn = RespondedOn;
            other.Version = Guid.NewGuid();
        }

        request.CompleteInternalReview(by, at);
    }

    private void EnsureOpen()
    {
        if (Status == ReviewStatus.Linked)
        {
            throw new DomainException("This request for review is linked to an earlier one: work on that review instead.");
        }

        if (!IsOpen)
        {
            throw new DomainException("This review has been closed: its outcome letter was sent.");
        }
    }

    private static string Cut(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>One question of the request under review: the requester's grounds for it, and the reviewer's finding.</summary>
public sealed class ReviewQuestion
{
    private ReviewQuestion()
    {
    }

    internal ReviewQuestion(int number, string? grounds)
    {
        Number = number;
        Grounds = grounds;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string? Grounds { get; private set; }

    public ReviewFinding? Finding { get; private set; }

    public string? Reasons { get; private set; }

    /// <summary>The information now released on this question, recorded with the review's new decision that discloses it (<see cref="InternalReview.RecordDecision"/>).</summary>
    public string? Released { get; private set; }

    internal void Record(ReviewFinding finding, string reasons)
    {
        Finding = finding;
        Reasons = reasons;
        if (finding == ReviewFinding.Upheld)
        {
            Released = null;
        }
    }

    internal void Release(string? released) => Released = released;
}
