using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Reviews;

/// <summary>
/// The request was received Mon 2 Feb 2026 and answered Mon 2 Mar 2026 by the officer. The window to ask for a review
/// (40 working days, s.45 Code para 5.3) runs 3 Mar to Thu 30 Apr: 17 Mar, 3 Apr and 6 Apr are skipped.
/// </summary>
public class InternalReviewTests
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";
    private const string Reviewer = "reviewer@foiportal.test";
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    private static FoiRequest Responded()
    {
        var received = new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero);
        var request = FoiRequest.Submit(
            "FOI/2026/00001", new Requester("Jo Bloggs", "jo@example.org", null), "Grooming", ["One?", "Two?"],
            PreferredFormat.Email, Channel.Web, received, Uk, TrackingToken.Create().Hash);
        request.StartWork(Officer, received);
        request.RecordResponseSent(Officer, new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        return request;
    }

    private static DateTimeOffset At(string day) => new(D(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static InternalReview Ask(FoiRequest request, string receivedOn, InternalReview? earlier = null, string? loggedBy = null, string? lateReason = null, string? today = null) =>
        InternalReview.Ask(request, earlier, loggedBy is null ? Channel.Web : Channel.Email, D(receivedOn), "You withheld too much.",
            new Dictionary<int, string> { [2] = "Question 2 was answered wrongly." }, loggedBy, lateReason, At(today ?? receivedOn), Uk);

    [Fact]
    public void Ask_InTheWindow_OpensTheReviewDueIn20WorkingDaysAndMovesTheCase()
    {
        // Code para 5.4: from Thu 12 Mar, day 20 is Tue 14 Apr (17 Mar, 3 and 6 Apr skipped); day 40 Wed 13 May.
        var request = Responded();

        var review = Ask(request, "2026-03-12");

        Assert.Equal(ReviewStatus.Open, review.Status);
        Assert.Equal(D("2026-04-14"), review.DueOn);
        Assert.Equal(D("2026-05-13"), review.LatestOn);
        Assert.Equal(RequestStatus.InternalReview, request.Status);
        Assert.Equal([null, "Question 2 was answered wrongly."], review.Questions.Select(q => q.Grounds));
    }

    [Fact]
    public void Ask_OnTheLastDayOfTheWindow_Code53_IsAccepted() =>
        Assert.Equal(ReviewStatus.Open, Ask(Responded(), "2026-04-30").Status);

    [Fact]
    public void Ask_TheDayAfterTheWindow_ByTheRequester_IsRefusedSayingWhenItClosed()
    {
        var ex = Assert.Throws<DomainException>(() => Ask(Responded(), "2026-05-01"));

        Assert.Equal("The time to ask for an internal review closed on 30 April 2026, 40 working days after our response.", ex.Message);
    }

    [Fact]
    public void Ask_LateLoggedByStaffWithoutReason_IsRefused() =>
        Assert.StartsWith("Enter why you are accepting", Assert.Throws<DomainException>(() => Ask(Responded(), "2026-05-01", loggedBy: Officer)).Message, StringComparison.Ordinal);

    [Fact]
    public void Ask_LateLoggedByStaffWithReason_IsAcceptedAndRecordsWhy()
    {
        var review = Ask(Responded(), "2026-05-01", loggedBy: Officer, lateReason: "The requester was in hospital.");

        Assert.Equal("The requester was in hospital.", review.AcceptedLateReason);
        Assert.Equal(Officer, review.LoggedBy);
    }

    [Fact]
    public void Ask_LoggedWithItsRealReceivedDate_CountsFromThatDate()
    {
        // Received by post Thu 12 Mar, logged Mon 16 Mar: still due Tue 14 Apr.
        var review = Ask(Responded(), "2026-03-12", loggedBy: Officer, today: "2026-03-16");

        Assert.Equal(D("2026-04-14"), review.DueOn);
        Assert.Null(review.AcceptedLateReason);
    }

    [Theory]
    [InlineData("2026-03-20", "2026-03-19", "must be today or in the past")]
    [InlineData("2026-02-27", "2026-03-16", "on or after the day the response was sent")]
    public void Ask_WithAnImpossibleDate_IsRefused(string receivedOn, string today, string expected) =>
        Assert.Contains(expected, Assert.Throws<DomainException>(() => Ask(Responded(), receivedOn, loggedBy: Officer, today: today)).Message, StringComparison.Ordinal);

    [Fact]
    public void Ask_BeforeTheResponse_IsRefused()
    {
        var request = FoiRequest.Submit(
            "FOI/2026/00002", new Requester("Jo", "jo@example.org", null), "T", ["Q?"], PreferredFormat.Email, Channel.Web, At("2026-02-02"), Uk, TrackingToken.Create().Hash);

        Assert.Equal("An internal review can be asked for only once the response has been sent.", Assert.Throws<DomainException>(() => Ask(request, "2026-02-03")).Message);
    }

    [Fact]
    public void Ask_ASecondTime_IsLinkedToTheFirstAndLeavesTheCaseInReview()
    {
        var request = Responded();
        var first = Ask(request, "2026-03-12");

        var second = Ask(request, "2026-03-13", earlier: first);

        Assert.Equal(ReviewStatus.Linked, second.Status);
        Assert.Equal(first.Id, second.LinkedToReviewId);
        Assert.Equal(RequestStatus.InternalReview, request.Status);
        Assert.Equal("ReviewLinked", request.Events[^1].Kind);
    }

    [Fact]
    public void Independence_Code58_TheHandlingOfficerCannotBeAssigned()
    {
        var request = Responded();
        var review = Ask(request, "2026-03-12");

        var ex = Assert.Throws<DomainException>(() => review.Assign(Officer, ReviewIndependence.For(request, []), request, Manager, At("2026-03-13")));

        Assert.StartsWith($"{Officer} cannot review this case because they handled the original request.", ex.Message, StringComparison.Ordinal);
        Assert.Null(review.Reviewer);
    }

    [Fact]
    public void Independence_Code58_TheSignOffManagerCannotReview() =>
        Assert.StartsWith(
            $"{Manager} cannot review this case because they signed off its original decisions.",
            new ReviewIndependence([Officer], [Manager]).WhyNotReviewer("MANAGER@foiportal.test".ToLowerInvariant()),
            StringComparison.Ordinal);

    [Fact]
    public void Independence_Code58_SomeoneUninvolvedCanReview() =>
        Assert.Null(new ReviewIndependence([Officer], [Manager]).WhyNotReviewer(Reviewer));

    [Fact]
    public void RecordFinding_BySomeoneInvolved_IsRefusedSayingWhy()
    {
        var (request, review) = Assigned();

        var ex = Assert.Throws<DomainException>(() => review.RecordFinding(1, ReviewFinding.Upheld, "Right.", Officer, ReviewIndependence.For(request, [])));

        Assert.Contains("handled the original request", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordFinding_ByAnotherUninvolvedMember_IsRefused() =>
        Assert.Equal(
            $"Only the reviewer, {Reviewer}, can record the outcome of this review.",
            ReviewRules.WhyNotRecord(Assigned().Review, "someone@foiportal.test", new ReviewIndependence([Officer], [])));

    [Fact]
    public void RecordFinding_EveryQuestion_MakesTheOutcomeReadyToSend()
    {
        var (request, review) = Assigned();
        var independence = ReviewIndependence.For(request, []);

        review.RecordFinding(1, ReviewFinding.Upheld, "The exemption was right.", Reviewer, independence);
        Assert.Equal("Record a finding for question 2.", ReviewRules.WhyNotSend(review));
        review.RecordFinding(2, ReviewFinding.Overturned, "The figures should have been released.", Reviewer, independence);

        Assert.Equal(ReviewStatus.OutcomeRecorded, review.Status);
        Assert.Null(ReviewRules.WhyNotSend(review));
    }

    [Fact]
    public void WhyNotSend_WithAPlaceholderLeft_IsRefused()
    {
        var (request, review) = Assigned();
        var independence = ReviewIndependence.For(request, []);
        review.RecordFinding(1, ReviewFinding.Upheld, "Right.", Reviewer, independence);
        review.RecordFinding(2, ReviewFinding.Overturned, "Wrong.", Reviewer, independence);
        review.RecordDecision(new ReviewDecisions(review, [], []), new ExemptionDecisionDraft { QuestionNumber = 2, Outcome = QuestionOutcome.Disclosed }, "[Answer to question 2]",
            ExemptionCatalogue.CreateDefault(), Reviewer, independence, request, At("2026-03-19"));

        Assert.Equal("Replace the placeholder in the finding for question 2 with the real text.", ReviewRules.WhyNotSend(review));
    }

    [Fact]
    public void WhyNotSend_NoFindings_NamesEveryQuestion() =>
        Assert.Equal("Record a finding for questions 1 and 2.", ReviewRules.WhyNotSend(Assigned().Review));

    [Fact]
    public void Close_AfterEveryFinding_ClosesTheReviewAndMarksTheCaseReviewed()
    {
        var (request, review) = Assigned();
        var independence = ReviewIndependence.For(request, []);
        review.RecordFinding(1, ReviewFinding.Upheld, "Right.", Reviewer, independence);
        review.RecordFinding(2, ReviewFinding.PartlyUpheld, "Partly.", Reviewer, independence);

        review.Close(request, Reviewer, At("2026-03-20"), [], [1, 2, 3], new ReviewDecisions(review, [], []));

        Assert.Equal(ReviewStatus.Closed, review.Status);
        Assert.Equal(D("2026-03-20"), review.RespondedOn);
        Assert.Equal(RequestStatus.Reviewed, request.Status);
        Assert.Equal("The outcome of this review has already been sent.", ReviewRules.WhyNotSend(review));
    }

    [Fact]
    public void Extend_Foia_Code55_MovesTheDueDateOnce()
    {
        var (request, review) = Assigned();

        review.Extend(10, "Complex: many documents.", request, Reviewer, At("2026-03-20"), Uk);

        // From Tue 14 Apr: 15-17, 20-24, 27-28 Apr are days 21-30.
        Assert.Equal(D("2026-04-28"), review.DueOn);
        Assert.Contains("only once", Assert.Throws<DomainException>(() => review.Extend(5, "Again.", request, Reviewer, At("2026-03-23"), Uk)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_WithoutReason_IsRefused() =>
        Assert.Equal("Enter why the review needs more time.", Assert.Throws<DomainException>(() =>
        {
            var (request, review) = Assigned();
            review.Extend(10, " ", request, Reviewer, At("2026-03-20"), Uk);
        }).Message);

    [Theory]
    [InlineData(ReviewStatus.Assigned, "2026-04-14", "2026-04-07", "2026-04-14", DeadlineState.DueSoon)]
    [InlineData(ReviewStatus.Assigned, "2026-04-14", "2026-04-15", "2026-04-22", DeadlineState.Overdue)]
    [InlineData(ReviewStatus.Open, "2026-04-14", "2026-03-13", "2026-03-20", DeadlineState.OnTime)]
    [InlineData(ReviewStatus.Closed, "2026-04-14", "2026-04-15", "2026-04-22", DeadlineState.Closed)]
    [InlineData(ReviewStatus.Linked, "2026-04-14", "2026-04-15", "2026-04-22", DeadlineState.Closed)]
    public void DeadlineState_UsesTheOneClassifyRule(ReviewStatus status, string dueOn, string today, string dueSoonBy, DeadlineState expected) =>
        Assert.Equal(expected, ReviewDeadlines.Of(status, D(dueOn), D(today), D(dueSoonBy)));

    private static (FoiRequest Request, InternalReview Review) Assigned()
    {
        var request = Responded();
        var review = Ask(request, "2026-03-12");
        review.Assign(Reviewer, ReviewIndependence.For(request, []), request, Manager, At("2026-03-13"));
        return (request, review);
    }
}

public class ReviewOutcomeWordingTests
{
    [Fact]
    public void Complaint_Foisa_NamesTheScottishInformationCommissionerUnderSection47() =>
        Assert.Contains("Scottish Information Commissioner for a decision (section 47", ReviewOutcomeWording.Complaint(Regime.Foisa)[0], StringComparison.Ordinal);

    [Fact]
    public void Complaint_Foia_NamesTheIcoUnderSection50() =>
        Assert.Contains("Information Commissioner's Office (section 50", Assert.Single(ReviewOutcomeWording.Complaint(Regime.Foia)), StringComparison.Ordinal);

    [Fact]
    public void Complaint_Eir_AppliesSection50ThroughRegulation18() =>
        Assert.Contains("regulation 18", Assert.Single(ReviewOutcomeWording.Complaint(Regime.Eir)), StringComparison.Ordinal);
}
