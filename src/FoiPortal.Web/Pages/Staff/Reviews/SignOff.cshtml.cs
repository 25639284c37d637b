using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary><c>/staff/reviews/{id}/sign-off</c>: a manager approves or returns the review's new decisions.</summary>
public sealed class SignOffModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SignOffReviewDecisions.Command Data { get; set; } = new();

    public ReviewDetails.Model Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostApproveAsync(int id) => SignOffAsync(id, approve: true);

    public Task<IActionResult> OnPostReturnAsync(int id) => SignOffAsync(id, approve: false);

    private async Task<IActionResult> SignOffAsync(int id, bool approve)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        (Data.ReviewId, Data.Approve) = (id, approve);
        await mediator.Send(Data);
        TempData["Notice"] = approve ? "The new decisions were approved." : "The new decisions were returned to the reviewer.";
        return Redirect($"/staff/reviews/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new ReviewDetails.Query(id)) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        return null;
    }
}
