using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Exemptions.Drafts;

namespace FoiPortal.Core.Tests.Reviews;

/// <summary>
/// Issue 14: a refusal the review does not uphold gets a new decision, with the first response's rules and sign-off,
/// beside the original. A two-question request answered by the officer on Mon 2 Mar 2026 (question 1 withheld under
/// s.31(1), question 2 disclosed), the original decisions signed off by the manager; reviewed by the reviewer.
/// </summary>
public class ReviewDecisionsTests
{
    private const string OriginalManager = "manager@foiportal.test";
    private const string OtherManager = "manager2@foiportal.test";
    private const string Reviewer = "reviewer@foiportal.test";
    private const string DemoOfficer = "officer@foiportal.test";
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();
    private static readonly ExemptionCatalogue Catalogue = ExemptionCatalogue.CreateDefault();
    private static readonly DateTimeOffset At = new(2026, 3, 19, 12, 0, 0, TimeSpan.Zero);

    // The original decisions: the officer handled the case, the manager signed off (Code para 5.8).
    private static readonly ReviewIndependence Independence = new([DemoOfficer], [OriginalManager]);

    private static (FoiRequest Request, InternalReview Review) Reviewing(ReviewFinding first, ReviewFinding second = ReviewFinding.Upheld)
    {
        var received = new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero);
        var request = FoiRequest.Submit(
            "FOI/2026/00001", new Requester("Jo Bloggs", "jo@example.org", null), "Grooming", ["One?", "Two?"],
            PreferredFormat.Email, Channel.Web, received, Uk, TrackingToken.Create().Hash);
        request.StartWork(DemoOfficer, received);
        request.RecordResponseSent(DemoOfficer, new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var review = InternalReview.Ask(request, null, Channel.Web, new DateOnly(2026, 3, 12), "You withheld too much.", new Dictionary<int, string>(), null, null,
            new DateTimeOffset(2026, 3, 12, 12, 0, 0, TimeSpan.Zero), Uk);
        review.Assign(Reviewer, Independence, request, OriginalManager, new DateTimeOffset(2026, 3, 13, 12, 0, 0, TimeSpan.Zero));
        review.RecordFinding(1, first, "Reasons one.", Reviewer, Independence);
        review.RecordFinding(2, second, "Reasons two.", Reviewer, Independence);
        return (request, review);
    }

    private static ExemptionDecision Original(int question, QuestionOutcome outcome, params CitationDraft[] citations) =>
        ExemptionDecision.Record(0, Decision(outcome, citations) with { QuestionNumber = question }, Regime.Foia, Catalogue, DemoOfficer, DecidedAt);

    private static readonly ExemptionDecisionDraft DisclosedOne = new() { QuestionNumber = 1, Outcome = QuestionOutcome.Disclosed };

    // s.24(1) is sensitive by default: a first response would need a manager's sign-off.
    private static readonly ExemptionDecisionDraft PartlyUnderSection24 = Decision(QuestionOutcome.PartlyDisclosed, Cite("FOIA s.24(1)").WithPit());

    private static ExemptionDecision Record(InternalReview review, FoiRequest request, ReviewDecisions decisions, ExemptionDecisionDraft draft, string? released) =>
        review.RecordDecision(decisions, draft, released, Catalogue, Reviewer, Independence, request, At);

    public static TheoryData<QuestionOutcome[], int[]> OriginalOutcomes => new()
    {
        // Question 1's outcomes; question 2 is always disclosed. Refused: anything but disclosed in full.
        { [QuestionOutcome.Disclosed], [] },
        { [QuestionOutcome.Withheld], [1] },
        { [QuestionOutcome.PartlyDisclosed], [1] },
        { [QuestionOutcome.Disclosed, QuestionOutcome.NeitherConfirmNorDeny], [1] },
        { [QuestionOutcome.NotHeld], [1] },
        { [QuestionOutcome.Vexatious], [1] },
    };

    [Theory]
    [MemberData(nameof(OriginalOutcomes))]
    public void RefusedIn_AnyOriginalOutcomeButDisclosed_IsARefusal(QuestionOutcome[] questionOne, int[] expected)
    {
        var originals = questionOne.Select(o => new ExemptionDecision[] { Stub(1, o) }).SelectMany(d => d).Append(Stub(2, QuestionOutcome.Disclosed));

        Assert.Equal(expected, ReviewDecisions.RefusedIn(originals, null, 2));
    }

    [Fact]
    public void RefusedIn_ASection12RefusalOfTheWholeRequest_RefusesEveryQuestion() =>
        Assert.Equal([1, 2, 3], ReviewDecisions.RefusedIn([], CostRefusal(null), 3));

    [Fact]
    public void RefusedIn_ASection12RefusalOfQuestion3Only_RefusesQuestion3() =>
        Assert.Equal([3], ReviewDecisions.RefusedIn([], CostRefusal([3]), 3));

