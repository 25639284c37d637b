using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>File an email to an existing case (prefilled with the reference it names), optionally as the clarification answer.</summary>
public sealed class FileModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public FileToCase.Command Data { get; set; } = new();

    public InboxMessage.Model Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new FileToCase.Command { Reference = Message.ReferencesNamed.Count > 0 ? Message.ReferencesNamed[0] : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.MessageId = id;
        var requestId = await mediator.Send(Data);
        TempData["Notice"] = "The email was filed to the case.";
        return Redirect($"/staff/cases/{requestId}");
    }

    private async Task<IActionResult?> LoadAsync(long id)
    {
        if (await mediator.Send(new InboxMessage.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Message = found;
        return null;
    }
}
