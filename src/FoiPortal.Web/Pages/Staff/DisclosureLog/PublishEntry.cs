using FoiPortal.Core.Data;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>
/// Publishes a draft or withdrawn entry; refused while the requester's details appear anywhere in it, and refused when
/// <c>DisclosureLog:RequireApproval</c> is on (then <see cref="SubmitEntryForApproval"/> and <see cref="ApproveEntry"/>).
/// </summary>
public static class PublishEntry
{
    public sealed record Command(int EntryId, Guid? SeenStamp = null) : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, AfterCommit afterCommit, IDisclosureLogCache cache, IOptions<DisclosureLogOptions> options)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await EntryChanges.LoadForChangeAsync(db, command.EntryId, command.SeenStamp, cancellationToken);
            var requester = await EntryChanges.RequesterOfAsync(db, entry.FoiRequestId, cancellationToken);
            entry.Publish(requester, command.Actor, time.GetUtcNow().UtcDateTime, PdfText.Pages, options.Value.RequireApproval);
            EntryChanges.InvalidateAfterCommit(afterCommit, cache);
            return Unit.Value;
        }
    }
}
