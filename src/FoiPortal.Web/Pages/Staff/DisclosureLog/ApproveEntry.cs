using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>A manager (not the preparer or submitter) approves: the entry is published.</summary>
public static class ApproveEntry
{
    [RequiresRole(StaffRoles.Manager)]
    public sealed record Command(int EntryId, Guid? SeenStamp = null) : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, AfterCommit afterCommit, IDisclosureLogCache cache) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await EntryChanges.LoadForChangeAsync(db, command.EntryId, command.SeenStamp, cancellationToken);
            var requester = await EntryChanges.RequesterOfAsync(db, entry.FoiRequestId, cancellationToken);
            entry.Approve(requester, command.Actor, time.GetUtcNow().UtcDateTime, PdfText.Pages);
            EntryChanges.InvalidateAfterCommit(afterCommit, cache);
            return Unit.Value;
        }
    }
}
