using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.Pages.Staff.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Demo internal reviews (issue 14), dated from today: a response sent three days ago whose review window is open
/// (FOI/DEMO/00008), a review in progress with a reviewer who took no part in the case (FOI/DEMO/00009: the manager;
/// the officer handled it), and a review that overturned question 1 and released the figures (FOI/DEMO/00010).
/// </summary>
public sealed partial class DevelopmentSeeder
{
    public const string ReviewWindowOpenReference = "FOI/DEMO/00008";
    public const string ReviewInProgressReference = "FOI/DEMO/00009";
    public const string ReviewOverturnedReference = "FOI/DEMO/00010";

    /// <summary>The requester's link for the response whose review window is open: /track/{this}/review.</summary>
    public const string ReviewWindowOpenToken = "Demo-review-window-open-tracking-link-00001";

    /// <summary>The requester's link for the overturned review: its outcome letter is on /track/{this}.</summary>
    public const string ReviewOverturnedToken = "Demo-review-overturned-tracking-link-000001";

    private async Task SeedReviewsAsync()
    {
        if (await db.Requests.AnyAsync(r => r.Reference == ReviewWindowOpenReference))
        {
            return;
        }

        var officer = DemoStaff[0].Email;
        var manager = DemoStaff[1].Email;
        var now = time.GetUtcNow();
        var calendar = WorkingDayCalendar.ForRegime(Regime.Foia);

        var open = Responded(ReviewWindowOpenReference, "Police dogs", ["How many police dogs does the force have?", "How much did their training cost in 2025?"], ReviewWindowOpenToken, now.AddDays(-30), now.AddDays(-3), calendar);
        var inProgress = Responded(ReviewInProgressReference, "Body-worn video", ["How many body-worn cameras were issued in 2025?"], TrackingToken.Create().Hash, now.AddDays(-45), now.AddDays(-20), calendar, hashed: true);
        var overturned = Responded(ReviewOverturnedReference, "Cycle thefts", ["How many cycle thefts were recorded in Coventry in each year from 2022 to 2025?", "How many were solved?"], ReviewOverturnedToken, now.AddDays(-90), now.AddDays(-60), calendar);
        db.Requests.AddRange(open, inProgress, overturned);
        await db.SaveChangesAsync();

        var asked = InternalReview.Ask(inProgress, null, Channel.Web, UkLocalDate.FromInstant(now.AddDays(-10)),
            "You said the cost of the cameras was exempt, but the contract value is published elsewhere.", new Dictionary<int, string>(), null, null, now.AddDays(-10), calendar);
        db.InternalReviews.Add(asked);
        var overturnedReview = InternalReview.Ask(overturned, null, Channel.Email, UkLocalDate.FromInstant(now.AddDays(-55)),
            "You refused to give the yearly figures under section 31, but they are routine crime statistics.",
            new Dictionary<int, string> { [1] = "These figures are published for other cities." }, officer, null, now.AddDays(-54), calendar);
        db.InternalReviews.Add(overturnedReview);
        await db.SaveChangesAsync();

        asked.Assign(manager, ReviewIndependence.For(inProgress, []), inProgress, manager, now.AddDays(-9));
        var independence = ReviewIndependence.For(overturned, []);
        overturnedReview.Assign(manager, independence, overturned, manager, now.AddDays(-53));
        overturnedReview.RecordFinding(1, ReviewFinding.Overturned,
            "Section 31(1)(a) does not apply to yearly totals for the whole city: releasing them would not prejudice the prevention or detection of crime.",
            manager, independence);
        overturnedReview.RecordFinding(2, ReviewFinding.Upheld, "The figures on solved cases were correct and complete.", manager, independence);
        // The review's new decision on question 1 (beside the original, which stays on record): disclosed in full.
        var decisions = new ReviewDecisions(overturnedReview, [], [1]);
        db.ExemptionDecisions.Add(overturnedReview.RecordDecision(
            decisions, new ExemptionDecisionDraft { QuestionNumber = 1, Outcome = QuestionOutcome.Disclosed },
            "| Year | Cycle thefts recorded |\n| --- | --- |\n| 2022 | 1,204 |\n| 2023 | 1,187 |\n| 2024 | 1,096 |\n| 2025 | 1,023 |",
            ExemptionCatalogue.CreateDefault(), manager, independence, overturned, now.AddDays(-45)));
        await db.SaveChangesAsync();

        var sentAt = now.AddDays(-40);
        var facts = (await ReviewLetter.LoadAsync(db, overturnedReview.Id, ExemptionCatalogue.CreateDefault(), authority.Value, CancellationToken.None))!;
        var pdf = PdfRenderer.Render(ReviewLetter.Compose(facts, authority.Value, UkLocalDate.FromInstant(sentAt)));
        overturnedReview.Close(overturned, manager, sentAt, [], pdf, decisions);
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded demo internal reviews");
    }

    private static FoiRequest Responded(string reference, string title, string[] questions, string token, DateTimeOffset received, DateTimeOffset sent, WorkingDayCalendar calendar, bool hashed = false)
    {
        var request = FoiRequest.Submit(
            reference, new Requester("Robin Reviewer-Asker", "robin@example.org", null), title, questions, PreferredFormat.Email, Channel.Web,
            received, calendar, hashed ? token : TrackingToken.Hash(token));
        request.StartWork(DemoStaff[0].Email, received.AddHours(2));
        request.RecordResponseSent(DemoStaff[0].Email, sent);
        return request;
    }
}
