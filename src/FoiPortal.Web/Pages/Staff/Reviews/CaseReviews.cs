using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>The case page's review section: the case's reviews with their deadline state, and whether one can be logged.</summary>
public static class CaseReviews
{
    public sealed record Query(int RequestId) : IQuery<Model>;

    public sealed record Row(int Id, DateOnly ReceivedOn, DateOnly DueOn, ReviewStatus Status, DeadlineState Deadline);

    public sealed record Model(bool CanLog, DateOnly? WindowClosesOn, IReadOnlyList<Row> Reviews);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().Where(r => r.Id == query.RequestId)
                .Select(r => new { r.Status, r.Regime, RespondedOn = r.ClockEvents.Where(e => e.Kind == ClockEventKind.ResponseSent).Select(e => (DateOnly?)e.On).Max() })
                .SingleOrDefaultAsync(cancellationToken);
            if (request is null)
            {
                return new Model(false, null, []);
            }

            var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var dueSoonBy = DeadlineStatus.DueSoonBy(today, calendar);
            var reviews = await db.InternalReviews.AsNoTracking().Where(v => v.FoiRequestId == query.RequestId).OrderBy(v => v.Id)
                .Select(v => new { v.Id, v.ReceivedOn, v.DueOn, v.Status }).ToListAsync(cancellationToken);
            var canLog = request.RespondedOn is not null && request.Status is RequestStatus.Responded or RequestStatus.InternalReview;
            return new Model(
                canLog,
                request.RespondedOn is { } sent ? ReviewWindow.ClosesOn(sent, calendar) : null,
                reviews.Select(v => new Row(v.Id, v.ReceivedOn, v.DueOn, v.Status, ReviewDeadlines.Of(v.Status, v.DueOn, today, dueSoonBy))).ToList());
        }
    }
}
