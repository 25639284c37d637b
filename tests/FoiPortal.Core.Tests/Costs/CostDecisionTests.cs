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

        Assert.Equal((SignOffState.Pending, SignOffState.NotNeeded), (Refusal().SignOff, proceed.SignOff));
    }

    [Fact]
    public void Approve_ByAnotherManager_RecordsWhoAndWhen()
    {
        var decision = Refusal();

        decision.Approve("manager@example.org", At.AddHours(1), comment: null);

        Assert.Equal((SignOffState.Approved, "manager@example.org", At.AddHours(1)), (decision.SignOff, decision.ReviewedBy, decision.ReviewedAtUtc!.Value));
    }

    [Fact]
    public void Approve_OwnDecision_Throws()
    {
        var decision = Refusal("manager@example.org");

        var ex = Assert.Throws<DomainException>(() => decision.Approve("MANAGER@example.org", At, null));

        Assert.Equal("You made this decision, so you cannot approve it: another manager must sign it off", ex.Message);
        Assert.Equal(SignOffState.Pending, decision.SignOff);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutComment_Throws(string comment)
    {
        var decision = Refusal();

        Assert.Throws<DomainException>(() => decision.Return("manager@example.org", At, comment));
        Assert.Equal(SignOffState.Pending, decision.SignOff);
    }

    [Fact]
    public void Approve_Twice_Throws()
    {
        var decision = Refusal();
        decision.Return("manager@example.org", At, "Add the sample");

        Assert.Throws<DomainException>(() => decision.Approve("manager@example.org", At, null));
    }

    [Fact]
    public void New_GoodwillWithoutSection12Refusal_Throws() =>
        Assert.Throws<DomainException>(() => new CostDecision(1, CostOutcome.RefuseSection12Two, goodwillDisclosure: true, "Advice", "Wording", 450m, 1_080, 2_000, "o", At));
}
