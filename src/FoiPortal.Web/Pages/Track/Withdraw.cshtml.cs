using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Track;

/// <summary><c>/track/{token}/withdraw</c>: the confirmation step, then the request closes as withdrawn.</summary>
public sealed class WithdrawModel(IMediator mediator, FoiDbContext db) : PageModel
{
    [BindProperty]
    public WithdrawFromTracking.Command Data { get; set; } = new();

    public TrackingMessage.Summary Found { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(token) ?? Page();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await LoadAsync(token) is { } notFound)
        {
            return notFound;
        }

        if (!await mediator.Send(Data))
        {
            return NotFound();
        }

        TempData["TrackNotice"] = $"You have withdrawn your request {Found.Reference}. We will not answer it.";
        return Redirect($"/track/{token}");
    }

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
