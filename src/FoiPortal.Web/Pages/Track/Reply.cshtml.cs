using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Track;

/// <summary><c>/track/{token}/reply</c>: the requester writes to us about their request (for example, to clarify it).</summary>
public sealed class ReplyModel(IMediator mediator, FoiDbContext db) : PageModel
{
    [BindProperty]
    public ReplyFromTracking.Command Data { get; set; } = new();

    public TrackingMessage.Summary Found { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string token) => ShowAsync(token);

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await LoadAsync(token) is { } notFound)
        {
            return notFound;
        }

        if (await mediator.Send(Data) is not { } result)
        {
            return NotFound();
        }

        TempData["TrackNotice"] = result.RestartedClock
            ? "Thank you: we have your reply. The time limit for our response has started again from today."
            : "Thank you: we have your message.";
        return Redirect($"/track/{token}");
    }

    private async Task<IActionResult> ShowAsync(string token) => await LoadAsync(token) ?? Page();

    /// <summary>An unknown or malformed token gets the same 404 as the tracking page.</summary>
    private async Task<IActionResult?> LoadAsync(string token)
    {
        if (!TrackingToken.LooksValid(token) || await TrackingMessage.FindAsync(db, TrackingToken.Hash(token), HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        Response.Headers["Referrer-Policy"] = "no-referrer";
        Found = found;
        Data.TokenHash = TrackingToken.Hash(token);
        return null;
    }
}
