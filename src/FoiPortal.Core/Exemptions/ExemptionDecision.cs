using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>
/// The outcome for one question of a request and the provisions relied on. A question may carry more than one
/// decision: e.g. part disclosed under one exemption and, for any further information, neither confirm nor deny
/// under another (an NCND decision is always its own decision). Built only through <see cref="Record"/>, which
/// refuses anything <see cref="ExemptionDecisionRules.Validate"/> refuses.
/// </summary>
public sealed class ExemptionDecision
{
    public const int InformationDescriptionMaxLength = 500;

    private readonly List<ExemptionCitation> _citations = [];

    private ExemptionDecision()
    {
    }

    public int Id { get; private set; }

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

    /// <summary>Validates the draft against the catalogue for the request's regime and records it; throws <see cref="DomainException"/> with the first message otherwise.</summary>
    public static ExemptionDecision Record(ExemptionDecisionDraft draft, Regime regime, ExemptionCatalogue catalogue)
    {
        var errors = ExemptionDecisionRules.Validate(draft, regime, catalogue);
        if (errors.Count > 0)
        {
            throw new DomainException(errors[0].Message);
        }

        var decision = new ExemptionDecision
        {
            QuestionNumber = draft.QuestionNumber,
            Outcome = draft.Outcome!.Value,
            CitedInTheAlternative = draft.CitedInTheAlternative,
            ReasonsWithheld = draft.ReasonsWithheld,
            InformationDescription = Blank(draft.InformationDescription) ? null : draft.InformationDescription!.Trim(),
        };
        foreach (var citation in draft.Citations)
        {
            var entry = catalogue.Resolve(citation.ExemptionKey, regime).Entry!;
            decision._citations.Add(new ExemptionCitation(
                entry.Key,
                Blank(citation.Reasons) ? null : citation.Reasons!.Trim(),
                entry.IsPrejudiceBased ? new HarmStatement(citation.Prejudice!, citation.Likelihood!.Value) : null,
                entry.RequiresPublicInterestTest
                    ? new PublicInterestTest(citation.FactorsForDisclosure!, citation.FactorsForMaintaining!, citation.PublicInterestConclusion!)
                    : null));
        }

        return decision;
    }

    internal static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}

/// <summary>One provision relied on in a decision, with its harm statement and public interest test where the provision needs them.</summary>
public sealed class ExemptionCitation
{
    public const int ReasonsMaxLength = 4000;

    private ExemptionCitation()
    {
        ExemptionKey = string.Empty;
    }

    internal ExemptionCitation(string exemptionKey, string? reasons, HarmStatement? harm, PublicInterestTest? publicInterestTest)
    {
        ExemptionKey = exemptionKey;
        Reasons = reasons;
        Harm = harm;
        PublicInterestTest = publicInterestTest;
    }

    public int Id { get; private set; }

    /// <summary>The catalogue key, e.g. "FOIA s.31(1)".</summary>
    public string ExemptionKey { get; private set; }

    /// <summary>FOIA s.17(1)(c): why the exemption applies to this information, beyond the standard wording.</summary>
    public string? Reasons { get; private set; }

    public HarmStatement? Harm { get; private set; }

    public PublicInterestTest? PublicInterestTest { get; private set; }
}
