using FoiPortal.Core.Costs;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

public class CostLineRulesTests
{
    public static TheoryData<string, CostLineInput, string, string> BadLines => new()
    {
        { "zero units", Line(1, 0, 15), "Units", "Number of units must be 1 or more" },
        { "negative units", Line(1, -5, 15), "Units", "Number of units must be 1 or more" },
        { "blank units", Line(1, 1, 15) with { Units = null }, "Units", "Enter the number of units" },
        { "too many units", Line(1, 10_000_001, 1), "Units", "Number of units must be 10,000,000 or fewer" },
        { "zero minutes", Line(1, 10, 0), "MinutesPerUnit", "Minutes per unit must be 1 or more" },
        { "negative minutes", Line(1, 10, -1), "MinutesPerUnit", "Minutes per unit must be 1 or more" },
        { "blank minutes", Line(1, 10, 1) with { MinutesPerUnit = null }, "MinutesPerUnit", "Enter the minutes per unit" },
        { "481 minutes unconfirmed", Line(1, 10, 481), "ConfirmedOverEightHoursPerUnit", "More than 8 hours (480 minutes) per unit needs a confirmation: check the figure and confirm it" },
        { "range high over 8 hours unconfirmed", Line(1, 10, 60, low: 30, high: 600), "ConfirmedOverEightHoursPerUnit", "More than 8 hours (480 minutes) per unit needs a confirmation: check the figure and confirm it" },
        { "over hard ceiling", Line(1, 10, 6_001, confirmed: true), "MinutesPerUnit", "Minutes per unit must be 6,000 or fewer" },
        { "used above range", Line(1, 720, 31, low: 5, high: 30), "MinutesPerUnit", "Minutes per unit used must be between the lowest (5) and the highest (30)" },
        { "used below range", Line(1, 720, 4, low: 5, high: 30), "MinutesPerUnit", "Minutes per unit used must be between the lowest (5) and the highest (30)" },
        { "high below low", Line(1, 720, 15, low: 30, high: 5), "MinutesHigh", "Highest minutes per unit must be the same as or more than the lowest" },
        { "low only", Line(1, 720, 15, low: 5), "MinutesHigh", "Enter the highest minutes per unit, or leave both the lowest and highest blank" },
        { "high only", Line(1, 720, 15, high: 30), "MinutesLow", "Enter the lowest minutes per unit, or leave both the lowest and highest blank" },
        { "zero low", Line(1, 720, 15, low: 0, high: 30), "MinutesLow", "Lowest minutes per unit must be 1 or more" },
        { "question 0", Line(0, 1, 1), "QuestionNumber", "Question number must be between 1 and 20" },
        { "question 21", Line(21, 1, 1), "QuestionNumber", "Question number must be between 1 and 20" },
        { "no question", Line(1, 1, 1) with { QuestionNumber = null }, "QuestionNumber", "Select which question this line is for" },
        { "no activity", Line(1, 1, 1) with { Activity = null }, "Activity", "Select the activity this time is for" },
        { "unknown activity", Line(1, 1, 1) with { Activity = (CostActivity)99 }, "Activity", "Select the activity this time is for" },
        { "blank description", Line(1, 1, 1, description: "   "), "Description", "Enter a description of the work, for example the records to be checked" },
        { "long description", Line(1, 1, 1, description: new string('a', 501)), "Description", "Description must be 500 characters or fewer" },
        { "long evidence", Line(1, 1, 1, evidence: new string('a', 2_001)), "Evidence", "Evidence must be 2,000 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Validate_BadLine_GivesOneGovUkError(string because, CostLineInput input, string field, string message)
    {
        var errors = CostLineRules.Validate(input, Regime.Foia);

        var error = Assert.Single(errors);
        Assert.True(error == new CostFieldError(field, message), $"{because}: got {error}");
    }

    [Theory]
    [InlineData(480, false)] // exactly 8 hours needs no confirmation
    [InlineData(481, true)]
    [InlineData(6_000, true)]
    public void Validate_LongTimeConfirmed_IsAccepted(int minutes, bool confirmed) =>
        Assert.Empty(CostLineRules.Validate(Line(1, 1, minutes, confirmed: confirmed), Regime.Foia));

    [Fact]
    public void Validate_SeedRangeWithUsedFigureInside_IsValid() =>
        Assert.Empty(CostLineRules.Validate(SeedQuestion4(), Regime.Foia));

    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    public void Validate_UsedAtEndOfRange_IsValid(int used) =>
        Assert.Empty(CostLineRules.Validate(Line(4, 720, used, low: 5, high: 30), Regime.Foia));

    [Fact]
    public void Validate_NoEvidence_IsValidUntilRefusal() =>
        Assert.Empty(CostLineRules.Validate(Line(1, 1, 1, evidence: null), Regime.Foia));

    [Fact]
    public void Validate_SeveralErrors_InFieldOrder()
    {
        var input = new CostLineInput(null, null, "", 0, UnitKind.Records, 0);

        var fields = CostLineRules.Validate(input, Regime.Foia).Select(e => e.Field);

        Assert.Equal(["QuestionNumber", "Activity", "Description", "Units", "MinutesPerUnit"], fields);
    }

    [Theory]
    [InlineData(Regime.Foisa, 1)]
    [InlineData(Regime.Foia, 0)]
    [InlineData(Regime.Eir, 0)]
    public void Validate_DeterminingWhetherHeld_RejectedOnlyUnderFoisa(Regime regime, int errorCount) =>
        Assert.Equal(errorCount, CostLineRules.Validate(Line(1, 10, 10, CostActivity.DeterminingWhetherHeld), regime).Count);
}
