using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary><c>/staff/reviews/{id}/extend</c>: FOIA reviews only (s.45 Code para 5.5).</summary>
public sealed class ExtendModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ExtendReview.Command Data { get; set; } = new();

    public ReviewDetails.Model Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new ReviewDetails.Query(id)) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        Data = new ExtendReview.Command { Version = review.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await mediator.Send(new ReviewDetails.Query(id)) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        Data.ReviewId = id;
        await mediator.Send(Data);
        TempData["Notice"] = "The review was extended.";
        return Redirect($"/staff/reviews/{id}");
    }
}
