using FoiPortal.Core.Calendar;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Calendar;

/// <summary>An admin takes back an earlier calendar change; the record is kept, withdrawn, for the calendar's history.</summary>
public static class RemoveCalendarAdjustment
{
    /// <summary>Returns how many open requests' dates moved.</summary>
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        public int Id { get; init; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, AfterCommit afterCommit, DatabaseCalendarSource calendars, ILogger<Handler> logger)
        : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var record = await db.CalendarAdjustments.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
                ?? throw new DomainException("That calendar change does not exist. It may have been removed already.");
            var now = time.GetUtcNow();
            record.Withdraw(await CalendarChange.StaffIdAsync(db, command.Actor, cancellationToken), now.UtcDateTime);
            var moved = await CalendarChange.ApplyAsync(db, afterCommit, calendars, record.Date, CalendarChange.Describe(record.Kind, withdrawn: true), record.Source, command.Actor, now, cancellationToken);
            logger.LogInformation(
                "Calendar adjustment {AdjustmentId} removed: {Kind} on {Date:yyyy-MM-dd} for {Scope}; {Moved} open requests moved",
                record.Id,
                record.Kind,
                record.Date,
                record.Scope,
                moved);
            return moved;
        }
    }
}
