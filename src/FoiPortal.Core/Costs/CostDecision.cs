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

/// <summary>
/// One decision on a cost estimate, with the figures that applied when it was made (so a later change to the estimate
/// or the configuration never rewrites history) and, for a refusal, the manager's sign-off. A case can have several
/// (a returned decision is followed by a new one); the latest is the one in force.
/// </summary>
public sealed class CostDecision : ISignedOffDecision
{
    public const int AdviceMaxLength = 8_000;
    public const int WordingMaxLength = 20_000;
    public const int CommentMaxLength = DecisionSignOff.CommentMaxLength;

    private CostDecision()
    {
        AdviceText = string.Empty;
        DecidedBy = string.Empty;
        SignOff = DecisionSignOff.Start(needed: false);
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
        SignOff = DecisionSignOff.Start(needed: IsRefusal);
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

    /// <summary>The manager's sign-off: Pending for a refusal until approved or returned; NotNeeded when proceeding.</summary>
    public DecisionSignOff SignOff { get; private set; }

    public bool IsRefusal => Outcome is CostOutcome.RefuseSection12 or CostOutcome.RefuseSection12Two;

    /// <summary>
    /// ICO s.12 guidance and SI 2004/3244 reg 5(2)(a): when only some questions are over the limit, those refused ("2,3");
    /// the others are answered. Null when the whole request is refused (or nothing is).
    /// </summary>
    public string? RefusedQuestionNumbers { get; private set; }

    /// <summary>The questions refused on cost, or null for the whole request.</summary>
    public IReadOnlyList<int>? RefusedQuestions => ParseQuestions(RefusedQuestionNumbers);

    /// <summary>Records that only <paramref name="questions"/> are refused (a refusal of part of the request); empty or all: the whole request.</summary>
    public void RefuseOnly(IReadOnlyList<int> questions, int questionCount)
    {
        if (!IsRefusal)
        {
            throw new DomainException("Only a refusal names the questions refused on cost");
        }

        RefusedQuestionNumbers = questions.Count == 0 || questions.Count >= questionCount
            ? null
            : string.Join(',', questions.Order().Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>"2,3" as numbers; null for null or empty.</summary>
    public static IReadOnlyList<int>? ParseQuestions(string? numbers) => string.IsNullOrEmpty(numbers)
        ? null
        : numbers.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
