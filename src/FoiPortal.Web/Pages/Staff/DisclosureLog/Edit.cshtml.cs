using FluentValidation;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Statute;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Changes a draft entry (not public yet, so no correction note and no new version).</summary>
public sealed class EditModel(IMediator mediator, IOptions<DisclosureLogOptions> options) : EntryFormPageModel<EditDraft.Command>(mediator, options)
{
    protected override string SavedNotice() => "Draft saved.";
}

public static class EditDraft
{
    public sealed class Command : EntryForm, IEntryFormCommand
    {
        [BindNever]
        public int EntryId { get; set; }

        [BindNever]
        public Regime Regime { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<DisclosureLogOptions> options, TimeProvider time) => Include(new EntryFormValidator(options, time));
    }

    /// <summary>The shared command's handler does the work, inside this command's unit of work.</summary>
    public sealed class Handler(EditDraftEntry.Handler edit) : ICommandHandler<Command>
    {
        public ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken) =>
            edit.Handle(new EditDraftEntry.Command(command.EntryId, command.ToContent(command.Regime), command.Stamp) { Actor = command.Actor }, cancellationToken);
    }
}
