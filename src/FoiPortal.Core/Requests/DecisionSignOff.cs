using FoiPortal.Core.Staff;

namespace FoiPortal.Core.Requests;

/// <summary>Where a decision is in the manager's sign-off.</summary>
public enum SignOffState
{
    NotNeeded,
    Pending,
    Approved,
    Returned,
}

/// <summary>
/// Who is reviewing a decision: their user name and whether they hold the Manager role. Only managers sign off
/// (issue 4 and 5: s.12 refusals, sensitive exemptions and every NCND).
/// </summary>
public sealed record SignOffReviewer(string UserName, bool IsManager)
{
    public static SignOffReviewer From(string userName, IEnumerable<string> roles) =>
        new(userName, roles.Contains(StaffRoles.Manager, StringComparer.Ordinal));
}

/// <summary>A decision that may need a manager's sign-off: a cost decision or an exemption decision.</summary>
public interface ISignedOffDecision
{
    int Id { get; }

    int FoiRequestId { get; }

    /// <summary>The user name of whoever made the decision; they may never sign it off themselves.</summary>
    string DecidedBy { get; }

    DecisionSignOff SignOff { get; }
}

/// <summary>
/// The manager's sign-off of one decision (an owned value of <c>CostDecision</c> and <c>ExemptionDecision</c>, stored
/// in the decision's own row): its state, who reviewed it, when, and their comment, with the one definition of who may
/// sign off: a manager, never the person who made the decision (separation of duties). The transitions are reached
/// through <see cref="CaseSignOffs"/> and <see cref="FoiRequest"/>, so the case always counts what is outstanding.
/// </summary>
public sealed class DecisionSignOff
{
    public const int CommentMaxLength = 2_000;

    private DecisionSignOff()
    {
    }

    public SignOffState State { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    /// <summary>The manager's comment: what to change on a return, or a note on an approval.</summary>
    public string? Comment { get; private set; }

    /// <summary>Still needs a manager: waiting for sign-off, or returned and not yet sent back.</summary>
    public bool IsOutstanding => State is SignOffState.Pending or SignOffState.Returned;

    /// <summary>A new decision: Pending when it needs a manager, otherwise NotNeeded.</summary>
    public static DecisionSignOff Start(bool needed) => new() { State = needed ? SignOffState.Pending : SignOffState.NotNeeded };

    /// <summary>Why <paramref name="reviewer"/> cannot approve or return this decision now; null when they can.</summary>
    /// <param name="verb">"approve" or "return", for the message.</param>
    public string? WhyNotReviewable(string decidedBy, SignOffReviewer reviewer, string verb)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (!reviewer.IsManager)
        {
            return "Only managers can sign off decisions";
        }

        if (State != SignOffState.Pending)
        {
            return "This decision is not waiting for sign-off";
        }

        return string.Equals(reviewer.UserName, decidedBy, StringComparison.OrdinalIgnoreCase)
            ? $"You made this decision, so you cannot {verb} it: another manager must sign it off"
            : null;
    }

    internal void Approve(string decidedBy, SignOffReviewer reviewer, DateTime atUtc, string? comment)
    {
        Check(WhyNotReviewable(decidedBy, reviewer, "approve"));
        State = SignOffState.Approved;
        Review(reviewer, atUtc, comment);
    }

    internal void Return(string decidedBy, SignOffReviewer reviewer, DateTime atUtc, string comment)
    {
        Check(string.IsNullOrWhiteSpace(comment) ? "Enter a comment saying what needs to change" : null);
        Check(WhyNotReviewable(decidedBy, reviewer, "return"));
        State = SignOffState.Returned;
        Review(reviewer, atUtc, comment);
    }

    /// <summary>The officer sends the case again: a returned decision they kept goes back to the manager.</summary>
    internal void Resubmit()
    {
        if (State == SignOffState.Returned)
        {
            State = SignOffState.Pending;
        }
    }

    private static void Check(string? whyNot)
    {
        if (whyNot is not null)
        {
            throw new DomainException(whyNot);
        }
    }

    private void Review(SignOffReviewer reviewer, DateTime atUtc, string? comment)
    {
        ReviewedBy = reviewer.UserName;
        ReviewedAtUtc = atUtc;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}
