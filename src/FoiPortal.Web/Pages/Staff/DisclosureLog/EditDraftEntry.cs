using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Changes a draft's content (not public, so no version or correction note).</summary>
public static class EditDraftEntry
{
    public sealed record Command(int EntryId, EntryContent Content, Guid? SeenStamp = null) : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<DisclosureLogOptions> options) => RuleFor(c => c.Content).HasConfiguredTopic(options.Value);
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<DisclosureLogOptions> options) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await EntryChanges.LoadForChangeAsync(db, command.EntryId, command.SeenStamp, cancellationToken);
            entry.EditDraft(EntryChanges.WithConfiguredTopic(command.Content, options.Value), LogCatalogue.Instance, command.Actor, time.GetUtcNow().UtcDateTime);
            return Unit.Value;
        }
    }
}
