using FoiPortal.Core.Costs;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.DisclosureLog;

/// <summary>The outcome and provisions an entry prepared from a case starts with, from the case's decisions.</summary>
public class CaseOutcomeTests
{
    private static QuestionDecision D(QuestionOutcome outcome, params string[] keys) => new(outcome, keys);

    public static TheoryData<CostOutcome?, QuestionDecision[], DisclosureOutcome, string[]> Cases() => new()
    {
        { null, [], DisclosureOutcome.GrantedInFull, [] },
        { CostOutcome.Proceed, [D(QuestionOutcome.Disclosed), D(QuestionOutcome.Disclosed)], DisclosureOutcome.GrantedInFull, [] },
        { null, [D(QuestionOutcome.Disclosed), D(QuestionOutcome.NotHeld)], DisclosureOutcome.GrantedInFull, [] },
        { null, [D(QuestionOutcome.Disclosed), D(QuestionOutcome.Withheld, "FOIA s.31(1)")], DisclosureOutcome.PartlyGranted, ["FOIA s.31(1)"] },
        { null, [D(QuestionOutcome.PartlyDisclosed, "FOIA s.40(2)")], DisclosureOutcome.PartlyGranted, ["FOIA s.40(2)"] },
        { null, [D(QuestionOutcome.Disclosed), D(QuestionOutcome.NeitherConfirmNorDeny, "FOIA s.23(5)", "FOIA s.24(2)")], DisclosureOutcome.PartlyGranted, ["FOIA s.23(5)", "FOIA s.24(2)"] },
        { null, [D(QuestionOutcome.Withheld, "FOIA s.31(1)"), D(QuestionOutcome.Withheld, "FOIA s.31(1)", "FOIA s.40(2)")], DisclosureOutcome.Withheld, ["FOIA s.31(1)", "FOIA s.40(2)"] },
        { null, [D(QuestionOutcome.NeitherConfirmNorDeny, "FOIA s.23(5)"), D(QuestionOutcome.NotHeld)], DisclosureOutcome.NeitherConfirmNorDeny, ["FOIA s.23(5)"] },
        { null, [D(QuestionOutcome.NotHeld), D(QuestionOutcome.NotHeld)], DisclosureOutcome.NotHeld, [] },
        // The seed: s.12 for the request, s.23(5) for anything further (62A/23).
        { CostOutcome.RefuseSection12, [D(QuestionOutcome.NeitherConfirmNorDeny, "FOIA s.23(5)")], DisclosureOutcome.CostLimit, ["FOIA s.12", "FOIA s.23(5)"] },
        { CostOutcome.RefuseSection12Two, [], DisclosureOutcome.CostLimit, ["FOIA s.12"] },
        { null, [D(QuestionOutcome.Disclosed), D(QuestionOutcome.CostLimitExceeded)], DisclosureOutcome.CostLimit, ["FOIA s.12"] },
        { null, [D(QuestionOutcome.Vexatious), D(QuestionOutcome.Vexatious)], DisclosureOutcome.Withheld, ["FOIA s.14(1)"] },
        { null, [D(QuestionOutcome.Repeated)], DisclosureOutcome.Withheld, ["FOIA s.14(2)"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Derive_FromTheCasesDecisions(CostOutcome? cost, QuestionDecision[] decisions, DisclosureOutcome outcome, string[] keys)
    {
        var derived = CaseOutcome.Derive(Regime.Foia, cost, decisions);

        Assert.Equal(outcome, derived.Outcome);
        Assert.Equal(keys, derived.ExemptionKeys);
    }

    [Fact]
    public void Derive_CostUnderTheEir_CitesRegulation12_4_b()
    {
        var derived = CaseOutcome.Derive(Regime.Eir, null, [D(QuestionOutcome.CostLimitExceeded)]);

        Assert.Equal((DisclosureOutcome.CostLimit, "EIR reg 12(4)(b)"), (derived.Outcome, Assert.Single(derived.ExemptionKeys)));
    }

    [Fact]
    public void Derive_EveryResult_IsAcceptedByTheEntry()
    {
        // What is derived must be publishable as it stands: the entry checks outcome and provisions agree (FOIA s.17(1)).
        var catalogue = ExemptionCatalogue.CreateDefault();
        foreach (var row in Cases())
        {
            var (cost, decisions) = ((CostOutcome?)row[0], (QuestionDecision[])row[1]);
            var (outcome, keys) = CaseOutcome.Derive(Regime.Foia, cost, decisions);
            var entry = DisclosureLogEntry.CreateDraft(
                new EntryContent("Title", "REF/1", new DateOnly(2023, 1, 5), Regime.Foia, "Crime and offences", outcome, keys, "1. Question", "Answer"),
                "title-ref-1", null, catalogue, "officer", new DateTime(2023, 2, 1, 0, 0, 0, DateTimeKind.Utc));
            Assert.Equal(outcome, entry.Outcome);
        }
    }
}
