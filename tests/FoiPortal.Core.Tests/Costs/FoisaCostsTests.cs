using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

/// <summary>
/// FOISA costs (the Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004, SSI 2004/467):
/// reg 3 counts locating, retrieving and providing the information, with staff time at the actual hourly cost of each
/// member of staff up to £15 an hour; reg 5 sets the prescribed amount at £600. Figures are worked by hand in the comments.
/// </summary>
public class FoisaCostsTests
{
    private static CostLineInput At(CostLineInput line, decimal? rate) => line with { StaffHourlyRate = rate };

    [Fact]
    public void Validate_ProvidingUnderFoisa_IsAccepted_Ssi2004_467Reg3() =>
        Assert.Empty(CostLineRules.Validate(Line(1, 10, 6, CostActivity.Providing), Regime.Foisa));

    [Theory]
    [InlineData(Regime.Foia)]
    [InlineData(Regime.Eir)]
    public void Validate_ProvidingUnderFoiaOrEir_IsRefused_Si2004_3244Reg4_3(Regime regime)
    {
        var error = Assert.Single(CostLineRules.Validate(Line(1, 10, 6, CostActivity.Providing), regime));

        Assert.Equal(new CostFieldError(
            "Activity",
            "Time spent providing the information counts only under the Freedom of Information (Scotland) Act 2002 (regulation 3 of SSI 2004/467): "
            + "choose finding out whether the information is held, locating, retrieving or extracting"), error);
    }