    [Fact]
    public void Problems_OverturnedRefusalWithoutANewDecision_RefusesToSend()
    {
        var (_, review) = Reviewing(ReviewFinding.Overturned);
        var decisions = new ReviewDecisions(review, [], [1]);

        Assert.Equal("Record the new decision on question 1: the review did not uphold its refusal.", ReviewRules.WhyNotSend(decisions));
    }

    [Theory]
    [InlineData(ReviewFinding.Upheld, new int[] { 1 }, false)] // refusal upheld: nothing new
    [InlineData(ReviewFinding.Overturned, new int[] { }, false)] // nothing was refused on question 1
    [InlineData(ReviewFinding.Overturned, new int[] { 1 }, true)]
    [InlineData(ReviewFinding.PartlyUpheld, new int[] { 1 }, true)]
    public void NeedsDecision_OnlyARefusalNotUpheld(ReviewFinding finding, int[] refused, bool expected) =>
        Assert.Equal(expected, new ReviewDecisions(Reviewing(finding).Review, [], refused).NeedsDecision(1));

    [Fact]
    public void RecordDecision_OnAnUpheldQuestion_IsRefused()
    {
        var (request, review) = Reviewing(ReviewFinding.Upheld);

        var ex = Assert.Throws<DomainException>(() => Record(review, request, new ReviewDecisions(review, [], [1]), DisclosedOne, "12."));

        Assert.Equal("Record the finding on question 1 as overturned or partly upheld before recording a new decision on it.", ex.Message);
    }

    [Theory]
    [InlineData(QuestionOutcome.Disclosed, null, "Enter the information now released on question 1")]
    [InlineData(QuestionOutcome.Disclosed, "  ", "Enter the information now released on question 1")]
    [InlineData(QuestionOutcome.NotHeld, "12.", "Information can be released only with a decision that discloses it: choose disclosed or partly disclosed, or leave the information blank")]
    [InlineData(QuestionOutcome.Disclosed, "12.", null)]
    [InlineData(QuestionOutcome.NotHeld, null, null)]
    public void WhyNotReleased_ReleasedGoesWithADecisionThatDiscloses(QuestionOutcome outcome, string? released, string? expected) =>
        Assert.Equal(expected, ReviewDecisions.WhyNotReleased(1, outcome, released));

