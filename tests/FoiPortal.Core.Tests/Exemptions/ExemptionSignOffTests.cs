using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Exemptions.Drafts;

namespace FoiPortal.Core.Tests.Exemptions;

/// <summary>Who recorded a decision, whether it needs a manager, and the manager's approval or return.</summary>
public sealed class ExemptionSignOffTests
{
    private const string Manager = "manager@example.org";

    private static ExemptionDecision Ncnd(string by = Officer) =>
        ExemptionDecision.Record(
            7,
            Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)")) with { InformationDescription = "any other information relevant to this question" },
            Regime.Foia,
            ExemptionCatalogue.CreateDefault(),
            by,
            DecidedAt);

    [Fact]
    public void Record_KeepsTheRequestWhoAndWhenAndCitationOrder()
    {
        var decision = ExemptionDecision.Record(
            7,
            Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.24(2)").WithPit(), Cite("FOIA s.23(5)")) with { CitedInTheAlternative = true },
            Regime.Foia,
            ExemptionCatalogue.CreateDefault(),
            Officer,
            DecidedAt);

        Assert.Equal((7, Officer, DecidedAt), (decision.FoiRequestId, decision.DecidedBy, decision.DecidedAtUtc));
        Assert.Equal([(1, "FOIA s.24(2)"), (2, "FOIA s.23(5)")], decision.Citations.Select(c => (c.Position, c.ExemptionKey)));
    }

    [Fact]
    public void Record_Ncnd_StartsPendingSignOff()
    {
        Assert.Equal(SignOffState.Pending, Ncnd().SignOff.State);
    }

    [Theory]
    [InlineData("FOIA s.31(1)", SignOffState.NotNeeded)]
    [InlineData("FOIA s.40(2)", SignOffState.NotNeeded)]
    [InlineData("FOIA s.24(1)", SignOffState.Pending)]
    [InlineData("FOIA s.23(1)", SignOffState.Pending)]
    public void Record_Withheld_NeedsSignOffOnlyForSensitiveProvisions(string key, SignOffState expected)
    {
        var entry = ExemptionCatalogue.CreateDefault().Find(key)!;
        var citation = Cite(key);
        citation = entry.IsPrejudiceBased ? citation.WithHarm() : citation;
        citation = entry.RequiresPublicInterestTest ? citation.WithPit() : citation;

        Assert.Equal(expected, Record(Decision(QuestionOutcome.Withheld, citation)).SignOff.State);
    }

    [Fact]
    public void Record_WithoutWhoDecided_Throws()
    {
        Assert.Throws<ArgumentException>(() => ExemptionDecision.Record(
            1, Decision(QuestionOutcome.Disclosed), Regime.Foia, ExemptionCatalogue.CreateDefault(), " ", DecidedAt));
    }

    [Fact]
    public void WhyNotReviewable_AnswersForEachDecision()
    {
        var manager = new SignOffReviewer(Manager, IsManager: true);

        Assert.Equal(
            new string?[] { null, "You made this decision, so you cannot approve it: another manager must sign it off", "This decision is not waiting for sign-off", "Only managers can sign off decisions" },
            new[]
            {
                Ncnd().SignOff.WhyNotReviewable(Officer, manager, "approve"),
                Ncnd(by: Manager).SignOff.WhyNotReviewable(Manager.ToUpperInvariant(), manager, "approve"),
                Record(Decision(QuestionOutcome.Disclosed)).SignOff.WhyNotReviewable(Officer, manager, "approve"),
                Ncnd().SignOff.WhyNotReviewable(Officer, manager with { IsManager = false }, "approve"),
            });
    }

    [Fact]
    public void EnsureRemovable_OnlyUntilApproved()
    {
        var decision = Ncnd();
        decision.EnsureRemovable();
        new CaseSignOffs(7, null, [decision]).Approve(SignOffPart.ExemptionDecisions, new SignOffReviewer(Manager, IsManager: true), DecidedAt, null);

        var ex = Assert.Throws<DomainException>(decision.EnsureRemovable);

        Assert.Equal("The decision on question 1 has been approved by a manager, so it cannot be removed", ex.Message);
    }
}
