using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Reviews;

/// <summary>
/// Issue 14: a review outcome that releases information corrects the case's disclosure-log entry (a new version). A
/// two-question request, reviewed and its outcome sent on Fri 20 Mar 2026.
/// </summary>
public class ReviewDisclosureCorrectionTests
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";
    private const string Reviewer = "reviewer@foiportal.test";
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    private static readonly EntryContent Published = new(
        "Grooming", "FOI/2026/00001", D("2026-03-02"), Regime.Foia, "Crime", DisclosureOutcome.PartlyGranted, ["s40"],
        "One? Two?", "Question 1: 12.\n\nQuestion 2: withheld under section 40(2).\n");

    private static InternalReview Reviewed(params (int Number, ReviewFinding Finding, string? Released)[] findings)
    {
        var received = new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero);
        var request = FoiRequest.Submit(
            "FOI/2026/00001", new Requester("Jo Bloggs", "jo@example.org", null), "Grooming", ["One?", "Two?"],
            PreferredFormat.Email, Channel.Web, received, Uk, TrackingToken.Create().Hash);
        request.StartWork(Officer, received);
        request.RecordResponseSent(Officer, new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var review = InternalReview.Ask(request, null, Channel.Web, D("2026-03-12"), "You withheld too much.", new Dictionary<int, string>(), null, null,
            new DateTimeOffset(2026, 3, 12, 12, 0, 0, TimeSpan.Zero), Uk);
        var independence = ReviewIndependence.For(request, []);
        review.Assign(Reviewer, independence, request, Manager, new DateTimeOffset(2026, 3, 13, 12, 0, 0, TimeSpan.Zero));
        var decisions = new ReviewDecisions(review, [], []);
        foreach (var (number, finding, _) in findings)
        {
            review.RecordFinding(number, finding, "Reasons.", Reviewer, independence);
        }

        // Information is released only through the review's new decision (disclosed), recorded after the findings.
        foreach (var (number, finding, released) in findings.Where(f => f.Finding != ReviewFinding.Upheld && !string.IsNullOrWhiteSpace(f.Released)))
        {
            review.RecordDecision(decisions, new ExemptionDecisionDraft { QuestionNumber = number, Outcome = QuestionOutcome.Disclosed }, released,
                ExemptionCatalogue.CreateDefault(), Reviewer, independence, request, new DateTimeOffset(2026, 3, 19, 12, 0, 0, TimeSpan.Zero));
        }

        review.Close(request, Reviewer, new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.Zero), [], [1, 2, 3], decisions);
        return review;
    }

    [Fact]
    public void For_OneQuestionOverturned_AddsTheReleasedTextWithTheDateAndNotesIt()
    {
        var review = Reviewed((1, ReviewFinding.Upheld, null), (2, ReviewFinding.Overturned, "There were 7 officers."));

        var correction = ReviewDisclosureCorrection.For(Published, review, "FOI/2026/00001");

        Assert.Equal(
            "Question 1: 12.\n\nQuestion 2: withheld under section 40(2).\n\nInformation released on internal review (20 March 2026):\n\nQuestion 2: There were 7 officers.",
            correction!.Content.ResponseText);
        Assert.Equal("Updated after the internal review of FOI/2026/00001, whose outcome was sent on 20 March 2026: information released on question 2.", correction.Note);
        Assert.Equal(Published with { ResponseText = correction.Content.ResponseText }, correction.Content);
    }

    [Fact]
    public void For_TwoQuestionsReleased_ListsBothInOrder()
    {
        var review = Reviewed((2, ReviewFinding.PartlyUpheld, "Some of it: 3."), (1, ReviewFinding.Overturned, " 12 in all. "));

        var correction = ReviewDisclosureCorrection.For(Published, review, "FOI/2026/00001");

        Assert.EndsWith("(20 March 2026):\n\nQuestion 1: 12 in all.\n\nQuestion 2: Some of it: 3.", correction!.Content.ResponseText, StringComparison.Ordinal);
        Assert.EndsWith("information released on questions 1, 2.", correction.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewFinding.Upheld, "ignored")] // upheld: no new decision, nothing released (ReviewDecisions.WhyNotRecord)
    [InlineData(ReviewFinding.Overturned, null)]
    [InlineData(ReviewFinding.PartlyUpheld, "   ")]
    public void For_NothingReleased_IsNoCorrection(ReviewFinding finding, string? released) =>
        Assert.Null(ReviewDisclosureCorrection.For(Published, Reviewed((1, ReviewFinding.Upheld, null), (2, finding, released)), "FOI/2026/00001"));
}
