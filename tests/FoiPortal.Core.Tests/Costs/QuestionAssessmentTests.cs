using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

/// <summary>
/// Questions in one letter are separate requests for the cost limit (ICO s.12 guidance); their costs add up only where the
/// officer records that they relate to the same or similar information (SI 2004/3244 reg 5(2)(a)). FOIA, £450: 1,080 minutes.
/// </summary>
public class QuestionAssessmentTests
{
    // The case: question 1 takes 1 hour (60 minutes), question 2 takes 30 hours (1,800 minutes).
    private static CostEstimate OneHourAndThirtyHours() => Foia(Line(1, 1, 60, kind: UnitKind.Other), Line(2, 120, 15));

    [Fact]
    public void Reg5_2_a_OneHourQuestionWithAThirtyHourOne_NotSameOrSimilar_OnlyTheThirtyHourOneIsRefused()
    {
        var assessment = OneHourAndThirtyHours().Assess(FoiaOther);

        Assert.Equal([2], assessment.RefusedQuestions);
        Assert.Equal([1], assessment.CostedWithinLimit);
        Assert.Equal(1_800, assessment.RefusedMinutes);
        Assert.Null(assessment.SameOrSimilar);
        Assert.False(assessment.RefusesWhole(questionCount: 2));
    }

    [Fact]
    public void Reg5_2_a_OneHourQuestionWithAThirtyHourOne_RecordedSameOrSimilar_BothAreRefused()
    {
        var estimate = OneHourAndThirtyHours();
        estimate.RecordSameOrSimilar([2, 1], "Both concern online grooming offences", questionCount: 2);

        var assessment = estimate.Assess(FoiaOther);

        Assert.Equal([1, 2], assessment.RefusedQuestions);
        Assert.Equal(1_860, Assert.Single(assessment.Groups).Minutes);
        Assert.True(assessment.RefusesWhole(questionCount: 2));
        Assert.Equal("Both concern online grooming offences", assessment.SameOrSimilarReason);
    }

