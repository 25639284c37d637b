using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Regulator;

public enum ComplaintStage
{
    AwaitingDecision,
    Decided,
}

/// <summary>
/// A requester's complaint to the regulator about a case (FOIA s.50; EIR reg 18; FOISA s.47): the regulator's reference,
/// the day the authority was told, the deadlines it set for submissions, its decision notice, the steps ordered and the
/// appeal deadline. A separate root keyed by <see cref="FoiRequestId"/> (docs/adr/008): every change goes through the
/// request, which must be loaded for change (its version checked) and gets the timeline entry. A case may have several
/// complaints over time, but only one waiting for a decision at once.
/// </summary>
public sealed class RegulatorComplaint
{
    public const int CaseReferenceMaxLength = 50;

    private readonly List<RegulatorDeadline> _deadlines = [];

    private RegulatorComplaint()
    {
        CaseReference = string.Empty;
        RecordedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int FoiRequestId { get; private set; }

    public Regulator Regulator { get; private set; }

    /// <summary>The case's regime when the complaint was recorded: it decides the appeal body and periods.</summary>
    public Regime Regime { get; private set; }

    /// <summary>The regulator's own case reference (e.g. IC-123456-A1B2).</summary>
    public string CaseReference { get; private set; }

    /// <summary>The day the regulator told the authority of the complaint.</summary>
    public DateOnly ToldOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public ComplaintStage Stage { get; private set; }

    public DecisionNotice? Notice { get; private set; }

    public IReadOnlyList<RegulatorDeadline> Deadlines => _deadlines;

    /// <summary>A response has been sent: only then can the requester complain about it.</summary>
    public static bool HasResponded(RequestStatus status) =>
        status is RequestStatus.Responded or RequestStatus.InternalReview or RequestStatus.Reviewed;

    /// <summary>Why a complaint cannot be recorded on a case, or null.</summary>
    public static string? WhyNotRecordable(RequestStatus status, IEnumerable<RegulatorComplaint> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (!HasResponded(status))
        {
            return "A complaint to the regulator can be recorded only once the response has been sent.";
        }

        return existing.FirstOrDefault(c => c.Stage == ComplaintStage.AwaitingDecision) is { } waiting
            ? $"This case already has a complaint waiting for a decision ({waiting.CaseReference}): record its decision notice first."
            : null;
    }

    /// <summary>Records a complaint on <paramref name="request"/>; refused with the reason from <see cref="WhyNotRecordable"/> or the dates.</summary>
    public static RegulatorComplaint Record(FoiRequest request, IEnumerable<RegulatorComplaint> existing, string caseReference, DateOnly toldOn, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (WhyNotRecordable(request.Status, existing) is { } why)
        {
            throw new DomainException(why);
        }

        if (toldOn > UkLocalDate.FromInstant(at))
        {
            throw new DomainException("The date the authority was told of the complaint cannot be in the future.");
        }

        if (request.ClockEvents.LastOrDefault(e => e.Kind == ClockEventKind.ResponseSent) is { } sent && toldOn < sent.On)
        {
            throw new DomainException($"The date the authority was told of the complaint cannot be before the response was sent on {RegulatorText.Full(sent.On)}.");
        }

        var regulator = RegulatorRules.RegulatorFor(request.Regime);
        var complaint = new RegulatorComplaint
        {
            FoiRequestId = request.Id,
            Regulator = regulator,
            Regime = request.Regime,
            CaseReference = caseReference.Trim(),
            ToldOn = toldOn,
            RecordedBy = actor,
            RecordedAtUtc = at.UtcDateTime,
            Stage = ComplaintStage.AwaitingDecision,
        };
        request.RecordCaseWork("RegulatorComplaint", $"Complaint to the {regulator.Name()} recorded ({complaint.CaseReference}); the authority was told on {RegulatorText.Full(toldOn)}", actor, at);
        return complaint;
    }

    /// <summary>The regulator asked for submissions by <paramref name="dueOn"/>.</summary>
    public RegulatorDeadline AddSubmissionDeadline(FoiRequest request, DateOnly dueOn, string description, string actor, DateTimeOffset at)
    {
        EnsureOwn(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (Stage == ComplaintStage.Decided)
        {
            throw new DomainException("The decision notice has been recorded, so no more submission deadlines can be added.");
        }

        if (dueOn < ToldOn)
        {
            throw new DomainException($"The deadline cannot be before the authority was told of the complaint on {RegulatorText.Full(ToldOn)}.");
        }

        var deadline = new RegulatorDeadline(RegulatorDeadlineKind.Submission, dueOn, description.Trim(), actor);
        _deadlines.Add(deadline);
        request.RecordCaseWork("RegulatorDeadline", $"{CaseReference}: submissions due {RegulatorText.Full(dueOn)}: {deadline.Description}", actor, at);
        return deadline;
    }

    /// <summary>The submissions were sent on <paramref name="sentOn"/>; <paramref name="note"/> says what was sent.</summary>
    public void CompleteSubmission(FoiRequest request, int deadlineId, DateOnly sentOn, string note, string actor, DateTimeOffset at)
    {
        EnsureOwn(request);
        var deadline = _deadlines.SingleOrDefault(d => d.Id == deadlineId && d.Kind == RegulatorDeadlineKind.Submission)
            ?? throw new DomainException("There is no such submission deadline on this complaint.");
        if (deadline.State != RegulatorDeadlineState.Open)
        {
            throw new DomainException("These submissions have already been recorded as sent, or are no longer needed.");
        }

        Complete(deadline, sentOn, note, actor, at);
        request.RecordCaseWork("RegulatorSubmission", $"{CaseReference}: submissions sent on {RegulatorText.Full(sentOn)}", actor, at);
    }

    /// <summary>
    /// Records the regulator's decision. A served notice brings the appeal deadline (FOIA s.57; FOISA s.56) and, when steps
    /// are ordered, the steps deadline; open submission deadlines are no longer needed.
    /// </summary>
    public void RecordDecisionNotice(
        FoiRequest request, DecisionOutcome outcome, string reference, DateOnly noticeOn, string? stepsOrdered, int? stepsPeriodDays, string actor, DateTimeOffset at)
    {
        EnsureOwn(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (Stage == ComplaintStage.Decided)
        {
            throw new DomainException("The decision on this complaint has already been recorded.");
        }

        var steps = string.IsNullOrWhiteSpace(stepsOrdered) ? null : stepsOrdered.Trim();
        if (DecisionNotice.WhyNot(outcome, noticeOn, UkLocalDate.FromInstant(at), ToldOn, steps is not null, stepsPeriodDays, Regime) is { } why)
        {
            throw new DomainException(why);
        }

        Notice = new DecisionNotice(outcome, reference.Trim(), noticeOn, steps, steps is null ? null : stepsPeriodDays, actor, at.UtcDateTime);
        Stage = ComplaintStage.Decided;
        foreach (var open in _deadlines.Where(d => d.Kind == RegulatorDeadlineKind.Submission && d.State == RegulatorDeadlineState.Open))
        {
            open.Supersede();
        }

        var description = $"{CaseReference}: decision notice {Notice.Reference} of {RegulatorText.Full(noticeOn)} recorded: {outcome.Describe().ToLowerInvariant()}";
        if (steps is not null)
        {
            var due = RegulatorRules.StepsDueOn(noticeOn, stepsPeriodDays!.Value);
            _deadlines.Add(new RegulatorDeadline(RegulatorDeadlineKind.StepsDue, due, $"Take the steps ordered ({stepsPeriodDays} calendar days)", actor));
            description += $"; steps due {RegulatorText.Full(due)}";
        }

        if (DecisionNotice.IsServed(outcome))
        {
            var appealBy = RegulatorRules.AppealBy(noticeOn, Regime);
            _deadlines.Add(new RegulatorDeadline(RegulatorDeadlineKind.AppealBy, appealBy, $"Appeal to the {RegulatorRules.AppealBody(Regime)} ({RegulatorRules.AppealCitation(Regime)})", actor));
            description += $"; appeal by {RegulatorText.Full(appealBy)}";
        }

        request.RecordCaseWork("DecisionNotice", description, actor, at);
    }

    /// <summary>The steps the notice ordered were taken on <paramref name="takenOn"/>; <paramref name="note"/> says what was done.</summary>
    public void RecordStepsTaken(FoiRequest request, DateOnly takenOn, string note, string actor, DateTimeOffset at)
    {
        EnsureOwn(request);
        if (WhyNotStepsTakenRecordable is { } why)
        {
            throw new DomainException(why);
        }

        var deadline = _deadlines.Single(d => d.Kind == RegulatorDeadlineKind.StepsDue);
        if (takenOn < Notice!.NoticeOn)
        {
            throw new DomainException($"The steps cannot have been taken before the decision notice of {RegulatorText.Full(Notice.NoticeOn)}.");
        }

        Complete(deadline, takenOn, note, actor, at);
        request.RecordCaseWork("StepsTaken", $"{CaseReference}: steps ordered by the decision notice taken on {RegulatorText.Full(takenOn)}", actor, at);
    }

    /// <summary>Why "steps taken" cannot be recorded now, or null.</summary>
    public string? WhyNotStepsTakenRecordable
    {
        get
        {
            if (Notice is null)
            {
                return "The decision notice has not been recorded yet.";
            }

            return _deadlines.SingleOrDefault(d => d.Kind == RegulatorDeadlineKind.StepsDue) switch
            {
                null => "The decision notice ordered no steps.",
                { State: RegulatorDeadlineState.Done } => "The steps have already been recorded as taken.",
                _ => null,
            };
        }
    }

    /// <summary>Waiting for a decision, or with a deadline still to come.</summary>
    public bool IsOpenOn(DateOnly today) => Stage == ComplaintStage.AwaitingDecision || _deadlines.Exists(d => d.IsPending(today));

    /// <summary>The soonest deadline still to come (submissions, steps or appeal), or null.</summary>
    public RegulatorDeadline? NextDeadline(DateOnly today) =>
        _deadlines.Where(d => d.IsPending(today)).OrderBy(d => d.DueOn).ThenBy(d => d.Kind).FirstOrDefault();

    private void Complete(RegulatorDeadline deadline, DateOnly on, string note, string actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (on > UkLocalDate.FromInstant(at))
        {
            throw new DomainException("The date cannot be in the future.");
        }

        if (on < ToldOn)
        {
            throw new DomainException($"The date cannot be before the authority was told of the complaint on {RegulatorText.Full(ToldOn)}.");
        }

        deadline.MarkDone(on, note.Trim(), actor);
    }

    private void EnsureOwn(FoiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Id != FoiRequestId)
        {
            throw new ArgumentException("The complaint belongs to another request.", nameof(request));
        }
    }
}
