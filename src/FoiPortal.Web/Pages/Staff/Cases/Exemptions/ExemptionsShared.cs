using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Exemptions;

/// <summary>What the exemption pages, the case page and the sign-off pages share: loading decisions and their words.</summary>
public static class ExemptionDecisions
{
    /// <summary>The outcomes an officer can record, in the form's order. EIR has no s.12 or s.14 (reg 12(4)(b) instead).</summary>
    public static IReadOnlyList<QuestionOutcome> OutcomesFor(Regime regime) => regime == Regime.Eir
        ? [QuestionOutcome.Disclosed, QuestionOutcome.PartlyDisclosed, QuestionOutcome.Withheld, QuestionOutcome.NeitherConfirmNorDeny, QuestionOutcome.NotHeld]
        : Enum.GetValues<QuestionOutcome>();

    /// <summary>Withheld, partly disclosed and NCND rely on exemptions; the other outcomes never do.</summary>
    public static bool ReliesOnExemptions(QuestionOutcome outcome) =>
        outcome is QuestionOutcome.Withheld or QuestionOutcome.PartlyDisclosed or QuestionOutcome.NeitherConfirmNorDeny;

    /// <summary>A request's decisions with their citations in the order cited, by question.</summary>
    public static async Task<List<ExemptionDecision>> ForRequestAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken) =>
        await db.ExemptionDecisions.AsNoTracking()
            .Include(d => d.Citations.OrderBy(c => c.Position))
            .Where(d => d.FoiRequestId == requestId)
            .OrderBy(d => d.QuestionNumber).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);


    public static string OutcomeLabel(QuestionOutcome outcome) => outcome switch
    {
        QuestionOutcome.Disclosed => "Disclosed in full",
        QuestionOutcome.PartlyDisclosed => "Partly disclosed",
        QuestionOutcome.Withheld => "Withheld",
        QuestionOutcome.NeitherConfirmNorDeny => "Neither confirm nor deny",
        QuestionOutcome.NotHeld => "Not held",
        QuestionOutcome.CostLimitExceeded => "Refused: cost limit (section 12)",
        QuestionOutcome.Vexatious => "Refused: vexatious (section 14(1))",
        QuestionOutcome.Repeated => "Refused: repeated (section 14(2))",
        _ => outcome.ToString(),
    };

    public static string SignOffLabel(SignOffState state) => state switch
    {
        SignOffState.NotNeeded => "Not needed",
        SignOffState.Pending => "Needs sign-off",
        SignOffState.Approved => "Approved",
        SignOffState.Returned => "Returned",
        _ => state.ToString(),
    };

    public static string SignOffTagColour(SignOffState state) => state switch
    {
        SignOffState.Pending => "govuk-tag--orange",
        SignOffState.Returned => "govuk-tag--red",
        SignOffState.Approved => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    /// <summary>"section 23(5) (Information supplied by ...)", or the key when the catalogue no longer has it.</summary>
    public static string Named(string key, ExemptionCatalogue catalogue) =>
        catalogue.Find(key) is { } entry ? $"{entry.Citation} ({entry.Title})" : key;

    /// <summary>"Neither confirm nor deny: section 23(5) or, in the alternative, section 24(2)".</summary>
    public static string Summary(ExemptionDecision decision, ExemptionCatalogue catalogue)
    {
        if (decision.Citations.Count == 0)
        {
            return OutcomeLabel(decision.Outcome);
        }

        // Only s.23 with s.24 go "in the alternative"; any other provisions are cited alongside the pair.
        var pair = decision.Citations.Where(c => decision.CitedInTheAlternative && ExemptionDecisionRules.IsAlternativePairMember(c.ExemptionKey)).Select(c => Cited(c, catalogue)).ToList();
        var others = decision.Citations.Where(c => !(decision.CitedInTheAlternative && ExemptionDecisionRules.IsAlternativePairMember(c.ExemptionKey))).Select(c => Cited(c, catalogue)).ToList();
        var joined = pair.Count == 0
            ? RegimeTerms.JoinAnd(others)
            : others.Count == 0 ? string.Join(" or, in the alternative, ", pair) : $"{string.Join(" or, in the alternative, ", pair)}, and {RegimeTerms.JoinAnd(others)}";
        return $"{OutcomeLabel(decision.Outcome)}: {joined}";
    }

    /// <summary>"section 31(1)(a) and (b)": the citation as the letter gives it, or the key when the catalogue no longer has it.</summary>
    public static string Cited(ExemptionCitation citation, ExemptionCatalogue catalogue) =>
        catalogue.Find(citation.ExemptionKey) is { } entry ? citation.CiteIn(entry) : citation.ExemptionKey;

    /// <summary>"section 31(1)(a) and (b) (Law enforcement)".</summary>
    public static string Named(ExemptionCitation citation, ExemptionCatalogue catalogue) =>
        catalogue.Find(citation.ExemptionKey) is { } entry ? $"{citation.CiteIn(entry)} ({entry.Title})" : citation.ExemptionKey;

    /// <summary>"absolute, class-based", "qualified, prejudice-based (would or would be likely to)", for officers choosing.</summary>
    public static string Character(ExemptionEntry entry)
    {
        var basis = entry.Kind == EntryKind.RefusalGround ? "refusal ground" : entry.IsAbsolute ? "absolute" : "qualified";
        var harm = entry.HarmTest switch
        {
            HarmTest.Prejudice => "prejudice-based",
            HarmTest.SubstantialPrejudice => "substantial prejudice",
            HarmTest.AdverseEffect => "adverse effect",
            _ => "class-based",
        };
        return entry.IsNeitherConfirmNorDeny ? $"{basis}, {harm}, neither confirm nor deny" : $"{basis}, {harm}";
    }

    /// <summary>The refusal notice options for this authority: review requests go to its FOI address.</summary>
    public static RefusalNoticeOptions NoticeOptions(AuthorityOptions authority) =>
        new(authority.Name) { ReviewContact = string.IsNullOrWhiteSpace(authority.FoiEmail) ? null : authority.FoiEmail };

    /// <summary>The s.17 wording composed from the decisions, or why it cannot be (e.g. the regime changed since).</summary>
    public static (RefusalNotice? Notice, string? Problem) Compose(
        IReadOnlyList<ExemptionDecision> decisions, ExemptionCatalogue catalogue, Regime regime, AuthorityOptions authority)
    {
        if (decisions.Count == 0)
        {
            return (null, null);
        }

        try
        {
            return (RefusalNoticeWording.Compose(decisions, catalogue, regime, NoticeOptions(authority)), null);
        }
        catch (DomainException ex)
        {
            return (null, ex.Message);
        }
    }
}
