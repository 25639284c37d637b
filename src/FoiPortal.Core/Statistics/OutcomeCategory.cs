using FoiPortal.Core.Exemptions;

namespace FoiPortal.Core.Statistics;

/// <summary>The central government FOI statistics categories a closed request is counted in (docs/adr/015-statistics-outcome-rule.md).</summary>
public enum OutcomeCategory
{
    GrantedInFull,
    PartlyWithheld,
    WithheldInFull,
    NotHeld,

    /// <summary>FOIA s.12 / FOISA s.12 (EIR: reg 12(4)(b) on cost grounds).</summary>
    RefusedCost,

    /// <summary>FOIA s.14(1) or s.14(2) (FOISA s.14).</summary>
    RefusedVexatiousOrRepeated,

    NeitherConfirmNorDeny,

    /// <summary>Closed without a response: withdrawn by the requester, or lapsed (s.1(3), s.9(2)).</summary>
    LapsedOrWithdrawn,
}

/// <summary>What a responded request's decisions contain: one flag per question outcome, and whether the latest cost decision refused.</summary>
public sealed record OutcomeFlags(
    bool Disclosed,
    bool PartlyDisclosed,
    bool Withheld,
    bool NeitherConfirmNorDeny,
    bool NotHeld,
    bool CostRefused,
    bool VexatiousOrRepeated)
{
    public static OutcomeFlags From(IEnumerable<QuestionOutcome> outcomes, bool costRefused)
    {
        var set = outcomes.ToHashSet();
        return new(
            set.Contains(QuestionOutcome.Disclosed),
            set.Contains(QuestionOutcome.PartlyDisclosed),
            set.Contains(QuestionOutcome.Withheld),
            set.Contains(QuestionOutcome.NeitherConfirmNorDeny),
            set.Contains(QuestionOutcome.NotHeld),
            costRefused || set.Contains(QuestionOutcome.CostLimitExceeded),
            set.Contains(QuestionOutcome.Vexatious) || set.Contains(QuestionOutcome.Repeated));
    }
}

/// <summary>
/// The one rule classing a responded request, however many questions it has, in one category (ADR 015). Refusals of the
/// whole request first, then by what the requester got: s.12 (cost) on any question or by the cost decision; else s.14
/// on any question; else, if any information was given, granted in full when nothing was withheld or NCND (questions
/// not held beside disclosed ones do not change that) and partly withheld otherwise; else withheld in full if anything
/// was withheld; else neither confirm nor deny if any question was; else not held. A response with no recorded decision
/// is granted in full. This agrees with the disclosure log's <see cref="DisclosureLog.CaseOutcome"/>, which has no s.14 category.
/// </summary>
public static class OutcomeRule
{
    public static OutcomeCategory Classify(OutcomeFlags flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        if (flags.CostRefused)
        {
            return OutcomeCategory.RefusedCost;
        }

        if (flags.VexatiousOrRepeated)
        {
            return OutcomeCategory.RefusedVexatiousOrRepeated;
        }

        var given = flags.Disclosed || flags.PartlyDisclosed;
        var withheld = flags.Withheld || flags.PartlyDisclosed;
        if (given)
        {
            return withheld || flags.NeitherConfirmNorDeny ? OutcomeCategory.PartlyWithheld : OutcomeCategory.GrantedInFull;
        }

        if (withheld)
        {
            return OutcomeCategory.WithheldInFull;
        }

        if (flags.NeitherConfirmNorDeny)
        {
            return OutcomeCategory.NeitherConfirmNorDeny;
        }

        return flags.NotHeld ? OutcomeCategory.NotHeld : OutcomeCategory.GrantedInFull;
    }

    public static IReadOnlyList<OutcomeCategory> All { get; } = Enum.GetValues<OutcomeCategory>();

    /// <summary>The JSON and CSV name, e.g. "grantedInFull".</summary>
    public static string Key(this OutcomeCategory category) =>
        char.ToLowerInvariant(category.ToString()[0]) + category.ToString()[1..];

    public static string Describe(this OutcomeCategory category) => category switch
    {
        OutcomeCategory.GrantedInFull => "Granted in full",
        OutcomeCategory.PartlyWithheld => "Partly withheld",
        OutcomeCategory.WithheldInFull => "Withheld in full",
        OutcomeCategory.NotHeld => "Information not held",
        OutcomeCategory.RefusedCost => "Refused on cost (s.12)",
        OutcomeCategory.RefusedVexatiousOrRepeated => "Refused as vexatious or repeated (s.14)",
        OutcomeCategory.NeitherConfirmNorDeny => "Neither confirm nor deny",
        _ => "Lapsed or withdrawn",
    };
}
