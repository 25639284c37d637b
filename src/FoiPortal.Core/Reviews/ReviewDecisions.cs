using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Reviews;

/// <summary>
/// The new decisions an internal review makes (issue 14): where the reviewer overturns (or partly upholds) the refusal of
/// a question, they record the question's new decision with the same rules as a first response
/// (<see cref="ExemptionDecision.Record"/>: <see cref="ExemptionDecisionRules.Validate"/> and
/// <see cref="ExemptionDecisionRules.RequiresSignOff"/>), as a new row beside the original, which stays on record. A
/// manager signs it off where the first response would have needed it, never its maker and never someone who took part
/// in the original decision (s.45 Code para 5.8, <see cref="ReviewIndependence"/>). The outcome letter's released
/// information comes only from these decisions. One new decision per question; recording again replaces it until a
/// manager has approved it.
/// </summary>
public sealed class ReviewDecisions
{
    /// <summary>The query filter that keeps a review's decisions out of the case's own (original) decisions.</summary>
    public const string OriginalOnlyFilter = "OriginalDecisionsOnly";

    private readonly List<ExemptionDecision> _decisions;
    private readonly HashSet<int> _refused;

    public ReviewDecisions(InternalReview review, IEnumerable<ExemptionDecision> reviewDecisions, IEnumerable<int> refusedQuestions)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(reviewDecisions);
        ArgumentNullException.ThrowIfNull(refusedQuestions);
        Review = review;
        _decisions = [.. reviewDecisions.OrderBy(d => d.QuestionNumber).ThenBy(d => d.Id)];
        if (_decisions.Exists(d => d.InternalReviewId != review.Id || d.FoiRequestId != review.FoiRequestId))
        {
            throw new ArgumentException("Every decision must be one of this review's.", nameof(reviewDecisions));
        }

