using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Notes;

/// <summary>A case's notes, and the form to add one.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AddCaseNote.Command Data { get; set; } = new();

    public CaseNotes.Model Notes { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        // Loaded first, so that a refusal re-renders this page with its error summary and the text kept.
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        await mediator.Send(Data);
        Notice = "Note added.";
        return Redirect($"/staff/cases/{id}/notes");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new CaseNotes.Query(id, User.Identity?.Name ?? string.Empty)) is not { } found)
        {
            return NotFound();
        }

        Notes = found;
        return null;
    }
}
