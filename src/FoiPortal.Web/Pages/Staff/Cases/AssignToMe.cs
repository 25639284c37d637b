using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>The queue's "Assign to me" link on an unassigned row: the signed-in officer or manager takes the request.</summary>
public static class AssignToMe
{
    /// <summary>The row's request and the version the queue showed (optimistic concurrency); returns its reference.</summary>
    [RequiresRole(StaffRoles.Officer, StaffRoles.Manager)]
    public sealed class Command : ICommand<string>, IStaffCommand
    {
        public int Id { get; set; }

        public Guid Version { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.Id, command.Version, cancellationToken);
            var me = (await CaseWorkers.NamesAsync(db, [command.Actor], cancellationToken))[command.Actor];
            request.AssignTo(me.UserName, command.Actor, time.GetUtcNow(), me.Shown);
            return request.Reference;
        }
    }
}
