using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Pages.Staff.Cases;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>One internal review as staff see it, with who may not review it.</summary>
public static class ReviewDetails
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Question(int Number, string Text, string? Grounds, ReviewFinding? Finding, string? Reasons, string? Released)
    {
        /// <summary>The review's new decision on the question (issue 14), if any.</summary>
        public NewDecision? Decision { get; init; }

        /// <summary>The finding did not uphold a refusal: a new decision is needed (<see cref="ReviewDecisions.NeedsDecision"/>).</summary>
        public bool NeedsDecision { get; init; }

        /// <summary>A new decision may be recorded now (overturned or partly upheld, not yet approved).</summary>
        public bool CanRecordDecision { get; init; }
    }

    /// <summary>The review's new decision on a question, as the pages show it.</summary>
    public sealed record NewDecision(int Id, Core.Exemptions.QuestionOutcome Outcome, IReadOnlyList<string> ExemptionKeys, SignOffState SignOff, string DecidedBy, string? SignedOffBy, string? Comment);

    public sealed record Model(
        int Id,
        int RequestId,
        string Reference,
        string Title,
        Regime Regime,
        Channel Channel,
        DateOnly ReceivedOn,
        DateOnly DueOn,
        DateOnly LatestOn,
        int? ExtraWorkingDays,
        string? ExtensionReason,
        string? AcceptedLateReason,
        string? LoggedBy,
        ReviewStatus Status,
        CaseWorker? Reviewer,
        string Grounds,
        string? Summary,
        DateOnly? RespondedOn,
        int? LinkedToReviewId,
        Guid Version,
        DeadlineState Deadline,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<CaseWorker> Candidates,
        ReviewIndependence Independence)
    {
        public bool IsOpen => InternalReview.OpenStatuses.Contains(Status);

        public bool CanExtend => Regime == Regime.Foia && ExtraWorkingDays is null && IsOpen;

        /// <summary>The case's published disclosure log entry, to correct (new version, "Updated on") after information is released.</summary>
        public int? PublishedEntryId { get; init; }

        public bool ReleasedInformation => Questions.Any(q => q.Finding is not null and not ReviewFinding.Upheld);

        /// <summary>New decisions waiting for a manager's sign-off.</summary>
        public int AwaitingSignOff => Questions.Count(q => q.Decision?.SignOff == SignOffState.Pending);
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var review = await db.InternalReviews.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.Id, cancellationToken);
            if (review is null)
            {
                return null;
            }

            var request = await db.Requests.AsNoTracking().Include(r => r.Questions).Include(r => r.Events)
                .AsSplitQuery().SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var independence = await ReviewInvolvement.LoadAsync(db, request, cancellationToken);
            var decisions = await ReviewDecisionStore.LoadAsync(db, review, cancellationToken, tracked: false);
            var candidates = await CaseWorkers.ListAsync(db, cancellationToken);
            var names = await CaseWorkers.NamesAsync(db, [review.Reviewer], cancellationToken);
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var calendar = await calendars.ForRegimeAsync(review.Regime, cancellationToken);
            var deadline = ReviewDeadlines.Of(review.Status, review.DueOn, today, DeadlineStatus.DueSoonBy(today, calendar));
            return new Model(
                review.Id, request.Id, request.Reference, request.Title, review.Regime, review.Channel, review.ReceivedOn, review.DueOn, review.LatestOn,
                review.ExtraWorkingDays, review.ExtensionReason, review.AcceptedLateReason, review.LoggedBy, review.Status,
                review.Reviewer is null ? null : names[review.Reviewer], review.Grounds, review.Summary, review.RespondedOn, review.LinkedToReviewId, review.Version, deadline,
                request.Questions.OrderBy(q => q.Number).Select(q =>
                {
                    var r = review.Questions.FirstOrDefault(x => x.Number == q.Number);
                    var d = decisions.For(q.Number);
                    return new Question(q.Number, q.Text, r?.Grounds, r?.Finding, r?.Reasons, r?.Released)
                    {
                        Decision = d is null ? null : new NewDecision(d.Id, d.Outcome, [.. d.ExemptionKeys], d.SignOff.State, d.DecidedBy, d.SignOff.ReviewedBy, d.SignOff.Comment),
                        NeedsDecision = decisions.NeedsDecision(q.Number),
                        CanRecordDecision = review.IsOpen && decisions.WhyNotRecord(q.Number) is null,
                    };
                }).ToList(),
                candidates,
                independence)
            {
                PublishedEntryId = await db.DisclosureLogEntries.AsNoTracking()
                    .Where(e => e.FoiRequestId == request.Id && e.State == Core.DisclosureLog.EntryState.Published)
                    .Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken),
            };
        }
    }
}

/// <summary>Who took part in a case's original decision: its timeline and its cost and exemption decisions (Code para 5.8).</summary>
public static class ReviewInvolvement
{
    public static async Task<ReviewIndependence> LoadAsync(FoiDbContext db, FoiRequest request, CancellationToken cancellationToken)
    {
        var costs = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == request.Id).ToListAsync(cancellationToken);
        var exemptions = await db.ExemptionDecisions.AsNoTracking().Where(d => d.FoiRequestId == request.Id).ToListAsync(cancellationToken);
        return ReviewIndependence.For(request, [.. costs, .. exemptions]);
    }
}

public static class ReviewText
{
    public static string Describe(ReviewStatus status) => status switch
    {
        ReviewStatus.Open => "Not assigned",
        ReviewStatus.Assigned => "Being reviewed",
        ReviewStatus.OutcomeRecorded => "Outcome recorded",
        ReviewStatus.Closed => "Outcome sent",
        ReviewStatus.Linked => "Linked to an earlier review",
        _ => status.ToString(),
    };
}
