using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Tests.Costs;

public sealed class CostDecisionTests
{
    private static readonly DateTime At = new(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc);

    private static CostDecision Refusal(string by = "officer@example.org") =>
        new(1, CostOutcome.RefuseSection12, goodwillDisclosure: true, "Advice", "Wording", 450m, 1_080, 10_800, by, At);

    [Fact]
    public void New_Refusal_NeedsSignOff_ProceedDoesNot()
    {
        var proceed = new CostDecision(1, CostOutcome.Proceed, goodwillDisclosure: false, string.Empty, null, 450m, 1_080, 60, "officer@example.org", At);

        Assert.Equal((SignOffState.Pending, SignOffState.NotNeeded), (Refusal().SignOff.State, proceed.SignOff.State));
    }

    [Fact]
    public void New_GoodwillWithoutSection12Refusal_Throws() =>
        Assert.Throws<DomainException>(() => new CostDecision(1, CostOutcome.RefuseSection12Two, goodwillDisclosure: true, "Advice", "Wording", 450m, 1_080, 2_000, "o", At));
}