        _refused = [.. refusedQuestions];
    }

    public InternalReview Review { get; }

    public IReadOnlyList<ExemptionDecision> Decisions => _decisions;

    /// <summary>The questions the original response refused in whole or part.</summary>
    public IReadOnlyCollection<int> RefusedQuestions => _refused;

    /// <summary>
    /// The questions the original response refused in whole or in part: any original decision on it other than
    /// "disclosed" (withheld, partly disclosed, NCND, not held, s.14), and the questions a s.12 refusal in force covers
    /// (all of them when it refuses the whole request).
    /// </summary>
    public static IReadOnlyList<int> RefusedIn(IEnumerable<ExemptionDecision> originals, CostDecision? costDecisionInForce, int questionCount)
    {
        ArgumentNullException.ThrowIfNull(originals);
        var refused = originals.Where(d => d.InternalReviewId is null && d.Outcome != QuestionOutcome.Disclosed).Select(d => d.QuestionNumber).ToHashSet();
        if (costDecisionInForce is { IsRefusal: true } cost)
        {
            refused.UnionWith(cost.RefusedQuestions ?? Enumerable.Range(1, questionCount));
        }

        return [.. refused.Order()];
    }

    /// <summary>A decision that gives the requester information, so the letter must say what is released.</summary>
    public static bool Releases(QuestionOutcome outcome) => outcome is QuestionOutcome.Disclosed or QuestionOutcome.PartlyDisclosed;

    /// <summary>The review's new decision on a question, if any.</summary>
    public ExemptionDecision? For(int questionNumber) => _decisions.LastOrDefault(d => d.QuestionNumber == questionNumber);

    /// <summary>Overturned or partly upheld, on a question the original response refused: it needs a new decision.</summary>
    public bool NeedsDecision(int questionNumber) =>
        _refused.Contains(questionNumber)
        && Review.Questions.FirstOrDefault(q => q.Number == questionNumber)?.Finding is ReviewFinding.Overturned or ReviewFinding.PartlyUpheld;

    /// <summary>Why a new decision cannot be recorded on <paramref name="questionNumber"/> now; null when it can.</summary>
    public string? WhyNotRecord(int questionNumber)
    {
        if (Review.Questions.FirstOrDefault(q => q.Number == questionNumber) is not { } question)
        {
            return $"The request has no question {questionNumber}.";
        }

        if (question.Finding is not (ReviewFinding.Overturned or ReviewFinding.PartlyUpheld))
        {
            return $"Record the finding on question {questionNumber} as overturned or partly upheld before recording a new decision on it.";
        }

        return For(questionNumber)?.SignOff.State == SignOffState.Approved
            ? $"A manager has signed off the new decision on question {questionNumber}, so it cannot be replaced."
            : null;
    }

    /// <summary>A decision that releases information needs the information released; one that releases nothing cannot carry any.</summary>
    public static string? WhyNotReleased(int questionNumber, QuestionOutcome outcome, string? released) => (Releases(outcome), string.IsNullOrWhiteSpace(released)) switch
    {
        (true, true) => $"Enter the information now released on question {questionNumber}",
        (false, false) => "Information can be released only with a decision that discloses it: choose disclosed or partly disclosed, or leave the information blank",
        _ => null,
    };

    /// <summary>What stops the outcome letter, question by question (the review's pre-send check beside <see cref="ReviewRules.WhyNotSend"/>).</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            foreach (var question in Review.Questions.OrderBy(q => q.Number))
            {
                var decision = For(question.Number);
                if (decision is not null && question.Finding is not (ReviewFinding.Overturned or ReviewFinding.PartlyUpheld))
                {
                    problems.Add($"The original decision on question {question.Number} is upheld: remove its new decision.");
                }
                else if (decision is null && NeedsDecision(question.Number))
                {
                    problems.Add($"Record the new decision on question {question.Number}: the review did not uphold its refusal.");
                }
                else if (decision?.SignOff.State == SignOffState.Pending)
                {
                    problems.Add($"A manager must sign off the new decision on question {question.Number}.");
                }
                else if (decision?.SignOff.State == SignOffState.Returned)
                {
                    problems.Add($"A manager returned the new decision on question {question.Number}: record it again.");
                }
            }

            return problems;
        }
    }

    /// <summary>The review's new decisions waiting for a manager.</summary>
    public IReadOnlyList<ExemptionDecision> Pending => [.. _decisions.Where(d => d.SignOff.State == SignOffState.Pending)];

    /// <summary>
    /// Why <paramref name="manager"/> cannot approve or return the review's pending decisions; null when they can: a
    /// manager, who did not make them and took no part in the original decision (Code para 5.8).
    /// </summary>
    /// <param name="verb">"approve" or "return".</param>
    public string? WhyNotSignOff(SignOffReviewer manager, ReviewIndependence independence, string verb)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(independence);
        if (!manager.IsManager)
        {
            return "Only managers can sign off decisions";
        }

        if (Pending.Count == 0)
        {
            return "No new decision on this review is waiting for sign-off";
        }

        return independence.WhyNotSignOff(manager.UserName)
            ?? Pending.Select(d => d.SignOff.WhyNotReviewable(d.DecidedBy, manager, verb)).FirstOrDefault(w => w is not null);
    }

    /// <summary>A decision just recorded replaces the question's earlier one, if any (the caller stores the change).</summary>
    internal void Put(ExemptionDecision decision)
    {
        _decisions.RemoveAll(d => d.QuestionNumber == decision.QuestionNumber);
        _decisions.Add(decision);
    }

    internal void Remove(ExemptionDecision decision) => _decisions.Remove(decision);

    internal void Approve(SignOffReviewer manager, ReviewIndependence independence, DateTime atUtc, string? comment)
    {
        Check(WhyNotSignOff(manager, independence, "approve"));
        foreach (var decision in Pending)
        {
            decision.SignOff.Approve(decision.DecidedBy, manager, atUtc, comment);
        }
    }

    internal void Return(SignOffReviewer manager, ReviewIndependence independence, DateTime atUtc, string comment)
    {
        Check(string.IsNullOrWhiteSpace(comment) ? "Enter a comment saying what needs to change" : null);
        Check(WhyNotSignOff(manager, independence, "return"));
        foreach (var decision in Pending)
        {
            decision.SignOff.Return(decision.DecidedBy, manager, atUtc, comment);
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
