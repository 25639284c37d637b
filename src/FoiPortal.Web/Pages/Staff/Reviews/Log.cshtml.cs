using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary><c>/staff/cases/{id}/reviews/new</c>: log a request for review received by email or post.</summary>
public sealed class LogModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public LogReview.Command Data { get; set; } = new();

    public LogReview.Page Found { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        var reviewId = await mediator.Send(Data);
        TempData["Notice"] = "The request for review was logged.";
        return Redirect($"/staff/reviews/{reviewId}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new LogReview.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Found = found;
        return null;
    }
}
