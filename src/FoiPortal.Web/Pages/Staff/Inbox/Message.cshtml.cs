using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>One email: its text (plain, or sanitised HTML), attachments to download, and the three triage actions.</summary>
public sealed class MessageModel(IMediator mediator) : PageModel
{
    public InboxMessage.Model Message { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await mediator.Send(new InboxMessage.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Message = found;
        return Page();
    }

    /// <summary>An attachment as it came, always as a download (never shown inline: the portal never opens it).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(long id, int position) =>
        await mediator.Send(new InboxMessage.AttachmentQuery(id, position)) is { } file
            ? File(file.Content, "application/octet-stream", file.FileName)
            : NotFound();

    /// <summary>The message exactly as received (.eml), for evidence.</summary>
    public async Task<IActionResult> OnGetRawAsync(long id) =>
        await mediator.Send(new InboxMessage.RawQuery(id)) is { } raw ? File(raw, "application/octet-stream", $"email-{id}.eml") : NotFound();
}
