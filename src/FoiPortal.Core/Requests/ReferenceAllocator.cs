using FoiPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Core.Requests;

/// <summary>
/// Issues the next reference. One atomic UPDATE ... SET LastNumber = LastNumber + 1 inside the caller's
/// transaction: the row lock (SQL Server) or the write lock (SQLite) is held until commit, so two
/// simultaneous submissions can never get the same number; the unique index on Reference is the backstop.
/// </summary>
public sealed class ReferenceAllocator(FoiDbContext db, ReferenceFormat format)
{
    public async Task<string> NextAsync(int year, CancellationToken cancellationToken)
    {
        var scope = format.SequenceScope(year);
        var updated = await db.ReferenceCounters
            .Where(c => c.Scope == scope)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
        if (updated == 0)
        {
            // First reference in this scope. A concurrent first insert fails on the key; the caller's retry then updates.
            db.ReferenceCounters.Add(new ReferenceCounter(scope, 1));
            await db.SaveChangesAsync(cancellationToken);
            return format.Format(year, 1);
        }

        var number = await db.ReferenceCounters.Where(c => c.Scope == scope).Select(c => c.LastNumber).SingleAsync(cancellationToken);
        return format.Format(year, number);
    }

    /// <summary>Creates this year's counter ahead of the first submission, so concurrent first submissions only ever UPDATE.</summary>
    public async Task EnsureCounterAsync(int year, CancellationToken cancellationToken)
    {
        var scope = format.SequenceScope(year);
        if (await db.ReferenceCounters.AnyAsync(c => c.Scope == scope, cancellationToken))
        {
            return;
        }

        db.ReferenceCounters.Add(new ReferenceCounter(scope, 0));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first: that is the outcome we wanted.
            db.ChangeTracker.Clear();
        }
    }
}
