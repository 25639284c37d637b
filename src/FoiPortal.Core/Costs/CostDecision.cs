using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Costs;

/// <summary>What the officer decided on the estimate.</summary>
public enum CostOutcome
{
    /// <summary>The estimate is within the limit (or the authority chooses to comply): carry on with the request.</summary>
    Proceed,

    /// <summary>FOIA s.12(1): refuse the whole request; optionally with goodwill disclosure of what was already found.</summary>
    RefuseSection12,

    /// <summary>FOIA s.12(2): refuse, and neither confirm nor deny, because determining whether held alone exceeds the limit.</summary>
    RefuseSection12Two,
}

/// <summary>Where a decision is in the manager's sign-off.</summary>
public enum SignOffState
{
    NotNeeded,
    Pending,
    Approved,
    Returned,
}

/// <summary>
/// One decision on a cost estimate, with the figures that applied when it was made (so a later change to the estimate
/// or the configuration never rewrites history) and, for a refusal, the manager's sign-off. A case can have several
/// (a returned decision is followed by a new one); the latest is the one in force.
/// </summary>
public sealed class CostDecision
{
    public const int AdviceMaxLength = 8_000;
    public const int WordingMaxLength = 20_000;
    public const int CommentMaxLength = 2_000;

    private CostDecision()
    {
        AdviceText = string.Empty;
        DecidedBy = string.Empty;
    }

    public CostDecision(
        int foiRequestId,
        CostOutcome outcome,
        bool goodwillDisclosure,
        string adviceText,
        string? refusalWording,
        decimal? limitAmount,
        long? limitMinutes,
        long estimateMinutes,
        string decidedBy,
        DateTime decidedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        if (outcome != CostOutcome.RefuseSection12 && goodwillDisclosure)
        {
            throw new DomainException("Goodwill disclosure only goes with a refusal of the whole request under section 12(1)");
        }

        FoiRequestId = foiRequestId;
        Outcome = outcome;
        GoodwillDisclosure = goodwillDisclosure;
        AdviceText = adviceText.Trim();
        RefusalWording = refusalWording;
        LimitAmount = limitAmount;
        LimitMinutes = limitMinutes;
        EstimateMinutes = estimateMinutes;
        DecidedBy = decidedBy;
        DecidedAtUtc = decidedAtUtc;
        // FOIA s.12 refusals need a manager's approval before they are sent (issue 4: manager sign-off).
        SignOff = IsRefusal ? SignOffState.Pending : SignOffState.NotNeeded;
    }

    public int Id { get; private set; }

    public int FoiRequestId { get; private set; }

    public CostOutcome Outcome { get; private set; }

    public bool GoodwillDisclosure { get; private set; }

    /// <summary>The s.16 advice and assistance as the officer finally worded it.</summary>
    public string AdviceText { get; private set; }

    /// <summary>The composed refusal text (plain text, blocks separated by blank lines) for the response letter; null when proceeding.</summary>
    public string? RefusalWording { get; private set; }

    /// <summary>The limit in pounds that applied; null under the EIR.</summary>
    public decimal? LimitAmount { get; private set; }

    /// <summary>The limit in whole minutes that applied (e.g. 1,080 for 18 hours).</summary>
    public long? LimitMinutes { get; private set; }

    /// <summary>The estimate's total when the decision was made.</summary>
    public long EstimateMinutes { get; private set; }

    public string DecidedBy { get; private set; }

    public DateTime DecidedAtUtc { get; private set; }

    public SignOffState SignOff { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    public string? ReviewComment { get; private set; }

    public bool IsRefusal => Outcome is CostOutcome.RefuseSection12 or CostOutcome.RefuseSection12Two;

    /// <summary>A manager approves. Nobody signs off their own decision (separation of duties).</summary>
    public void Approve(string manager, DateTime atUtc, string? comment)
    {
        SignOffGuard.CheckReviewable(SignOff, DecidedBy, manager, "approve");
        SignOff = SignOffState.Approved;
        Review(manager, atUtc, comment);
    }

    /// <summary>A manager sends the decision back; the comment says what to change.</summary>
    public void Return(string manager, DateTime atUtc, string comment)
    {
        SignOffGuard.RequireReturnComment(comment);
        SignOffGuard.CheckReviewable(SignOff, DecidedBy, manager, "return");
        SignOff = SignOffState.Returned;
        Review(manager, atUtc, comment);
    }

    private void Review(string manager, DateTime atUtc, string? comment)
    {
        ReviewedBy = manager;
        ReviewedAtUtc = atUtc;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}
