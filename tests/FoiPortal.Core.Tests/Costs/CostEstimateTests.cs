using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

public class CostEstimateTests
{
    [Fact]
    public void SeedQuestion4_720RecordsAt15Minutes_Is180HoursAndExceeds18()
    {
        // 720 x 15 = 10,800 min = 180.0 h; limit 1,080 min (18 h); cost 10,800 x 25 / 60 = £4,500.
        var estimate = Foia(SeedQuestion4());

        Assert.Equal(10_800, estimate.TotalMinutes);
        Assert.Equal("180.0", estimate.TotalHours);
        Assert.Equal(4_500m, estimate.Cost(FoiaOther));
        Assert.True(estimate.ExceedsLimit(FoiaOther));
    }

    [Fact]
    public void SixteenThousandRecordsAt5Minutes_Is1334Point1Hours()
    {
        // 16,009 x 5 = 80,045 min; / 60 = 1,334.083... h -> 1,334.1 for display.
        var estimate = Foia(Line(1, 16_009, 5));

        Assert.Equal(80_045, estimate.TotalMinutes);
        Assert.Equal("1,334.1", estimate.TotalHours);
        Assert.True(estimate.ExceedsLimit(FoiaOther));
    }

    [Theory]
    // Exactly 18.0 h (1,080 min) is within; one more minute exceeds, though both show as "18.0".
    [InlineData(1080, "18.0", false)]
    [InlineData(1081, "18.0", true)]
    [InlineData(1079, "18.0", false)]
    public void ExceedsLimit_Foia_ComparesExactMinutesNotRoundedHours(int minutes, string shown, bool exceeds)
    {
        var estimate = Foia(Line(1, 1, minutes, kind: UnitKind.Other, confirmed: true));

        Assert.Equal(shown, estimate.TotalHours);
        Assert.Equal(exceeds, estimate.ExceedsLimit(FoiaOther));
    }

    [Theory]
    // Schedule 1 Part I: 24 h = 1,440 min is within; 1,441 exceeds. Against £450 (18 h) both exceed.
    [InlineData(1440, false)]
    [InlineData(1441, true)]
    public void ExceedsLimit_CentralGovernment_24Hours(int minutes, bool exceeds)
    {
        var estimate = Foia(Line(1, 1, minutes, kind: UnitKind.Other, confirmed: true));

        Assert.Equal(exceeds, estimate.ExceedsLimit(FoiaCentral));
        Assert.True(estimate.ExceedsLimit(FoiaOther));
    }

    [Theory]
    // FOISA: 40 h x £15 = £600 within; 40 h 1 min exceeds (£600.25).
    [InlineData(60, 40, false)] // 60 min x 40 = 2,400
    [InlineData(2401, 1, true)]
    public void ExceedsLimit_FoisaFifteenPoundCap(int minutesPerUnit, int units, bool exceeds)
    {
        var estimate = Estimate(Regime.Foisa, Line(1, units, minutesPerUnit, CostActivity.Retrieving, confirmed: true));

        Assert.Equal(exceeds, estimate.ExceedsLimit(Foisa));
    }

    [Fact]
    public void Cost_FoisaFortyHours_IsSixHundredPounds() =>
        // 2,400 min x £15 / 60 = £600.
        Assert.Equal(600m, Estimate(Regime.Foisa, Line(1, 40, 60, CostActivity.Locating)).Cost(Foisa));

    [Fact]
    public void ExceedsLimit_Eir_NeverTrue()
    {
        var estimate = Estimate(Regime.Eir, Line(1, 16_009, 5));

        Assert.False(estimate.ExceedsLimit(Eir));
        Assert.Equal("1,334.1", estimate.TotalHours);
    }

    [Fact]
    public void ByQuestion_SumsLinesPerQuestionInQuestionOrder()
    {
        // Q4: 720 x 15 = 10,800; Q3: 10 x 6 + 100 x 3 = 360; Q5: 1 x 30 = 30. Total 11,190 = 186.5 h.
        var estimate = Foia(
            SeedQuestion4(),
            Line(3, 10, 6, CostActivity.Locating),
            Line(5, 1, 30),
            Line(3, 100, 3, CostActivity.Extracting));

        Assert.Equal(
            [new QuestionCost(3, 360), new QuestionCost(4, 10_800), new QuestionCost(5, 30)],
            estimate.ByQuestion);
        Assert.Equal("6.0", estimate.ByQuestion[0].Hours);
        Assert.Equal(11_190, estimate.TotalMinutes);
        Assert.Equal("186.5", estimate.TotalHours);
        Assert.Equal([1, 2, 3, 4], estimate.Lines.Select(l => l.LineNumber));
    }

