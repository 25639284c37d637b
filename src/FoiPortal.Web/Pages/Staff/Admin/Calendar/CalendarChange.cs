using System.Globalization;
using FoiPortal.Core.Calendar;
using FoiPortal.Core.Data;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mediation;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Calendar;

/// <summary>What adding and removing a calendar change share: who did it, moving open requests' dates, and the cache.</summary>
public static class CalendarChange
{
    /// <summary>The signed-in admin's staff id (what adjustment records keep) from their user name.</summary>
    public static async Task<string> StaffIdAsync(FoiDbContext db, string actor, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.UserName == actor).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("Signed-in staff have an account.");

    /// <summary>
    /// Saves the change so far, moves the dates of the open requests it affects (on the new calendar, read inside this
    /// transaction), and drops the cached calendars once the transaction commits, so no reload caches the old one again.
    /// The timeline then reads "Due date moved from X to Y: bank holiday on Z added (source: the proclamation) by (the admin)".
    /// </summary>
    public static async Task<int> ApplyAsync(
        FoiDbContext db, AfterCommit afterCommit, DatabaseCalendarSource calendars, DateOnly date, string what, string? source, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var reason = $"bank holiday on {date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)} {what}"
            + (string.IsNullOrWhiteSpace(source) ? string.Empty : $" (source: {source.Trim()})");
        var moved = await OpenRequestDeadlines.RecalculateAsync(db, date, reason, actor, at, cancellationToken);
        afterCommit.Add("calendar-changed", _ =>
        {
            calendars.Invalidate();
            return Task.CompletedTask;
        });
        return moved;
    }

    /// <summary>The success banner: what was done and how many open requests' dates moved.</summary>
    public static string Notice(string done, int moved) => moved switch
    {
        0 => $"{done}. No open request's dates moved.",
        1 => $"{done}. The dates of 1 open request moved.",
        _ => $"{done}. The dates of {moved} open requests moved.",
    };

    /// <summary>How a change reads on a request's timeline, from the kind of change and whether it was added or taken back.</summary>
    public static string Describe(AdjustmentKind kind, bool withdrawn) => (kind, withdrawn) switch
    {
        (AdjustmentKind.ExtraNonWorkingDay, false) => "added",
        (AdjustmentKind.ExtraNonWorkingDay, true) => "withdrawn",
        (AdjustmentKind.RemovedHoliday, false) => "removed",
        _ => "restored",
    };
}
