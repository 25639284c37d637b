using FluentValidation;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Changes a draft entry (not public yet, so no correction note and no new version).</summary>
public sealed class EditModel(IMediator mediator, IOptions<DisclosureLogOptions> options) : PageModel, IEntryFormPage, IConcurrencyMessage
{
    [BindProperty]
    public EditDraft.Command Data { get; set; } = new();

    EntryForm IEntryFormPage.Data => Data;

    public DisclosureLogOptions Options => options.Value;

    public StaffEntry.View Entry { get; private set; } = null!;

    public string ConcurrencyMessage => StaffEntry.ChangedMessage;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.Fill(Entry.Content);
        Data.Stamp = Entry.Stamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.EntryId = id;
        Data.Regime = Entry.Regime;
        Data.Officer = User.Identity?.Name ?? throw new InvalidOperationException("Editing an entry needs a signed-in officer.");
        await mediator.Send(Data);
        TempData["Notice"] = "Draft saved.";
        return Redirect($"/staff/disclosure-log/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new StaffEntry.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Entry = found;
        return null;
    }
}

public static class EditDraft
{
    public sealed class Command : EntryForm, ICommand
    {
        [BindNever]
        public int EntryId { get; set; }

        [BindNever]
        public Core.Statute.Regime Regime { get; set; }

        [BindNever]
        public string Officer { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<DisclosureLogOptions> options, TimeProvider time) => Include(new EntryFormValidator(options, time));
    }

    /// <summary>The shared command's handler does the work, inside this command's unit of work.</summary>
    public sealed class Handler(EditDraftEntry.Handler edit) : ICommandHandler<Command>
    {
        public ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken) =>
            edit.Handle(new EditDraftEntry.Command(command.EntryId, command.ToContent(command.Regime), command.Officer, command.Stamp), cancellationToken);
    }
}
