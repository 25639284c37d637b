using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>
/// The outcome for one question of a request and the provisions relied on. A question may carry more than one
/// decision: e.g. part disclosed under one exemption and, for any further information, neither confirm nor deny
/// under another (an NCND decision is always its own decision). Built only through <see cref="Record"/>, which
/// refuses anything <see cref="ExemptionDecisionRules.Validate"/> refuses. Decisions that need a manager's sign-off
/// (<see cref="ExemptionDecisionRules.RequiresSignOff"/>) start <see cref="SignOffState.Pending"/>; the case (<see cref="CaseSignOffs"/>) approves or returns them.
/// </summary>
public sealed class ExemptionDecision : ISignedOffDecision
{
    public const int InformationDescriptionMaxLength = 500;
    public const int CommentMaxLength = DecisionSignOff.CommentMaxLength;

    private readonly List<ExemptionCitation> _citations = [];

    private ExemptionDecision()
    {
        DecidedBy = string.Empty;
        SignOff = DecisionSignOff.Start(needed: false);
    }

    public int Id { get; private set; }

    public int FoiRequestId { get; private set; }

    public int QuestionNumber { get; private set; }

    public QuestionOutcome Outcome { get; private set; }

    /// <summary>The exemptions relied on (none for disclosed, not held, s.12 and s.14 outcomes).</summary>
    public IReadOnlyList<ExemptionCitation> Citations => _citations;

    /// <summary>
    /// FOIA s.23 and s.24 cited "in the alternative" (ICO guidance): the notice names both without saying which applies,
    /// so the requester cannot infer whether a security body is involved.
    /// </summary>
    public bool CitedInTheAlternative { get; private set; }

    /// <summary>FOIA s.17(4): the reasons (s.17(1)(c)) and public interest reasons (s.17(3)) are left out of the notice because giving them would disclose exempt information.</summary>
    public bool ReasonsWithheld { get; private set; }

    /// <summary>What this decision covers when not the whole question, e.g. "any other information relevant to this question".</summary>
    public string? InformationDescription { get; private set; }

    public IEnumerable<string> ExemptionKeys => _citations.Select(c => c.ExemptionKey);

    /// <summary>FOIA s.14(2): the earlier request this one repeats, named in the notice; null when not recorded.</summary>
    public string? EarlierRequestReference { get; private set; }

    /// <summary>The date the earlier request was received, named in the notice with <see cref="EarlierRequestReference"/>.</summary>
    public DateOnly? EarlierRequestReceivedOn { get; private set; }

    /// <summary>The staff user name of the officer (or manager) who recorded the decision.</summary>
    public string DecidedBy { get; private set; }

    public DateTime DecidedAtUtc { get; private set; }

    /// <summary>NotNeeded, or Pending until a manager approves or returns it (issue 5: sensitive exemptions and every NCND).</summary>
    public DecisionSignOff SignOff { get; private set; }

    /// <summary>
    /// The internal review that made this decision (issue 14: a refusal overturned on review); null for the decisions of
    /// the original response, which stay on record. Hidden from the case's queries by the query filter
    /// <c>Reviews.ReviewDecisions.OriginalOnlyFilter</c>.
    /// </summary>
    public int? InternalReviewId { get; private set; }

