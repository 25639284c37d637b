using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>The triage inbox (issue 16): emails to the FOI mailbox, newest first.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public InboxList.Model Inbox { get; private set; } = null!;

    public async Task OnGetAsync(string? view, int page = 1) => Inbox = await mediator.Send(new InboxList.Query(InboxList.Parse(view), page));
}
