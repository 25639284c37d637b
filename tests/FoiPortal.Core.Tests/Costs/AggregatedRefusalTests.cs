using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

/// <summary>
/// SI 2004/3244 reg 5: aggregated requests are refused on the total of their estimates. Figures by hand: 40 records × 15
/// minutes = 600 minutes = 10.0 hours each; two together 1,200 minutes = 20.0 hours, over the 18-hour (1,080-minute) limit.
/// </summary>
public class AggregatedRefusalTests
{
    private static CostEstimate TenHours() => Foia(Line(1, 40, 15));

    [Fact]
    public void ValidateForRefusal_TwoRequestsWithinTheLimitAlone_ExceedItTogether()
    {
        var mine = TenHours();
        var other = TenHours();
        var aggregated = new AggregatedCostEstimate([new("FOI/2026/00001", mine), new("FOI/2026/00002", other)]);

        Assert.NotEmpty(mine.ValidateForRefusal(FoiaOther));
        Assert.Empty(mine.ValidateForRefusal(FoiaOther, aggregated));
    }

    [Fact]
    public void ValidateForRefusal_AggregatedAtExactlyTheLimit_IsWithinIt()
    {
        // 36 × 15 = 540 minutes each; 1,080 together = exactly 18.0 hours: "would exceed" means more than the limit.
        var mine = Foia(Line(1, 36, 15));
        var aggregated = new AggregatedCostEstimate([new("A", mine), new("B", Foia(Line(1, 36, 15)))]);

        var errors = mine.ValidateForRefusal(FoiaOther, aggregated);

        Assert.Equal("The aggregated estimate of 18.0 hours does not exceed the limit of 18.0 hours, so the request cannot be refused on cost", Assert.Single(errors).Message);
    }

    [Fact]
    public void ValidateForRefusal_AnAggregationWithoutThisEstimate_IsAProgrammingError()
    {
        var aggregated = new AggregatedCostEstimate([new("A", TenHours()), new("B", TenHours())]);

        Assert.Throws<ArgumentException>(() => TenHours().ValidateForRefusal(FoiaOther, aggregated));
    }

    [Fact]
    public void Compose_Aggregated_ListsEachRequestAndTheTotal()
    {
        var mine = TenHours();
        var aggregated = new AggregatedCostEstimate([new("FOI/2026/00001", mine), new("FOI/2026/00002", TenHours())]);

        var text = CostRefusalWording.Compose(mine, FoiaOther, CostAdvice.Suggest(mine, FoiaOther), false, aggregated).ToPlainText();

        Assert.Contains("regulation 5 of the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004", text, StringComparison.Ordinal);
        Assert.Contains("- This request: 10.0 hours\n- Request FOI/2026/00002: 10.0 hours\n- Total: 20.0 hours, against a limit of 18.0 hours", text, StringComparison.Ordinal);
        Assert.Contains("| Total for this request |  |  |  | 10.0 |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Request FOI/2026/00001", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WithoutAggregation_OfAnEstimateWithinTheLimit_IsRefused()
    {
        var mine = TenHours();

        Assert.Throws<DomainException>(() => CostRefusalWording.Compose(mine, FoiaOther, CostAdvice.Suggest(mine, FoiaOther), false));
    }

    [Theory]
    [InlineData(Regime.Foia, true)]
    [InlineData(Regime.Eir, false)]
    [InlineData(Regime.Foisa, false)]
    public void AppliesTo_OnlyFoia(Regime regime, bool expected) => Assert.Equal(expected, CostAggregation.AppliesTo(regime));

    [Fact]
    public void Link_ADifferentRequester_NeedsTheConcertReason()
    {
        var error = Assert.Throws<DomainException>(() => new CostAggregationLink(1, 2, AggregationGround.LinkedByOfficer, "Similar", " ", "officer", DateTime.UtcNow));

        Assert.Equal("Say why the requesters appear to be acting in concert or as part of a campaign", error.Message);
    }

    [Fact]
    public void Link_NeedsTheSimilarInformationStatement_AndTwoRequests()
    {
        Assert.Throws<DomainException>(() => new CostAggregationLink(1, 2, AggregationGround.SameRequester, "", null, "officer", DateTime.UtcNow));
        Assert.Throws<DomainException>(() => new CostAggregationLink(3, 3, AggregationGround.SameRequester, "Similar", null, "officer", DateTime.UtcNow));
    }

    [Fact]
    public void Link_PartnerOf_WorksFromEitherSide()
    {
        var link = new CostAggregationLink(7, 9, AggregationGround.SameRequester, "Similar", "ignored for the same requester", "officer", DateTime.UtcNow);

        Assert.Equal(9, link.PartnerOf(7));
        Assert.Equal(7, link.PartnerOf(9));
        Assert.Throws<ArgumentException>(() => link.PartnerOf(8));
    }

    [Fact]
    public void Advice_WithinTheLimitAloneButNotTogether_SaysHowToMakeThemFit()
    {
        var mine = TenHours();
        var aggregated = new AggregatedCostEstimate([new("FOI/2026/00001", mine), new("FOI/2026/00002", TenHours())]);

        var advice = CostAdvice.Suggest(mine, FoiaOther, aggregated, "FOI/2026/00001");

        Assert.False(advice.WholeRequestWithinLimit);
        Assert.Equal(
            [
                "On its own, this request would take an estimated 10.0 hours of the 18.0 hours allowed. Together with your request FOI/2026/00002, which we have aggregated with it, it would take 20.0 hours.",
                "If you withdraw your request FOI/2026/00002, or narrow the requests so that together they would take no more than 18.0 hours, we could answer within the limit. Please tell us which you would prefer.",
            ],
            advice.SuggestedWording);
        Assert.DoesNotContain(advice.SuggestedWording, p => p.Contains("no advice on narrowing", StringComparison.Ordinal));
    }

    [Fact]
    public void Advice_OverTheLimitAlone_IsTheAdviceForThisRequest()
    {
        // 80 × 15 = 1,200 minutes = 20.0 hours alone: the usual narrowing advice applies.
        var mine = Foia(Line(1, 80, 15));
        var aggregated = new AggregatedCostEstimate([new("A", mine), new("B", TenHours())]);

        Assert.Equal(CostAdvice.Suggest(mine, FoiaOther).SuggestedWording, CostAdvice.Suggest(mine, FoiaOther, aggregated, "A").SuggestedWording);
    }

    [Fact]
    public void Advice_AggregatedButWithinTheLimitTogether_IsTheAdviceForThisRequest()
    {
        var mine = Foia(Line(1, 20, 15));
        var aggregated = new AggregatedCostEstimate([new("A", mine), new("B", Foia(Line(1, 20, 15)))]);

        var advice = CostAdvice.Suggest(mine, FoiaOther, aggregated, "A");

        Assert.True(advice.WholeRequestWithinLimit);
    }
}
