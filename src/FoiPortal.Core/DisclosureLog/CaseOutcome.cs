using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>One question's recorded outcome and the catalogue keys it cites, as the case holds it.</summary>
public sealed record QuestionDecision(QuestionOutcome Outcome, IReadOnlyList<string> ExemptionKeys);

/// <summary>
/// The outcome and provisions an entry prepared from a case starts with, read from the case's decisions, so that the
/// log reports what the requester was actually told (FOIA s.17(1): a refusal states the provisions relied on). The
/// officer may still change them; the entry then checks that they agree.
/// </summary>
public static class CaseOutcome
{
    /// <param name="regime">The case's regime (the cost ground differs under the EIR).</param>
    /// <param name="cost">The case's latest cost decision, if any.</param>
    /// <param name="decisions">Every question's decisions (a question may have several, e.g. part disclosed and NCND for the rest).</param>
    public static (DisclosureOutcome Outcome, IReadOnlyList<string> ExemptionKeys) Derive(
        Regime regime, CostOutcome? cost, IReadOnlyList<QuestionDecision> decisions)
    {
        var cited = decisions.SelectMany(d => d.ExemptionKeys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var outcomes = decisions.Select(d => d.Outcome).ToList();

        // FOIA s.12 (FOISA s.12): a refusal on cost, for the whole request or any question. Other provisions cited
        // (e.g. s.23(5) for what was not searched) stay alongside it. Under the EIR cost falls under reg 12(4)(b).
        if (cost is CostOutcome.RefuseSection12 or CostOutcome.RefuseSection12Two || outcomes.Contains(QuestionOutcome.CostLimitExceeded))
        {
            var costKey = ExemptionEntry.KeyFor(regime, regime == Regime.Eir ? "12(4)(b)" : "12");
            return (DisclosureOutcome.CostLimit, [costKey, .. cited.Where(k => !string.Equals(k, costKey, StringComparison.OrdinalIgnoreCase))]);
        }

        // FOIA s.14(1) and (2): vexatious or repeated requests are refused; no information is given.
        var refusals = outcomes.Where(o => o is QuestionOutcome.Vexatious or QuestionOutcome.Repeated).Distinct()
            .Select(o => ExemptionEntry.KeyFor(regime, o == QuestionOutcome.Vexatious ? "14(1)" : "14(2)")).ToList();
        if (refusals.Count > 0)
        {
            return (DisclosureOutcome.Withheld, [.. refusals, .. cited.Except(refusals, StringComparer.OrdinalIgnoreCase)]);
        }

        var disclosed = outcomes.Exists(o => o is QuestionOutcome.Disclosed or QuestionOutcome.PartlyDisclosed);
        var withheld = outcomes.Exists(o => o is QuestionOutcome.Withheld or QuestionOutcome.PartlyDisclosed);
        var ncnd = outcomes.Contains(QuestionOutcome.NeitherConfirmNorDeny);
        if (outcomes.Count == 0 || (disclosed && !withheld && !ncnd))
        {
            // Nothing withheld (questions not held alongside disclosed ones do not change that): granted in full cites nothing.
            return (DisclosureOutcome.GrantedInFull, []);
        }

        if (disclosed)
        {
            return (DisclosureOutcome.PartlyGranted, cited);
        }

        if (withheld)
        {
            return (DisclosureOutcome.Withheld, cited);
        }

        return ncnd ? (DisclosureOutcome.NeitherConfirmNorDeny, cited) : (DisclosureOutcome.NotHeld, []);
    }
}
