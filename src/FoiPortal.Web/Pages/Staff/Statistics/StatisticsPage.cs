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

    public sealed class Handler(
        FoiDbContext db, ICalendarSource calendars, TimeProvider time, IMemoryCache cache, IConfiguration configuration, IServiceScopeFactory scopes)
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
            if (cacheFor <= TimeSpan.Zero)
            {
                return new Model(query.Filter, resolved, await StatisticsQuery.FiguresAsync(db, calendars, period, resolved.Regime, today, cancellationToken));
            }

            // One computation per key at a time: the requests that arrive while it runs wait for the same task instead of
            // each recomputing the year. It runs in a scope of its own, so no request's end or cancellation stops it for
            // the others; a failed one is not kept.
            var key = ("statistics-figures", period.From, period.To, resolved.Regime, today);
            var shared = cache.GetOrCreate(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = cacheFor;
                return new Lazy<Task<StatisticsFigures>>(() => ComputeAsync(scopes, period, resolved.Regime, today));
            })!;
            try
            {
                return new Model(query.Filter, resolved, await shared.Value.WaitAsync(cancellationToken));
            }
            catch (Exception) when (shared.Value.IsFaulted)
            {
                cache.Remove(key);
                throw;
            }
        }

        private static async Task<StatisticsFigures> ComputeAsync(IServiceScopeFactory scopes, StatisticsPeriod period, Regime? regime, DateOnly today)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            return await StatisticsQuery.FiguresAsync(
                services.GetRequiredService<FoiDbContext>(), services.GetRequiredService<ICalendarSource>(), period, regime, today, CancellationToken.None);
        }
    }
}
