using FoiPortal.Core.Data;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Removes a file from a draft or withdrawn entry.</summary>
public static class RemoveEntryAttachment
{
    public sealed record Command(int EntryId, string FileName, Guid? SeenStamp = null) : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await EntryChanges.LoadForChangeAsync(db, command.EntryId, command.SeenStamp, cancellationToken);
            entry.RemoveAttachment(command.FileName, command.Actor, time.GetUtcNow().UtcDateTime);
            return Unit.Value;
        }
    }
}
