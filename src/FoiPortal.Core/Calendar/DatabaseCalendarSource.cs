using FoiPortal.Core.Data;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Core.Calendar;

/// <summary>
/// The published bank holidays plus the admins' active <see cref="CalendarAdjustmentRecord"/>s.
/// <para>
/// A singleton: the built calendars (and the years each has already worked out) are shared by every request, so a
/// deadline costs no database round trip. It opens its own short-lived scope (and DbContext) only to reload.
/// The snapshot is reloaded after <see cref="CacheLifetime"/> (default 60 s) or at once on this node when
/// <see cref="Invalidate"/> is called after an admin's change is committed. With several web nodes the others
/// catch up within <see cref="CacheLifetime"/>: acceptable for a change made days before it matters.
/// </para>
/// </summary>
public sealed class DatabaseCalendarSource(IServiceScopeFactory scopes, TimeProvider time) : ICalendarSource, IDisposable
{
    public static readonly TimeSpan DefaultCacheLifetime = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;
    private long _generation;

    public TimeSpan CacheLifetime { get; init; } = DefaultCacheLifetime;

    public ValueTask<WorkingDayCalendar> ForRegimeAsync(Regime regime, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        return snapshot is not null && time.GetUtcNow() < snapshot.ExpiresAt
            ? ValueTask.FromResult(snapshot.For(regime))
            : LoadAsync(regime, cancellationToken);
    }

    /// <summary>Drops the cached calendars; call after an adjustment is committed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _snapshot, null);
    }

    public void Dispose() => _loading.Dispose();

    private async ValueTask<WorkingDayCalendar> LoadAsync(Regime regime, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have reloaded while this one waited.
            var current = Volatile.Read(ref _snapshot);
            if (current is not null && time.GetUtcNow() < current.ExpiresAt)
            {
                return current.For(regime);
            }

            var generation = Interlocked.Read(ref _generation);
            CalendarSet calendars;
            await using (var scope = scopes.CreateAsyncScope())
            {
                calendars = await ReadAsync(scope.ServiceProvider.GetRequiredService<FoiDbContext>(), cancellationToken);
            }

            var snapshot = new Snapshot(calendars, time.GetUtcNow() + CacheLifetime);

            // An Invalidate() during the load may mean what was read is already stale: use it once, do not keep it.
            if (generation == Interlocked.Read(ref _generation))
            {
                Volatile.Write(ref _snapshot, snapshot);
            }

            return snapshot.For(regime);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Builds both calendars from the adjustments <paramref name="db"/> sees now, bypassing the cache: inside an admin's
    /// transaction that includes the change not yet committed, so deadlines are recomputed on the new calendar.
    /// </summary>
    public static async Task<CalendarSet> ReadAsync(FoiDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var adjustments = await db.CalendarAdjustments.AsNoTracking()
            .Where(a => a.WithdrawnAtUtc == null)
            .OrderBy(a => a.Date)
            .Select(a => new CalendarAdjustment(a.Date, a.Kind, a.Reason, a.Scope))
            .ToListAsync(cancellationToken);
        return new CalendarSet(WorkingDayCalendar.UnitedKingdom(adjustments), WorkingDayCalendar.Scotland(adjustments));
    }

    private sealed record Snapshot(CalendarSet Calendars, DateTimeOffset ExpiresAt)
    {
        public WorkingDayCalendar For(Regime regime) => Calendars.For(regime);
    }
}

/// <summary>The two working-day calendars the regimes use.</summary>
public sealed record CalendarSet(WorkingDayCalendar UnitedKingdom, WorkingDayCalendar Scotland)
{
    // FOISA s.73: Scottish bank holidays only; FOIA s.10(6) and EIR reg 2(1): any part of the UK.
    public WorkingDayCalendar For(Regime regime) => regime == Regime.Foisa ? Scotland : UnitedKingdom;
}
