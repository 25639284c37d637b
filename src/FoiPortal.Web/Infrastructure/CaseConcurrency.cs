using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// Optimistic concurrency for case actions, in one place. A form posts the <see cref="FoiRequest.Version"/> it was
/// shown; if the case has changed since, the action is refused before any rule runs (409, "changed by someone else:
/// reload"), since the officer decided on what they saw, and nothing is saved. Setting the original value also makes
/// the UPDATE check it, catching a change between this read and the save.
/// </summary>
public static class CaseConcurrency
{
    public static async Task<FoiRequest> LoadForChangeAsync(
        this FoiDbContext db, IQueryable<FoiRequest> requests, int id, Guid seenVersion, CancellationToken cancellationToken)
    {
        var request = await requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new DomainException("This request no longer exists.");
        if (request.Version != seenVersion)
        {
            throw new DbUpdateConcurrencyException("The case changed since the page was loaded.");
        }

        db.Entry(request).Property(r => r.Version).OriginalValue = seenVersion;
        return request;
    }
}