    /// <summary>
    /// Validates the draft against the catalogue for the request's regime and records it; throws <see cref="DomainException"/>
    /// with the first message otherwise. Whether it needs sign-off is settled now, from the catalogue as it stands.
    /// </summary>
    public static ExemptionDecision Record(
        int foiRequestId, ExemptionDecisionDraft draft, Regime regime, ExemptionCatalogue catalogue, string decidedBy, DateTime decidedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        var errors = ExemptionDecisionRules.Validate(draft, regime, catalogue);
        if (errors.Count > 0)
        {
            throw new DomainException(errors[0].Message);
        }

        var decision = new ExemptionDecision
        {
            FoiRequestId = foiRequestId,
            DecidedBy = decidedBy,
            DecidedAtUtc = decidedAtUtc,
            QuestionNumber = draft.QuestionNumber,
            Outcome = draft.Outcome!.Value,
            CitedInTheAlternative = draft.CitedInTheAlternative,
            ReasonsWithheld = draft.ReasonsWithheld,
            InformationDescription = Blank(draft.InformationDescription) ? null : draft.InformationDescription!.Trim(),
            EarlierRequestReference = Blank(draft.EarlierRequestReference) ? null : draft.EarlierRequest!.Reference,
            EarlierRequestReceivedOn = Blank(draft.EarlierRequestReference) ? null : draft.EarlierRequest!.ReceivedOn,
        };
        var position = 0;
        foreach (var citation in draft.Citations)
        {
            var entry = catalogue.Resolve(citation.ExemptionKey, regime).Entry!;
            var paragraphs = ProvisionParagraphs.Normalise(entry.Key, citation.Paragraphs);
            decision._citations.Add(new ExemptionCitation(
                ++position,
                entry.Key,
                Blank(citation.Reasons) ? null : citation.Reasons!.Trim(),
                entry.IsPrejudiceBased ? new HarmStatement(citation.Prejudice!, citation.Likelihood!.Value) : null,
                ProvisionParagraphs.RequiresPublicInterestTest(entry, paragraphs)
                    ? new PublicInterestTest(citation.FactorsForDisclosure!, citation.FactorsForMaintaining!, citation.PublicInterestConclusion!)
                    : null)
            {
                Paragraphs = paragraphs.Count == 0 ? null : string.Join(' ', paragraphs),
            });
        }

        decision.SignOff = DecisionSignOff.Start(needed: ExemptionDecisionRules.RequiresSignOff(decision, catalogue));
        return decision;
    }

    /// <summary>An officer may remove a decision until a manager has approved it.</summary>
    public void EnsureRemovable()
    {
        if (SignOff.State == SignOffState.Approved)
        {
            throw new DomainException($"The decision on question {QuestionNumber} has been approved by a manager, so it cannot be removed");
        }
    }

    /// <summary>Marks a new decision as the review's (a new version beside the original, never an overwrite).</summary>
    internal void MadeOnReview(int internalReviewId) => InternalReviewId = internalReviewId;

    internal static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}

/// <summary>One provision relied on in a decision, with its harm statement and public interest test where the provision needs them.</summary>
public sealed class ExemptionCitation
{
    public const int ReasonsMaxLength = 4000;
    public const int ParagraphsMaxLength = 100;

    private ExemptionCitation()
    {
        ExemptionKey = string.Empty;
    }

    internal ExemptionCitation(int position, string exemptionKey, string? reasons, HarmStatement? harm, PublicInterestTest? publicInterestTest)
    {
        Position = position;
        ExemptionKey = exemptionKey;
        Reasons = reasons;
        Harm = harm;
        PublicInterestTest = publicInterestTest;
    }

    public int Id { get; private set; }

    /// <summary>1, 2, ...: the order the officer cited them in, which the notice keeps (it matters "in the alternative").</summary>
    public int Position { get; private set; }

    /// <summary>The catalogue key, e.g. "FOIA s.31(1)".</summary>
    public string ExemptionKey { get; private set; }

    /// <summary>
    /// The parts of the provision cited (rule 7), space-separated in statutory order, e.g. "(a) (b)" of s.31(1) or
    /// "(3A)(a)" of s.40(2); null for the provision as it stands (and for decisions recorded before parts were offered).
    /// </summary>
    public string? Paragraphs { get; internal init; }

    public IReadOnlyList<string> ParagraphCodes =>
        Paragraphs is null ? [] : Paragraphs.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"section 31(1)(a) and (b)": the provision as the letter cites it.</summary>
    public string CiteIn(ExemptionEntry entry) => ProvisionParagraphs.Cite(entry, ParagraphCodes);

    /// <summary>FOIA s.17(1)(c): why the exemption applies to this information, beyond the standard wording.</summary>
    public string? Reasons { get; private set; }

    public HarmStatement? Harm { get; private set; }

    public PublicInterestTest? PublicInterestTest { get; private set; }
}
