using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Core.Calendar;

/// <summary>
/// After an admin adds or removes a non-working day: every open request whose counted period could include that day is
/// worked out again on its regime's new calendar (<see cref="FoiRequest.RecalculateDeadline"/>), because the statutory
/// deadline itself has moved (FOIA s.10(6), FOISA s.73). Run inside the admin's transaction, after the change is saved.
/// </summary>
public static class OpenRequestDeadlines
{
    private static readonly RequestStatus[] OpenStatuses = [.. FoiRequest.OpenStatuses];

    /// <summary>Recomputes the requests a change on <paramref name="date"/> can affect; returns how many moved.</summary>
    public static async Task<int> RecalculateAsync(FoiDbContext db, DateOnly date, string reason, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var calendars = await DatabaseCalendarSource.ReadAsync(db, cancellationToken);

        // A day can only matter after receipt and no later than the date worked to (the last counted day): a day after
        // it changes no count, and WorkingToOn is never before DueOn.
        var affected = await db.Requests
            .Include(r => r.ClockEvents)
            .Where(r => OpenStatuses.Contains(r.Status) && r.ReceivedOn < date && r.WorkingToOn >= date)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var request in affected)
        {
            if (request.RecalculateDeadline(calendars.For(request.Regime), at, reason, actor))
            {
                moved++;
            }
        }

        return moved;
    }
}