    [Theory]
    // Five 5-hour questions (300 minutes each, 1,500 together): none exceeds 1,080 alone; together they do.
    [InlineData(new int[0], new int[0])]
    [InlineData(new[] { 1, 2, 3 }, new int[0])] // 900 minutes: within
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 1, 2, 3, 4 })] // 1,200 minutes: over; question 5 answered
    [InlineData(new[] { 1, 2, 3, 4, 5 }, new[] { 1, 2, 3, 4, 5 })]
    public void Reg5_2_a_FiveFiveHourQuestions_OnlyTheSameOrSimilarOnesAddUp(int[] sameOrSimilar, int[] refused)
    {
        var estimate = Foia(Line(1, 20, 15), Line(2, 20, 15), Line(3, 20, 15), Line(4, 20, 15), Line(5, 20, 15));
        if (sameOrSimilar.Length > 0)
        {
            estimate.RecordSameOrSimilar(sameOrSimilar, "Same crime records", questionCount: 5);
        }

        Assert.Equal(refused, estimate.Assess(FoiaOther).RefusedQuestions);
    }

    [Theory]
    [InlineData(new[] { 1 }, "Say why", "Select at least 2 questions that are for the same or similar information")]
    [InlineData(new[] { 1, 6 }, "Say why", "Select questions between 1 and 5")]
    [InlineData(new[] { 1, 2 }, " ", "Say why the questions are for the same or similar information")]
    public void Reg5_2_a_RecordSameOrSimilar_NeedsTwoQuestionsOfTheRequestAndAReason(int[] questions, string reason, string expected)
    {
        var estimate = Foia(Line(1, 1, 60));

        var error = Assert.Throws<DomainException>(() => estimate.RecordSameOrSimilar(questions, reason, questionCount: 5));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Reg5_2_a_ValidateForRefusal_OneHourAndThirtyHours_AllowsTheRefusalOfQuestionTwo() =>
        Assert.Empty(OneHourAndThirtyHours().ValidateForRefusal(FoiaOther));

    [Fact]
    public void Reg5_2_a_Wording_OneHourAndThirtyHours_RefusesQuestionTwoAndAnswersTheOther()
    {
        var estimate = OneHourAndThirtyHours();
        var advice = CostAdvice.Suggest(estimate, FoiaOther);

        var text = CostRefusalWording.Compose(estimate, FoiaOther, advice, goodwillDisclosure: false, questionCount: 2).ToPlainText();

        Assert.Contains(
            "We have treated each question in your request as a separate request for the cost limit, as the Information Commissioner's guidance on section 12 advises. "
            + "We estimate that the cost of complying with question 2 would exceed the appropriate limit. This means that we are not obliged to comply with it "
            + "(section 12(1) of the Freedom of Information Act 2000). We are answering the other questions in this letter.",
            text,
            StringComparison.Ordinal);
        // 1,800 minutes = 30.0 hours at £25 = £750.
        Assert.Contains("We estimate that complying with question 2 would take 30.0 hours, which at £25 an hour would cost £750.", text, StringComparison.Ordinal);
        Assert.Contains("Total: 30.0 hours, against a limit of 18.0 hours.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| 1 |", text, StringComparison.Ordinal);
        // s.16: question 2 narrowed on its own: floor(1,080 / 15) = 72 records.
        Assert.Contains("72 records instead of 120, we estimate that we could answer question 2 on its own", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reg5_2_a_Wording_SameOrSimilar_TheLetterStatesTheFindingAndItsReason()
    {
        var estimate = OneHourAndThirtyHours();
        estimate.RecordSameOrSimilar([1, 2], "Both concern online grooming offences.", questionCount: 2);

        var text = CostRefusalWording.Compose(estimate, FoiaOther, CostAdvice.Suggest(estimate, FoiaOther), goodwillDisclosure: false, questionCount: 2).ToPlainText();

        Assert.Contains("We estimate that the cost of complying with your request would exceed the appropriate limit.", text, StringComparison.Ordinal);
        Assert.Contains(
            "We have added together the costs of questions 1 and 2, because they relate to the same or similar information: Both concern online grooming offences "
            + "(regulation 5(2)(a) of the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004).",
            text,
            StringComparison.Ordinal);
        // 1,860 minutes = 31.0 hours.
        Assert.Contains("Total: 31.0 hours, against a limit of 18.0 hours.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reg5_2_a_NothingOverTheLimitAlone_CannotBeRefused()
    {
        var estimate = Foia(Line(1, 60, 15), Line(2, 60, 15)); // 900 minutes each, 1,800 together

        var error = Assert.Throws<DomainException>(() =>
            CostRefusalWording.Compose(estimate, FoiaOther, CostAdvice.Suggest(estimate, FoiaOther), goodwillDisclosure: false, questionCount: 2));

        Assert.StartsWith("No question on its own exceeds the limit of 18.0 hours", error.Message, StringComparison.Ordinal);
        Assert.True(CostAdvice.Suggest(estimate, FoiaOther).WholeRequestWithinLimit);
    }

    [Theory]
    [InlineData(new[] { 2 }, 2, "2")]
    [InlineData(new[] { 1, 2 }, 2, null)] // every question: the whole request
    [InlineData(new int[0], 2, null)]
    public void Reg5_2_a_CostDecision_RefuseOnly_KeepsTheRefusedQuestionsOfAPartialRefusal(int[] refused, int questionCount, string? stored)
    {
        var decision = new CostDecision(1, CostOutcome.RefuseSection12, false, "Advice.", "Wording", 450m, 1_080, 1_860, "officer@foiportal.test", DateTime.UtcNow);

        decision.RefuseOnly(refused, questionCount);

        Assert.Equal(stored, decision.RefusedQuestionNumbers);
    }

    [Fact]
    public void Foisa_WholeRequestStillCosted_AsBefore()
    {
        // FOISA: the request as a whole (no question-by-question rule in SSI 2004/467): 1,300 + 1,300 = 2,600 > 2,400.
        var estimate = Estimate(Core.Statute.Regime.Foisa, Line(1, 100, 13, activity: CostActivity.Locating), Line(2, 100, 13, activity: CostActivity.Locating));

        Assert.Equal([1, 2], estimate.Assess(Foisa).RefusedQuestions);
    }
}