    [Fact]
    public void RecordDecision_WithTheFirstResponsesRules_RefusesAWithheldDecisionWithoutAnExemption()
    {
        var (request, review) = Reviewing(ReviewFinding.PartlyUpheld);
        var expected = ExemptionDecisionRules.Validate(Decision(QuestionOutcome.Withheld), Regime.Foia, Catalogue)[0].Message;

        var ex = Assert.Throws<DomainException>(() => Record(review, request, new ReviewDecisions(review, [], [1]), Decision(QuestionOutcome.Withheld), null));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void RecordDecision_Disclosed_IsANewVersionBesideTheOriginal_AndReadyToSend()
    {
        var (request, review) = Reviewing(ReviewFinding.Overturned);
        var original = Original(1, QuestionOutcome.Withheld, Cite("FOIA s.31(1)").WithHarm().WithPit());
        var decisions = new ReviewDecisions(review, [], ReviewDecisions.RefusedIn([original], null, 2));

        var decision = Record(review, request, decisions, DisclosedOne, "12 in 2025.");

        Assert.Equal((QuestionOutcome.Withheld, (int?)null), (original.Outcome, original.InternalReviewId));
        Assert.Equal((QuestionOutcome.Disclosed, (int?)review.Id, SignOffState.NotNeeded, Reviewer), (decision.Outcome, decision.InternalReviewId, decision.SignOff.State, decision.DecidedBy));
        Assert.Equal("12 in 2025.", review.Questions[0].Released);
        Assert.Null(ReviewRules.WhyNotSend(new ReviewDecisions(review, [decision], [1])));
    }

    [Fact]
    public void RecordDecision_OnASensitiveExemption_WaitsForAManager_AndTheLetterCannotGo()
    {
        var (request, review) = Reviewing(ReviewFinding.PartlyUpheld);
        var decision = Record(review, request, new ReviewDecisions(review, [], [1]), PartlyUnderSection24, "The total: 12.");
        var decisions = new ReviewDecisions(review, [decision], [1]);

        Assert.Equal(SignOffState.Pending, decision.SignOff.State);
        Assert.Equal("A manager must sign off the new decision on question 1.", ReviewRules.WhyNotSend(decisions));
        var ex = Assert.Throws<DomainException>(() => review.Close(request, Reviewer, At, [], [1], decisions));
        Assert.Equal("A manager must sign off the new decision on question 1.", ex.Message);
    }

    [Theory]
    [InlineData(DemoOfficer, false, "Only managers can sign off decisions")]
    [InlineData(OriginalManager, true, "manager@foiportal.test cannot sign off the review's decisions because they signed off its original decisions. Sign-off on review must come from someone who took no part in the original decision (section 45 Code of Practice, paragraph 5.8).")]
    [InlineData(Reviewer, true, "You made this decision, so you cannot approve it: another manager must sign it off")]
    [InlineData(OtherManager, true, null)]
    public void WhyNotSignOff_AManagerWhoTookNoPartAndDidNotDecide(string who, bool isManager, string? expected)
    {
        var (request, review) = Reviewing(ReviewFinding.PartlyUpheld);
        var decision = Record(review, request, new ReviewDecisions(review, [], [1]), PartlyUnderSection24, "The total: 12.");

        Assert.Equal(expected, new ReviewDecisions(review, [decision], [1]).WhyNotSignOff(new SignOffReviewer(who, isManager), Independence, "approve"));
    }

    [Fact]
    public void WhyNotSignOff_ByTheOfficerWhoHandledTheCase_EvenAsAManager_IsRefused()
    {
        var (request, review) = Reviewing(ReviewFinding.PartlyUpheld);
        var decision = Record(review, request, new ReviewDecisions(review, [], [1]), PartlyUnderSection24, "The total: 12.");

        Assert.StartsWith(
            "officer@foiportal.test cannot sign off the review's decisions because they handled the original request.",
            new ReviewDecisions(review, [decision], [1]).WhyNotSignOff(new SignOffReviewer(DemoOfficer, true), Independence, "approve"), StringComparison.Ordinal);
    }

    [Fact]
    public void SignOffDecisions_ApprovedByAnUninvolvedManager_LetsTheLetterGo_AndCannotBeReplaced()
    {
        var (request, review) = Reviewing(ReviewFinding.PartlyUpheld);
        var decision = Record(review, request, new ReviewDecisions(review, [], [1]), PartlyUnderSection24, "The total: 12.");
        var decisions = new ReviewDecisions(review, [decision], [1]);

        review.SignOffDecisions(decisions, approve: true, null, new SignOffReviewer(OtherManager, true), Independence, request, At);

        Assert.Equal((SignOffState.Approved, OtherManager), (decision.SignOff.State, decision.SignOff.ReviewedBy));
        Assert.Null(ReviewRules.WhyNotSend(decisions));
        Assert.Equal("A manager has signed off the new decision on question 1, so it cannot be replaced.", decisions.WhyNotRecord(1));
    }

    [Fact]
    public void SignOffDecisions_Returned_AsksForTheDecisionAgain_AndNeedsAComment()
    {
        var (request, review) = Reviewing(ReviewFinding.PartlyUpheld);
        var decision = Record(review, request, new ReviewDecisions(review, [], [1]), PartlyUnderSection24, "The total: 12.");
        var decisions = new ReviewDecisions(review, [decision], [1]);
        var manager = new SignOffReviewer(OtherManager, true);

        var noComment = Assert.Throws<DomainException>(() => review.SignOffDecisions(decisions, approve: false, " ", manager, Independence, request, At));
        review.SignOffDecisions(decisions, approve: false, "Release the regional figures too.", manager, Independence, request, At);

        Assert.Equal("Enter a comment saying what needs to change", noComment.Message);
        Assert.Equal("A manager returned the new decision on question 1: record it again.", ReviewRules.WhyNotSend(decisions));
        Assert.Null(decisions.WhyNotRecord(1));
    }

    [Fact]
    public void Problems_ANewDecisionOnAQuestionNowUpheld_MustBeRemoved()
    {
        var (request, review) = Reviewing(ReviewFinding.Overturned);
        var decision = Record(review, request, new ReviewDecisions(review, [], [1]), DisclosedOne, "12.");
        review.RecordFinding(1, ReviewFinding.Upheld, "On reflection, right.", Reviewer, Independence);

        Assert.Equal("The original decision on question 1 is upheld: remove its new decision.", ReviewRules.WhyNotSend(new ReviewDecisions(review, [decision], [1])));
        Assert.Null(review.Questions[0].Released);
    }

    private static ExemptionDecision Stub(int question, QuestionOutcome outcome) => outcome switch
    {
        QuestionOutcome.Withheld or QuestionOutcome.PartlyDisclosed => Original(question, outcome, Cite("FOIA s.40(2)")),
        QuestionOutcome.NeitherConfirmNorDeny => Original(question, outcome, Cite("FOIA s.23(5)")),
        _ => Original(question, outcome),
    };

    private static CostDecision CostRefusal(IReadOnlyList<int>? questions)
    {
        var decision = new CostDecision(1, CostOutcome.RefuseSection12, false, "Advice.", "Wording", 450m, 1_080, 1_860, DemoOfficer, DecidedAt);
        if (questions is not null)
        {
            decision.RefuseOnly(questions, 3);
        }

        return decision;
    }
}
