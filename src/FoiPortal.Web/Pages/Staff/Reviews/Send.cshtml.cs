using FoiPortal.Web.Infrastructure.Mail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary><c>/staff/reviews/{id}/send</c>: the outcome letter as it will be sent, what stops it, and "Send".</summary>
public sealed class SendModel(IMediator mediator, OutboxSignal outbox) : PageModel
{
    [BindProperty]
    public SendOutcome.Command Data { get; set; } = new();

    public ReviewDetails.Model Review { get; private set; } = null!;

    public SendOutcome.Preview Preview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.ReviewId = id;
        await mediator.Send(Data);
        outbox.Notify();
        TempData["Notice"] = "The outcome letter was sent.";
        return Redirect($"/staff/reviews/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new ReviewDetails.Query(id)) is not { } review
            || await mediator.Send(new SendOutcome.PreviewQuery(id, User.Identity?.Name ?? string.Empty)) is not { } preview)
        {
            return NotFound();
        }

        (Review, Preview) = (review, preview);
        return null;
    }
}
