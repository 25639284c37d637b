using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Notes;

/// <summary>Correct a note in the minutes after writing it.</summary>
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditCaseNote.Command Data { get; set; } = new();

    public EditCaseNote.Form Note { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int noteId)
    {
        if (await LoadAsync(id, noteId) is { } notFound)
        {
            return notFound;
        }

        Data.Text = Note.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int noteId)
    {
        if (await LoadAsync(id, noteId) is { } notFound)
        {
            return notFound;
        }

        (Data.RequestId, Data.NoteId) = (id, noteId);
        await mediator.Send(Data);
        TempData["Notice"] = "Note changed.";
        return Redirect($"/staff/cases/{id}/notes");
    }

    private async Task<IActionResult?> LoadAsync(int id, int noteId)
    {
        if (await mediator.Send(new EditCaseNote.Query(id, noteId, User.Identity?.Name ?? string.Empty)) is not { } found)
        {
            return NotFound();
        }

        Note = found;
        return null;
    }
}
