using FoiPortal.Core.Statute;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>The staff pages of one entry: load it (404 when there is none) and word the refusal of a stale form.</summary>
public abstract class StaffEntryPageModel(IMediator mediator) : PageModel, IConcurrencyMessage
{
    protected IMediator Mediator { get; } = mediator;

    public StaffEntry.View Entry { get; private set; } = null!;

    public string ConcurrencyMessage => StaffEntry.ChangedMessage;

    /// <summary>Null when loaded; the 404 otherwise.</summary>
    protected async Task<IActionResult?> LoadAsync(int id)
    {
        if (await Mediator.Send(new StaffEntry.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Entry = found;
        OnLoaded(found);
        return null;
    }

    /// <summary>After the entry is loaded, before the handler acts.</summary>
    protected virtual void OnLoaded(StaffEntry.View entry)
    {
    }
}

/// <summary>A command posted from the entry form: the page fills in which entry and its regime; the pipeline, who acts.</summary>
public interface IEntryFormCommand : ICommand, IStaffCommand
{
    int EntryId { get; set; }

    Regime Regime { get; set; }
}

/// <summary>Edit and correct: the entry's fields filled in from the entry, posted as one command, then back to the entry.</summary>
public abstract class EntryFormPageModel<TCommand>(IMediator mediator, IOptions<DisclosureLogOptions> options) : StaffEntryPageModel(mediator), IEntryFormPage
    where TCommand : EntryForm, IEntryFormCommand, new()
{
    [BindProperty]
    public TCommand Data { get; set; } = new();

    EntryForm IEntryFormPage.Data => Data;

    public DisclosureLogOptions Options => options.Value;

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
        var notice = SavedNotice();
        await Mediator.Send(Data);
        TempData["Notice"] = notice;
        return Redirect($"/staff/disclosure-log/{id}");
    }

    /// <summary>The success banner's text, worked out from the entry as it was before the change.</summary>
    protected abstract string SavedNotice();
}