    [Fact]
    public void Counts_ProvidingOnlyUnderFoisa_Ssi2004_467Reg3()
    {
        Assert.True(Foisa.Counts(CostActivity.Providing));
        Assert.False(FoiaOther.Counts(CostActivity.Providing));
        Assert.False(Eir.Counts(CostActivity.Providing));
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("12.50")]
    [InlineData("15")]
    [InlineData("15.00")]
    public void Validate_FoisaStaffRateUpToFifteenPounds_IsAccepted_Ssi2004_467Reg3(string rate) =>
        Assert.Empty(CostLineRules.Validate(At(Line(1, 10, 6, CostActivity.Locating), decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)), Regime.Foisa));

    public static TheoryData<string, decimal, string> BadRates => new()
    {
        { "a penny over the ceiling", 15.01m, "Staff hourly cost must be £15 or less: staff time cannot be costed at more than £15 an hour (regulation 3 of SSI 2004/467). Enter £15 if the member of staff costs more" },
        { "the FOIA rate", 25m, "Staff hourly cost must be £15 or less: staff time cannot be costed at more than £15 an hour (regulation 3 of SSI 2004/467). Enter £15 if the member of staff costs more" },
        { "zero", 0m, "Staff hourly cost must be more than £0" },
        { "negative", -1m, "Staff hourly cost must be more than £0" },
        { "part of a penny", 12.505m, "Staff hourly cost must be in pounds and pence, like 12.50" },
    };

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Validate_FoisaStaffRateOutOfRange_IsRefused_Ssi2004_467Reg3(string because, decimal rate, string message)
    {
        var error = Assert.Single(CostLineRules.Validate(At(Line(1, 10, 6, CostActivity.Locating), rate), Regime.Foisa));

        Assert.True(error == new CostFieldError("StaffHourlyRate", message), $"{because}: got {error}");
    }

    [Fact]
    public void AddLine_FoisaStaffRateAboveFifteenPounds_IsRefused_Ssi2004_467Reg3()
    {
        var estimate = new CostEstimate(1, Regime.Foisa);

        var ex = Assert.Throws<DomainException>(() => estimate.AddLine(At(Line(1, 10, 6, CostActivity.Locating), 16m)));

        Assert.Contains("regulation 3 of SSI 2004/467", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StaffRateUnderFoia_IsRefused_Si2004_3244Reg4_4()
    {
        var error = Assert.Single(CostLineRules.Validate(At(Line(1, 10, 6), 12m), Regime.Foia));

        Assert.Equal("StaffHourlyRate", error.Field);
        Assert.Contains("£25 an hour (regulation 4(4) of SI 2004/3244)", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, CostLineInput[], bool> Limits => new()
    {
        // 48 hours at £12.50 = £600: exactly the prescribed amount is within it (at a flat £15 it would be £720, over).
        { "48 hours at £12.50", [At(Line(1, 48, 60, CostActivity.Locating), 12.50m)], false },
        // 2,881 minutes at £12.50 = £600.21: over.
        { "2,881 minutes at £12.50", [At(Line(1, 2_881, 1, CostActivity.Locating), 12.50m)], true },
        // 30 hours at £10 (£300) + 20 hours at £15 (£300) = £600 for 50 hours: within.
        { "mixed rates at £600", [At(Line(1, 30, 60, CostActivity.Locating), 10m), At(Line(1, 20, 60, CostActivity.Retrieving), 15m)], false },
        // The same plus 1 minute of providing at £15 (25p) = £600.25: over.
        { "mixed rates plus a minute of providing", [At(Line(1, 30, 60, CostActivity.Locating), 10m), At(Line(1, 20, 60, CostActivity.Retrieving), 15m), Line(1, 1, 1, CostActivity.Providing)], true },
        // No rate entered: the £15 ceiling. 41 hours x £15 = £615: over.
        { "41 hours at the ceiling", [Line(1, 41, 60, CostActivity.Providing)], true },
        // 40 hours x £15 = £600: within.
        { "40 hours at the ceiling", [Line(1, 40, 60, CostActivity.Providing)], false },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void ExceedsLimit_FoisaEachLineAtItsStaffRate_Ssi2004_467Regs3And5(string because, CostLineInput[] lines, bool exceeds)
    {
        var estimate = Estimate(Regime.Foisa, lines);

        Assert.True(exceeds == estimate.ExceedsLimit(Foisa), because);
        Assert.True(exceeds == estimate.Assess(Foisa).AnyRefused, because);
    }

    [Fact]
    public void Cost_FoisaMixedRates_SumsEachLineAtItsRate_Ssi2004_467Reg3()
    {
        // 3 hours at £12.50 = £37.50; 90 minutes at £9.99 = £14.985; total £52.485 exactly.
        var estimate = Estimate(Regime.Foisa, At(Line(1, 3, 60, CostActivity.Locating), 12.50m), At(Line(1, 90, 1, CostActivity.Providing), 9.99m));

        Assert.Equal(52.485m, estimate.Cost(Foisa));
        Assert.Equal("£52.49", CostFigures.Money(estimate.Cost(Foisa)));
    }

    [Fact]
    public void ValidateForRefusal_FoisaAtTheLimitAtStaffRate_SaysWhyNot_Ssi2004_467Reg5()
    {
        // 48 hours at £12.50 = £600: not more than £600.
        var estimate = Estimate(Regime.Foisa, At(Line(1, 48, 60, CostActivity.Locating), 12.50m));

        var error = Assert.Single(estimate.ValidateForRefusal(Foisa));

        Assert.Equal("The estimate does not exceed the limit of £600, with staff time at the hourly cost entered on each line, so the request cannot be refused on cost", error.Message);
    }

    [Fact]
    public void Compose_FoisaRefusalAtOneRate_GivesTheHoursTheLimitBuys_Ssi2004_467Regs3And5()
    {
        // £600 / £12.50 = 48.0 hours; 50 hours at £12.50 = £625, over.
        var estimate = Estimate(Regime.Foisa, At(Line(1, 50, 60, CostActivity.Retrieving, UnitKind.Other, "Retrieval from the archive"), 12.50m));

        var text = CostRefusalWording.Compose(estimate, Foisa, CostAdvice.Suggest(estimate, Foisa), goodwillDisclosure: false).ToPlainText();

        Assert.Contains("(regulation 3): we have used £12.50 an hour, so the limit is equal to 48.0 hours of work.", text, StringComparison.Ordinal);
        Assert.Contains("would cost £625.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_FoisaRefusal_GivesEachLineRateAndTheCost_Ssi2004_467Regs3And5()
    {
        // 30 hours locating at £10 = £300; 21 hours providing at the £15 ceiling = £315; 51 hours, £615 > £600.
        var estimate = Estimate(
            Regime.Foisa,
            At(Line(1, 30, 60, CostActivity.Locating, UnitKind.Other, "Search of the case files"), 10m),
            Line(1, 21, 60, CostActivity.Providing, UnitKind.Other, "Copying the files"));

        var text = CostRefusalWording.Compose(estimate, Foisa, CostAdvice.Suggest(estimate, Foisa), goodwillDisclosure: false).ToPlainText();

        Assert.Contains("section 12(1) of the Freedom of Information (Scotland) Act 2002", text, StringComparison.Ordinal);
        Assert.Contains("at no more than £15 an hour (regulation 3): line 1 at £10, line 2 at £15 an hour.", text, StringComparison.Ordinal);
        Assert.Contains("would take 51.0 hours, which at the hourly cost of the staff doing the work would cost £615.", text, StringComparison.Ordinal);
        Assert.Contains("Providing the information: Copying the files", text, StringComparison.Ordinal);
        Assert.Contains("Total: 51.0 hours costing £615, against a limit of £600.", text, StringComparison.Ordinal);
    }
}
