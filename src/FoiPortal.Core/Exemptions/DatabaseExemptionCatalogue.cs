using FoiPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Core.Exemptions;

/// <summary>Where handlers get the catalogue in force: the database's, with the admins' edits.</summary>
public interface IExemptionCatalogueSource
{
    ValueTask<ExemptionCatalogue> GetAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The catalogue as stored, cached like <see cref="Calendar.DatabaseCalendarSource"/>: a singleton snapshot reloaded
/// after <see cref="CacheLifetime"/> (default 60 s) or at once on this node when <see cref="Invalidate"/> is called after
/// an admin's edit is committed. Other nodes catch up within the cache lifetime. The snapshot is read-only by
/// convention: nobody edits its entries (admin edits load tracked entries of their own).
/// </summary>
public sealed class DatabaseExemptionCatalogue(IServiceScopeFactory scopes, TimeProvider time) : IExemptionCatalogueSource, IDisposable
{
    public static readonly TimeSpan DefaultCacheLifetime = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;
    private long _generation;

    public TimeSpan CacheLifetime { get; init; } = DefaultCacheLifetime;

    public ValueTask<ExemptionCatalogue> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        return snapshot is not null && time.GetUtcNow() < snapshot.ExpiresAt
            ? ValueTask.FromResult(snapshot.Catalogue)
            : LoadAsync(cancellationToken);
    }

    /// <summary>Drops the cached catalogue; call after an admin's edit is committed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _snapshot, null);
    }

    public void Dispose() => _loading.Dispose();

    /// <summary>
    /// Seeds the catalogue table from <see cref="ExemptionCatalogue.CreateDefault"/>: every default entry that is
    /// missing is added (all of them on a new database), and the statutory fields of existing entries follow the code.
    /// An admin's wording and sensitive flag are never overwritten. Returns how many entries were added and updated.
    /// </summary>
    public static async Task<(int Added, int Updated)> EnsureSeededAsync(FoiDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.ExemptionEntries.ToDictionaryAsync(e => e.Key, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var added = 0;
        var updated = 0;
        foreach (var entry in ExemptionCatalogue.CreateDefault().Entries)
        {
            if (stored.TryGetValue(entry.Key, out var existing))
            {
                updated += existing.SyncStatutoryFields(entry) ? 1 : 0;
            }
            else
            {
                db.ExemptionEntries.Add(entry);
                added++;
            }
        }

        if (added + updated > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return (added, updated);
    }

    private async ValueTask<ExemptionCatalogue> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have reloaded while this one waited.
            var current = Volatile.Read(ref _snapshot);
            if (current is not null && time.GetUtcNow() < current.ExpiresAt)
            {
                return current.Catalogue;
            }

            var generation = Interlocked.Read(ref _generation);
            List<ExemptionEntry> entries;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
                entries = await db.ExemptionEntries.AsNoTracking().ToListAsync(cancellationToken);
            }

            var snapshot = new Snapshot(new ExemptionCatalogue(InStatuteOrder(entries)), time.GetUtcNow() + CacheLifetime);

            // An Invalidate() during the load may mean what was read is already stale: use it once, do not keep it.
            if (generation == Interlocked.Read(ref _generation))
            {
                Volatile.Write(ref _snapshot, snapshot);
            }

            return snapshot.Catalogue;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>The seeded order (statute order per regime), whatever order the rows were added in.</summary>
    public static IEnumerable<ExemptionEntry> InStatuteOrder(IEnumerable<ExemptionEntry> entries) =>
        entries.OrderBy(e => StatuteOrder.Value.TryGetValue(e.Key, out var index) ? index : int.MaxValue).ThenBy(e => e.Id);

    private static readonly Lazy<Dictionary<string, int>> StatuteOrder = new(() =>
        DefaultCatalogue.All().Select((e, i) => (e.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.OrdinalIgnoreCase));

    private sealed record Snapshot(ExemptionCatalogue Catalogue, DateTimeOffset ExpiresAt);
}
