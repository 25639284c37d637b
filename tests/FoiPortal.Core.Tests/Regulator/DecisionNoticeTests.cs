using FoiPortal.Core.Regulator;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Regulator;

/// <summary>Issue 14: why a decision notice cannot be recorded, answered in Core.</summary>
public sealed class DecisionNoticeTests
{
    private static readonly DateOnly Today = D("2027-03-10");
    private static readonly DateOnly Told = D("2027-01-04");

    [Theory]
    [InlineData(DecisionOutcome.Upheld, "2027-03-11", false, null, "The date of the decision notice cannot be in the future.")]
    [InlineData(DecisionOutcome.NotUpheld, "2027-01-03", false, null, "The date of the decision notice cannot be before the authority was told of the complaint on 4 January 2027.")]
    [InlineData(DecisionOutcome.Upheld, "2027-03-10", true, 35, null)]
    [InlineData(DecisionOutcome.PartlyUpheld, "2027-03-10", true, 28, null)]
    [InlineData(DecisionOutcome.Upheld, "2027-03-10", true, 14, "The period for taking the steps must be at least 28 calendar days: it cannot end before the time for appealing has passed (FOIA s.50(6)).")]
    [InlineData(DecisionOutcome.Upheld, "2027-03-10", true, null, "Enter the number of calendar days the notice gives for the steps.")]
    [InlineData(DecisionOutcome.NotUpheld, "2027-03-10", true, 35, "Steps can be recorded only when the complaint was upheld or partly upheld.")]
    [InlineData(DecisionOutcome.Withdrawn, "2027-03-10", false, null, null)]
    public void WhyNot_Foia(DecisionOutcome outcome, string noticeOn, bool steps, int? days, string? expected) =>
        Assert.Equal(expected, DecisionNotice.WhyNot(outcome, D(noticeOn), Today, Told, steps, days, Regime.Foia));

    [Theory]
    [InlineData(DecisionOutcome.Upheld, true)]
    [InlineData(DecisionOutcome.PartlyUpheld, true)]
    [InlineData(DecisionOutcome.NotUpheld, true)]
    // FOIA s.57(1): an appeal lies against a decision notice; none is served when the complaint is resolved or withdrawn.
    [InlineData(DecisionOutcome.InformallyResolved, false)]
    [InlineData(DecisionOutcome.Withdrawn, false)]
    public void IsServed_OnlyForADecision(DecisionOutcome outcome, bool served) =>
        Assert.Equal(served, DecisionNotice.IsServed(outcome));
}
