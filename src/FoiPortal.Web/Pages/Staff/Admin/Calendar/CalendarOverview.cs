using FoiPortal.Core.Data;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Calendar;

/// <summary>The calendar page's lists: each regime's non-working days for the next 12 months, and the admins' changes.</summary>
public static class CalendarOverview
{
    public sealed record Query : IQuery<Model>;

    public sealed record Model(
        IReadOnlyList<NonWorkingDay> UnitedKingdom,
        IReadOnlyList<NonWorkingDay> Scotland,
        IReadOnlyList<AdjustmentRow> Adjustments,
        DateOnly From,
        DateOnly To)
    {
        public static Model Empty { get; } = new([], [], [], default, default);
    }

    public sealed record AdjustmentRow(int Id, DateOnly Date, AdjustmentKind Kind, CalendarScope Scope, string Reason, string? Source, DateTime CreatedAtUtc, string CreatedBy);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var to = today.AddMonths(12);
            var uk = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
            var scotland = await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken);
            var adjustments = await db.CalendarAdjustments.AsNoTracking()
                .Where(a => a.WithdrawnAtUtc == null)
                .OrderBy(a => a.Date).ThenBy(a => a.Id)
                .Select(a => new AdjustmentRow(
                    a.Id,
                    a.Date,
                    a.Kind,
                    a.Scope,
                    a.Reason,
                    a.Source,
                    a.CreatedAtUtc,
                    db.Users.Where(u => u.Id == a.CreatedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "A former member of staff"))
                .ToListAsync(cancellationToken);
            return new Model(uk.HolidaysBetween(today.AddDays(-1), to), scotland.HolidaysBetween(today.AddDays(-1), to), adjustments, today, to);
        }
    }
}
