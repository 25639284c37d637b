using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>Mark an email as not a request, with the reason.</summary>
public sealed class NotARequestModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public MarkNotARequest.Command Data { get; set; } = new();

    public InboxMessage.Model Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.MessageId = id;
        await mediator.Send(Data);
        TempData["Notice"] = "The email was marked as not a request.";
        return Redirect("/staff/inbox");
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
