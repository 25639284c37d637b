using FoiPortal.Core.Data;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Pages.Staff.Cases;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

public enum ReviewQueueView
{
    Open,
    DueSoon,
    Overdue,
}

/// <summary>
/// <c>/staff/reviews</c>: open internal reviews, soonest due first, with "due soon" and "overdue" views. One indexed pass
/// over (Status, DueOn); the deadline rule is <see cref="ReviewDeadlines"/> (the one <see cref="DeadlineStatus"/> rule).
/// </summary>
public static class ReviewQueue
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<(ReviewQueueView View, string Slug, string Label)> Views =
    [
        (ReviewQueueView.Open, "open", "Open reviews"),
        (ReviewQueueView.DueSoon, "due-soon", "Due soon"),
        (ReviewQueueView.Overdue, "overdue", "Overdue"),
    ];

    public sealed record Query(ReviewQueueView View) : IQuery<Model>;

    public sealed record Row(int Id, int RequestId, string Reference, string Title, DateOnly ReceivedOn, DateOnly DueOn, ReviewStatus Status, CaseWorker? Reviewer, DeadlineState Deadline);

    public sealed record Model(ReviewQueueView View, IReadOnlyDictionary<ReviewQueueView, int> Counts, IReadOnlyList<Row> Rows);

    public static ReviewQueueView Parse(string? view) =>
        Views.FirstOrDefault(v => string.Equals(v.Slug, view, StringComparison.OrdinalIgnoreCase)) is { Slug: not null } found ? found.View : ReviewQueueView.Open;

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var window = DeadlineWindow.On(
                today,
                await calendars.ForRegimeAsync(Regime.Foia, cancellationToken),
                await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken));
            var deadlines = new ReviewDeadlines(window);
            var open = db.InternalReviews.AsNoTracking().Where(ReviewDeadlines.IsOpen);
            var counts = new Dictionary<ReviewQueueView, int>
            {
                [ReviewQueueView.Open] = await open.CountAsync(cancellationToken),
                [ReviewQueueView.DueSoon] = await db.InternalReviews.Where(deadlines.DueSoon).CountAsync(cancellationToken),
                [ReviewQueueView.Overdue] = await db.InternalReviews.Where(deadlines.Overdue).CountAsync(cancellationToken),
            };
            var chosen = query.View switch
            {
                ReviewQueueView.DueSoon => db.InternalReviews.AsNoTracking().Where(deadlines.DueSoon),
                ReviewQueueView.Overdue => db.InternalReviews.AsNoTracking().Where(deadlines.Overdue),
                _ => open,
            };
            var rows = await (from v in chosen
                              join r in db.Requests.AsNoTracking() on v.FoiRequestId equals r.Id
                              orderby v.DueOn, r.Reference
                              select new { v.Id, RequestId = r.Id, r.Reference, r.Title, v.ReceivedOn, v.DueOn, v.Status, v.Reviewer, v.Regime })
                .Take(PageSize).ToListAsync(cancellationToken);
            var names = await CaseWorkers.NamesAsync(db, rows.Select(r => r.Reviewer), cancellationToken);
            return new Model(
                query.View,
                counts,
                rows.Select(r => new Row(r.Id, r.RequestId, r.Reference, r.Title, r.ReceivedOn, r.DueOn, r.Status, r.Reviewer is null ? null : names[r.Reviewer], deadlines.Of(r.Status, r.Regime, r.DueOn))).ToList());
        }
    }
}
