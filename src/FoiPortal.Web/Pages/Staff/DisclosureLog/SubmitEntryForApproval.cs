using FoiPortal.Core.Data;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>With <c>DisclosureLog:RequireApproval</c>: the officer asks a manager to publish; the personal-data check runs now.</summary>
public static class SubmitEntryForApproval
{
    public sealed record Command(int EntryId, Guid? SeenStamp = null) : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await EntryChanges.LoadForChangeAsync(db, command.EntryId, command.SeenStamp, cancellationToken);
            var requester = await EntryChanges.RequesterOfAsync(db, entry.FoiRequestId, cancellationToken);
            entry.SubmitForApproval(requester, command.Actor, time.GetUtcNow().UtcDateTime, PdfText.Pages);
            return Unit.Value;
        }
    }
}
