using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;

namespace FoiPortal.Core.Requests;

/// <summary>The two parts of a case a manager signs off, each on its own review page.</summary>
public enum SignOffPart
{
    /// <summary>The cost decision in force (a s.12 refusal).</summary>
    CostDecision,

    /// <summary>The exemption decisions waiting together (sensitive provisions and every NCND): one s.17 notice.</summary>
    ExemptionDecisions,
}

/// <summary>One decision that still needs a manager, and why it needs one.</summary>
/// <param name="Reason">"Question 2: neither confirm nor deny", "The cost decision refuses the request under section 12(1)".</param>
public sealed record OutstandingSignOff(SignOffPart Part, int DecisionId, SignOffState State, string Reason);

/// <summary>
/// Everything on one case that may need a manager's sign-off: the cost decision in force (the latest; earlier ones were
/// replaced) and the exemption decisions. The one place that counts what is outstanding, says why the case cannot be
/// sent for sign-off, and applies a manager's approval or return to a part of the case. <see cref="FoiRequest"/> takes
/// it in <see cref="FoiRequest.SubmitForSignOff"/>, <see cref="FoiRequest.RecordApproval"/> and
/// <see cref="FoiRequest.ReturnToOfficer"/>, so no caller passes a count. Build it from tracked decisions when a
/// transition will change them.
/// </summary>
public sealed class CaseSignOffs
{
    private readonly List<ExemptionDecision> _exemptionDecisions;

    public CaseSignOffs(int foiRequestId, CostDecision? costDecisionInForce, IEnumerable<ExemptionDecision> exemptionDecisions)
    {
        ArgumentNullException.ThrowIfNull(exemptionDecisions);
        _exemptionDecisions = [.. exemptionDecisions.OrderBy(d => d.QuestionNumber).ThenBy(d => d.Id)];
        if ((costDecisionInForce is not null && costDecisionInForce.FoiRequestId != foiRequestId)
            || _exemptionDecisions.Exists(d => d.FoiRequestId != foiRequestId))
        {
            throw new ArgumentException("Every decision must belong to the request.", nameof(exemptionDecisions));
        }

        FoiRequestId = foiRequestId;
        CostDecision = costDecisionInForce;
    }

    public int FoiRequestId { get; }

    public CostDecision? CostDecision { get; }

    public IReadOnlyList<ExemptionDecision> ExemptionDecisions => _exemptionDecisions;

    /// <summary>What still needs a manager (pending, or returned and not yet sent back), cost decision first.</summary>
    public IReadOnlyList<OutstandingSignOff> Outstanding
    {
        get
        {
            var outstanding = new List<OutstandingSignOff>();
            if (CostDecision is { SignOff.IsOutstanding: true } cost)
            {
                var section = cost.Outcome == CostOutcome.RefuseSection12Two ? "section 12(2)" : "section 12(1)";
                outstanding.Add(new(SignOffPart.CostDecision, cost.Id, cost.SignOff.State, $"The cost decision refuses the request under {section}"));
            }

            outstanding.AddRange(_exemptionDecisions.Where(d => d.SignOff.IsOutstanding).Select(d => new OutstandingSignOff(
                SignOffPart.ExemptionDecisions,
                d.Id,
                d.SignOff.State,
                d.Outcome switch
                {
                    QuestionOutcome.NeitherConfirmNorDeny => $"Question {d.QuestionNumber}: neither confirm nor deny",
                    QuestionOutcome.Vexatious => $"Question {d.QuestionNumber}: refused as vexatious (section 14(1))",
                    QuestionOutcome.Repeated => $"Question {d.QuestionNumber}: refused as repeated (section 14(2))",
                    _ => $"Question {d.QuestionNumber}: relies on an exemption this authority treats as sensitive",
                })));
            return outstanding;
        }
    }

    /// <summary>Every sign-off the case needs has been given, or none was needed: a response may be sent.</summary>
    public bool AllApproved => Outstanding.Count == 0;

    /// <summary>Why the officer cannot send the case to a manager now; null when they can.</summary>
    public string? WhyNotSubmittable
    {
        get
        {
            if (CostDecision?.SignOff.State == SignOffState.Returned)
            {
                return "A manager returned the cost decision: make a new cost decision before sending the case for sign-off";
            }

            return Outstanding.Count == 0 ? "Nothing on this request needs a manager's sign-off" : null;
        }
    }

    /// <summary>The decisions of <paramref name="part"/> waiting for a manager now.</summary>
    public IReadOnlyList<ISignedOffDecision> PendingIn(SignOffPart part) => part switch
    {
        SignOffPart.CostDecision => CostDecision is { SignOff.State: SignOffState.Pending } cost ? [cost] : [],
        _ => [.. _exemptionDecisions.Where(d => d.SignOff.State == SignOffState.Pending)],
    };

    /// <summary>How the timeline and the officer's email name the part: "Cost decision", "Exemption decisions".</summary>
    public string PartName(SignOffPart part) => part switch
    {
        SignOffPart.CostDecision => "Cost decision",
        _ => PendingIn(part).Count == 1 ? "Exemption decision" : "Exemption decisions",
    };

    /// <summary>
    /// Why <paramref name="reviewer"/> cannot approve or return <paramref name="part"/> now; null when they can. Every
    /// decision of the part must be reviewable by them: a manager signs off none of their own decisions.
    /// </summary>
    /// <param name="verb">"approve" or "return".</param>
    public string? WhyNotReviewable(SignOffPart part, SignOffReviewer reviewer, string verb)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (!reviewer.IsManager)
        {
            return "Only managers can sign off decisions";
        }

        var pending = PendingIn(part);
        if (pending.Count == 0)
        {
            return part == SignOffPart.CostDecision
                ? "The cost decision is not waiting for sign-off"
                : "No exemption decision on this request is waiting for sign-off";
        }

        return pending.Select(d => d.SignOff.WhyNotReviewable(d.DecidedBy, reviewer, verb)).FirstOrDefault(w => w is not null);
    }

    /// <summary>Returned exemption decisions go back to the manager with the case; returns how many are outstanding.</summary>
    internal int Resubmit()
    {
        foreach (var decision in _exemptionDecisions)
        {
            decision.SignOff.Resubmit();
        }

        return Outstanding.Count;
    }

    internal void Approve(SignOffPart part, SignOffReviewer reviewer, DateTime atUtc, string? comment)
    {
        Check(WhyNotReviewable(part, reviewer, "approve"));
        foreach (var decision in PendingIn(part))
        {
            decision.SignOff.Approve(decision.DecidedBy, reviewer, atUtc, comment);
        }
    }

    internal void Return(SignOffPart part, SignOffReviewer reviewer, DateTime atUtc, string comment)
    {
        Check(string.IsNullOrWhiteSpace(comment) ? "Enter a comment saying what needs to change" : null);
        Check(WhyNotReviewable(part, reviewer, "return"));
        foreach (var decision in PendingIn(part))
        {
            decision.SignOff.Return(decision.DecidedBy, reviewer, atUtc, comment);
        }
    }

    private static void Check(string? whyNot)
    {
        if (whyNot is not null)
        {
            throw new DomainException(whyNot);
        }
    }
}
