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
/// <c>/staff/reviews</c>: open internal reviews, soonest due first, 50 a page (<c>?page=2</c>), with "due soon" and
/// "overdue" views. Two queries over the open rows of the (Status, DueOn, Regime) index: the three counts in one
/// aggregate, then one page of rows; then the reviewers' names. The deadline rule is <see cref="ReviewDeadlines"/>
/// (the one <see cref="DeadlineStatus"/> rule).
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

    public sealed record Query(ReviewQueueView View, int Page = 1) : IQuery<Model>;

    /// <summary>Only what the table shows (and the regime, for the deadline tag).</summary>
    public sealed record Row(int Id, string Reference, string Title, DateOnly ReceivedOn, DateOnly DueOn, ReviewStatus Status, CaseWorker? Reviewer, DeadlineState Deadline);

    public sealed record Model(ReviewQueueView View, IReadOnlyDictionary<ReviewQueueView, int> Counts, IReadOnlyList<Row> Rows, int Page)
    {
        public int Pages => Math.Max(1, (Counts[View] + PageSize - 1) / PageSize);
    }

    public static ReviewQueueView Parse(string? view) =>
        Views.FirstOrDefault(v => string.Equals(v.Slug, view, StringComparison.OrdinalIgnoreCase)) is { Slug: not null } found ? found.View : ReviewQueueView.Open;

    /// <summary>Page 1 unless a page number from 1 up is given.</summary>
    public static int ParsePage(string? page) =>
        int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;

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
            // One aggregate over the open rows of the (Status, DueOn, Regime) index for all three tab counts.
            var counted = await open.GroupBy(_ => 1).Select(deadlines.Counts).SingleOrDefaultAsync(cancellationToken) ?? new ReviewCounts(0, 0, 0);
            var counts = new Dictionary<ReviewQueueView, int>
            {
                [ReviewQueueView.Open] = counted.Open,
                [ReviewQueueView.DueSoon] = counted.DueSoon,
                [ReviewQueueView.Overdue] = counted.Overdue,
            };
            var chosen = query.View switch
            {
                ReviewQueueView.DueSoon => db.InternalReviews.AsNoTracking().Where(deadlines.DueSoon),
                ReviewQueueView.Overdue => db.InternalReviews.AsNoTracking().Where(deadlines.Overdue),
                _ => open,
            };
            // Paged in SQL on the reviews alone (soonest due first, then the request's id, which follows its reference),
            // and only that page joined to its requests: sorting every open review joined to Requests cost more than the
            // rest of the page (bench/README.md, review queue). Only the displayed columns are read.
            var page = chosen.OrderBy(v => v.DueOn).ThenBy(v => v.FoiRequestId).Skip((query.Page - 1) * PageSize).Take(PageSize);
            var rows = await (from v in page
                              join r in db.Requests.AsNoTracking() on v.FoiRequestId equals r.Id
                              orderby v.DueOn, v.FoiRequestId
                              select new { v.Id, r.Reference, r.Title, v.ReceivedOn, v.DueOn, v.Status, v.Reviewer, v.Regime })
                .ToListAsync(cancellationToken);
            var names = await CaseWorkers.NamesAsync(db, rows.Select(r => r.Reviewer), cancellationToken);
            return new Model(
                query.View,
                counts,
                rows.Select(r => new Row(r.Id, r.Reference, r.Title, r.ReceivedOn, r.DueOn, r.Status, r.Reviewer is null ? null : names[r.Reviewer], deadlines.Of(r.Status, r.Regime, r.DueOn))).ToList(),
                query.Page);
        }
    }
}
