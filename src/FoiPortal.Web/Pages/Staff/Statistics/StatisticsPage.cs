using FoiPortal.Core.Data;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using Mediator;

namespace FoiPortal.Web.Pages.Staff.Statistics;

/// <summary>The figures for the period and regime in the URL, or the errors that say why there are none.</summary>
public static class StatisticsPage
{
    public sealed record Query(StatisticsFilter Filter) : IQuery<Model>;

    public sealed record Model(StatisticsFilter Filter, StatisticsFilter.Resolved Resolved, StatisticsFigures? Figures);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var resolved = query.Filter.Resolve(today);
            var figures = resolved.Period is { } period
                ? await StatisticsQuery.FiguresAsync(db, calendars, period, resolved.Regime, today, cancellationToken)
                : null;
            return new Model(query.Filter, resolved, figures);
        }
    }
}
