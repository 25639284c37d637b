using FoiPortal.Core.Data;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.Extensions.Caching.Memory;

namespace FoiPortal.Web.Pages.Staff.Statistics;

/// <summary>
/// The figures for the period and regime in the URL, or the errors that say why there are none. A period's figures are
/// kept for <c>Statistics:CacheSeconds</c> (30; 0 = none) per period, regime and day, so managers reloading or sharing
/// a year's page do not recompute it each time (bench/README.md); publication and the downloads always compute afresh.
/// </summary>
public static class StatisticsPage
{
    public sealed record Query(StatisticsFilter Filter) : IQuery<Model>;

    public sealed record Model(StatisticsFilter Filter, StatisticsFilter.Resolved Resolved, StatisticsFigures? Figures);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time, IMemoryCache cache, IConfiguration configuration)
        : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var resolved = query.Filter.Resolve(today);
            if (resolved.Period is not { } period)
            {
                return new Model(query.Filter, resolved, null);
            }

            var cacheFor = TimeSpan.FromSeconds(configuration.GetValue("Statistics:CacheSeconds", 30));
            var figures = cacheFor <= TimeSpan.Zero
                ? await StatisticsQuery.FiguresAsync(db, calendars, period, resolved.Regime, today, cancellationToken)
                : await cache.GetOrCreateAsync(("statistics-figures", period.From, period.To, resolved.Regime, today), entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = cacheFor;
                    return StatisticsQuery.FiguresAsync(db, calendars, period, resolved.Regime, today, cancellationToken);
                });
            return new Model(query.Filter, resolved, figures);
        }
    }
}
