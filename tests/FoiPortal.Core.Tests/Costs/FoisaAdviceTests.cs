using FoiPortal.Core.Costs;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

/// <summary>
/// Issue 13, rule 6 leftovers (FOISA, SSI 2004/467): the s.15 advice and aggregated totals take each line's staff hourly
/// cost (up to the £15 ceiling of reg 3) against the £600 of reg 5, not a flat £15; and reg 3 counts locating,
/// retrieving and providing only, so extracting is not offered. Figures worked by hand in the comments.
/// </summary>
public class FoisaAdviceTests
{
    private static CostLineInput At(CostLineInput line, decimal? rate) => line with { StaffHourlyRate = rate };

    // 20 hours x £10 = £200 (Q1); 20 hours x £10 = £200 (Q2); 15 hours x £12 = £180 (Q3); 10 hours x £10 = £100 (Q4).
    // All four: 65 hours, £680 > £600, refused. At real rates Q1+Q2+Q3 = 55 hours, £580, fits: three questions (every
    // other set of three costs less: Q1+Q2+Q4 £500, Q1+Q3+Q4 and Q2+Q3+Q4 £480). At a flat £15 the limit would be 40
    // hours and no three questions fit (the smallest three take 45 hours).
    private static CostEstimate FourQuestions() => Estimate(
        Regime.Foisa,
        At(Line(1, 20, 60, CostActivity.Locating, UnitKind.Other, "Search of the case files"), 10m),
        At(Line(2, 20, 60, CostActivity.Retrieving, UnitKind.Other, "Retrieval from the archive"), 10m),
        At(Line(3, 15, 60, CostActivity.Providing, UnitKind.Other, "Copying the files"), 12m),
        At(Line(4, 10, 60, CostActivity.Locating, UnitKind.Other, "Search of the registers"), 10m));

    [Fact]
    public void Advice_S15_Ssi2004_467Reg3_LargestSetAtEachLinesStaffRate()
    {
        var advice = CostAdvice.Suggest(FourQuestions(), Foisa);

        Assert.False(advice.WholeRequestWithinLimit);
        Assert.Equal([1, 2, 3], advice.Answerable.Questions);
        Assert.Equal(55 * 60, advice.Answerable.Minutes);
        Assert.Equal(
            "We could answer questions 1, 2 and 3 within the cost limit: we estimate this would cost £580 of the £600 allowed. If you would like us to do this, please send us a new request for those questions only.",
            advice.SuggestedWording[0]);
    }

    [Fact]
    public void Advice_S15_Ssi2004_467Reg3_NarrowingAtTheLinesStaffRate()
    {
        // Line 1: 100 records x 30 minutes = 50 hours at £10 = £500; line 2: 10 hours providing at £15 = £150; £650 > £600.
        // Narrowing line 1: £600 - £150 = £450 left, which at £10 an hour is 45 hours = 2,700 minutes = 90 records.
        // (At a flat £15: 40 hours - 10 hours = 30 hours = 60 records.)
        var estimate = Estimate(
            Regime.Foisa,
            At(Line(1, 100, 30, CostActivity.Locating), 10m),
            Line(1, 10, 60, CostActivity.Providing, UnitKind.Other, "Copying the files"));

        var advice = CostAdvice.Suggest(estimate, Foisa);

        Assert.Equal([new NarrowingSuggestion(1, 1, UnitKind.Records, 100, 90, NarrowingScope.WholeRequest)], advice.Narrowing);
        Assert.Equal(
            "We have not found a way to answer question 1 as it stands within the cost limit: on its own it would cost more than £600.",
            advice.SuggestedWording[0]);
        Assert.StartsWith("Question 1 would need manual review of each crime record. If you narrowed it to 90 records instead of 100", advice.SuggestedWording[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregated_Ssi2004_467Reg5_TotalAtEachLinesStaffRate_WithinAt570()
    {
        // FOISA/1: 30 hours at £10 = £300; FOISA/2: 18 hours at £15 = £270. 48 hours, £570: within £600 (a flat £15 would give £720).
        var first = Estimate(Regime.Foisa, At(Line(1, 30, 60, CostActivity.Locating), 10m));
        var second = Estimate(Regime.Foisa, At(Line(1, 18, 60, CostActivity.Retrieving), 15m));
        var aggregated = new AggregatedCostEstimate([new AggregatedPart("FOISA/1", first), new AggregatedPart("FOISA/2", second)]);

        Assert.Equal(570m, aggregated.Cost(Foisa));
        Assert.False(aggregated.ExceedsLimit(Foisa));
        Assert.Equal(48 * 60, aggregated.TotalMinutes);
    }

    [Fact]
    public void Aggregated_Ssi2004_467Reg5_AdviceSpeaksMoney_OverAt625()
    {
        // FOISA/1: 30 hours at £10 = £300 (within on its own); FOISA/2: 25 hours at £13 = £325. Together £625 > £600.
        var first = Estimate(Regime.Foisa, At(Line(1, 30, 60, CostActivity.Locating), 10m));
        var second = Estimate(Regime.Foisa, At(Line(1, 25, 60, CostActivity.Retrieving), 13m));
        var aggregated = new AggregatedCostEstimate([new AggregatedPart("FOISA/1", first), new AggregatedPart("FOISA/2", second)]);

        var advice = CostAdvice.Suggest(first, Foisa, aggregated, "FOISA/1");

        Assert.True(aggregated.ExceedsLimit(Foisa));
        Assert.Equal(
            [
                "On its own, this request would cost an estimated £300 of the £600 allowed. Together with your request FOISA/2, which we have aggregated with it, it would cost £625.",
                "If you withdraw your request FOISA/2, or narrow the requests so that together they would cost no more than £600, we could answer within the limit. Please tell us which you would prefer.",
            ],
            advice.SuggestedWording);
    }

    [Fact]
    public void Validate_ExtractingUnderFoisa_IsRefused_Ssi2004_467Reg3()
    {
        var error = Assert.Single(CostLineRules.Validate(Line(1, 10, 6, CostActivity.Extracting), Regime.Foisa));

        Assert.Equal(new CostFieldError(
            "Activity",
            "Under the Freedom of Information (Scotland) Act 2002, only time spent locating, retrieving and providing the information counts (regulation 3 of SSI 2004/467): choose locating, retrieving or providing"), error);
    }

    [Theory]
    [InlineData(CostActivity.DeterminingWhetherHeld, false, true)]
    [InlineData(CostActivity.Locating, true, true)]
    [InlineData(CostActivity.Retrieving, true, true)]
    [InlineData(CostActivity.Extracting, false, true)]
    [InlineData(CostActivity.Providing, true, false)]
    public void Counts_Ssi2004_467Reg3_LocatingRetrievingProvidingOnly(CostActivity activity, bool underFoisa, bool underFoia)
    {
        Assert.Equal(underFoisa, Foisa.Counts(activity));
        Assert.Equal(underFoia, FoiaOther.Counts(activity));
    }
}
