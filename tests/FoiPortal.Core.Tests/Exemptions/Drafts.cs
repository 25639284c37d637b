using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Exemptions;

/// <summary>Builders for decision drafts: a citation gets only what each test adds to it.</summary>
internal static class Drafts
{
    public const string Harm = "Revealing the investigative tactics would let offenders adapt their behaviour.";
    public const string ForDisclosure = "Openness about how online offences are tackled.";
    public const string ForMaintaining = "Protecting the effectiveness of policing methods.";
    public const string Conclusion = "The public interest favours maintaining the exemption.";

    public static CitationDraft Cite(string key) => new() { ExemptionKey = key };

    public static CitationDraft WithPit(this CitationDraft citation) => citation with
    {
        FactorsForDisclosure = ForDisclosure,
        FactorsForMaintaining = ForMaintaining,
        PublicInterestConclusion = Conclusion,
    };

    public static CitationDraft WithHarm(this CitationDraft citation, Likelihood likelihood = Likelihood.WouldBeLikelyTo) =>
        citation with { Prejudice = Harm, Likelihood = likelihood };

    public static ExemptionDecisionDraft Decision(QuestionOutcome outcome, params CitationDraft[] citations) =>
        new() { QuestionNumber = 1, Outcome = outcome, Citations = citations };

    public static IReadOnlyList<DecisionError> Validate(ExemptionDecisionDraft draft, Regime regime = Regime.Foia) =>
        ExemptionDecisionRules.Validate(draft, regime, ExemptionCatalogue.CreateDefault());

    public static string[] Messages(ExemptionDecisionDraft draft, Regime regime = Regime.Foia) =>
        [.. Validate(draft, regime).Select(e => e.Message)];

    public const string Officer = "officer@example.org";

    public static readonly DateTime DecidedAt = new(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc);

    public static ExemptionDecision Record(ExemptionDecisionDraft draft, Regime regime = Regime.Foia) =>
        Record(draft, regime, ExemptionCatalogue.CreateDefault());

    public static ExemptionDecision Record(ExemptionDecisionDraft draft, Regime regime, ExemptionCatalogue catalogue) =>
        ExemptionDecision.Record(1, draft, regime, catalogue, Officer, DecidedAt);
}
