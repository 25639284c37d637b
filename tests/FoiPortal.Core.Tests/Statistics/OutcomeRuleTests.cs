using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Statistics;
using static FoiPortal.Core.Exemptions.QuestionOutcome;

namespace FoiPortal.Core.Tests.Statistics;

/// <summary>The one rule classing a multi-question request (docs/adr/015-statistics-outcome-rule.md).</summary>
public sealed class OutcomeRuleTests
{
    public static TheoryData<QuestionOutcome[], bool, OutcomeCategory> Cases => new()
    {
        { [Disclosed], false, OutcomeCategory.GrantedInFull },
        { [], false, OutcomeCategory.GrantedInFull },
        { [Disclosed, NotHeld], false, OutcomeCategory.GrantedInFull },
        { [Disclosed, Withheld], false, OutcomeCategory.PartlyWithheld },
        { [PartlyDisclosed], false, OutcomeCategory.PartlyWithheld },
        { [Disclosed, NeitherConfirmNorDeny], false, OutcomeCategory.PartlyWithheld },
        { [Withheld, NotHeld], false, OutcomeCategory.WithheldInFull },
        { [Withheld, NeitherConfirmNorDeny], false, OutcomeCategory.WithheldInFull },
        { [NeitherConfirmNorDeny], false, OutcomeCategory.NeitherConfirmNorDeny },
        { [NeitherConfirmNorDeny, NotHeld], false, OutcomeCategory.NeitherConfirmNorDeny },
        { [NotHeld, NotHeld], false, OutcomeCategory.NotHeld },
        { [Disclosed], true, OutcomeCategory.RefusedCost }, // s.12 with goodwill disclosure
        { [CostLimitExceeded, Disclosed], false, OutcomeCategory.RefusedCost },
        { [Vexatious], false, OutcomeCategory.RefusedVexatiousOrRepeated },
        { [Repeated, Disclosed], false, OutcomeCategory.RefusedVexatiousOrRepeated },
        { [Vexatious], true, OutcomeCategory.RefusedCost },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_MultiQuestionRequest(QuestionOutcome[] outcomes, bool costRefused, OutcomeCategory expected) =>
        Assert.Equal(expected, OutcomeRule.Classify(OutcomeFlags.From(outcomes, costRefused)));

    [Fact]
    public void Keys_AreCamelCase() => Assert.Equal("refusedVexatiousOrRepeated", OutcomeCategory.RefusedVexatiousOrRepeated.Key());
}