    [Fact]
    public void DeterminingWhetherHeldAloneExceeds_OverLimitOnItsOwn_IsTrue()
    {
        // s.12(2): 110 files x 10 min = 1,100 min > 1,080.
        var estimate = Foia(Line(1, 110, 10, CostActivity.DeterminingWhetherHeld, UnitKind.Files), Line(1, 10, 10, CostActivity.Locating));

        Assert.Equal(1_100, estimate.DeterminingWhetherHeldMinutes);
        Assert.True(estimate.DeterminingWhetherHeldAloneExceeds(FoiaOther));
    }

    [Fact]
    public void DeterminingWhetherHeldAloneExceeds_AtLimitWithOtherWorkOver_IsFalse()
    {
        // 1,080 min determining whether held (exactly the limit) + 500 locating: the request exceeds, s.12(2) does not apply.
        var estimate = Foia(Line(1, 108, 10, CostActivity.DeterminingWhetherHeld, UnitKind.Files), Line(2, 50, 10, CostActivity.Locating));

        Assert.True(estimate.ExceedsLimit(FoiaOther));
        Assert.False(estimate.DeterminingWhetherHeldAloneExceeds(FoiaOther));
    }

    [Fact]
    public void DeterminingWhetherHeldAloneExceeds_Eir_IsFalse() =>
        Assert.False(Estimate(Regime.Eir, Line(1, 1000, 10, CostActivity.DeterminingWhetherHeld)).DeterminingWhetherHeldAloneExceeds(Eir));

    [Fact]
    public void AddLine_FoisaDeterminingWhetherHeld_IsRejected()
    {
        var estimate = new CostEstimate(1, Regime.Foisa);

        var error = Assert.Throws<DomainException>(() => estimate.AddLine(Line(1, 10, 10, CostActivity.DeterminingWhetherHeld)));

        Assert.Contains("does not count", error.Message, StringComparison.Ordinal);
        Assert.Empty(estimate.Lines);
    }

    [Fact]
    public void AddLine_Invalid_ThrowsFirstMessageAndAddsNothing()
    {
        var estimate = Foia(SeedQuestion4());

        var error = Assert.Throws<DomainException>(() => estimate.AddLine(Line(2, 0, 0)));

        Assert.Equal("Number of units must be 1 or more", error.Message);
        Assert.Single(estimate.Lines);
    }

    [Fact]
    public void ChangeLine_Invalid_LeavesLineUnchanged()
    {
        var estimate = Foia(SeedQuestion4());

        Assert.Throws<DomainException>(() => estimate.ChangeLine(1, Line(4, -1, 15)));

        Assert.Equal(720, estimate.Lines[0].Units);
    }

    [Fact]
    public void ChangeAndRemoveLine_UpdateTotals()
    {
        var estimate = Foia(SeedQuestion4(), Line(5, 10, 10));

        estimate.ChangeLine(1, Line(4, 72, 15));
        estimate.RemoveLine(2);

        // 72 x 15 = 1,080: exactly the limit.
        Assert.Equal(1_080, estimate.TotalMinutes);
        Assert.False(estimate.ExceedsLimit(FoiaOther));
    }

    [Fact]
    public void ExceedsLimit_LimitForAnotherRegime_Throws() =>
        Assert.Throws<ArgumentException>(() => Foia(SeedQuestion4()).ExceedsLimit(Foisa));

    [Fact]
    public void Line_LargeCounts_DoNotOverflow()
    {
        // 10,000,000 x 6,000 = 60,000,000,000 min: beyond int.MaxValue (2,147,483,647).
        var estimate = Foia(Line(1, 10_000_000, 6_000, confirmed: true));

        Assert.Equal(60_000_000_000L, estimate.TotalMinutes);
    }

    [Fact]
    public void ValidateForRefusal_LineWithoutEvidence_NamesTheLine()
    {
        var estimate = Foia(SeedQuestion4(), Line(5, 720, 20, evidence: "  "));

        var errors = estimate.ValidateForRefusal(FoiaOther);

        var error = Assert.Single(errors);
        Assert.Equal("Lines[1].Evidence", error.Field);
        Assert.Equal("Enter the evidence for line 2 (question 5), for example the results of a sampling exercise", error.Message);
    }

    [Fact]
    public void ValidateForRefusal_WithinLimit_SaysItCannotBeRefused()
    {
        var estimate = Foia(Line(1, 72, 15));

        var error = Assert.Single(estimate.ValidateForRefusal(FoiaOther));

        Assert.Equal(
            "No question on its own exceeds the limit of 18.0 hours, so the request cannot be refused on cost. "
            + "Questions are added together only when you record that they are for the same or similar information (regulation 5(2)(a))",
            error.Message);
    }

    [Fact]
    public void ValidateForRefusal_EvidencedAndOverLimit_IsEmpty() =>
        Assert.Empty(Foia(SeedQuestion4()).ValidateForRefusal(FoiaOther));

    [Fact]
    public void ValidateForRefusal_NoLines_AsksForALine() =>
        Assert.Equal("Add at least one line to the estimate before refusing the request", Assert.Single(Foia().ValidateForRefusal(FoiaOther)).Message);
}
