using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary><c>/staff/reviews/{id}</c>: the review, what the requester said, the findings so far, and assigning a reviewer.</summary>
public sealed class ReviewModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AssignReviewer.Command Data { get; set; } = new();

    public ReviewDetails.Model Review { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new ReviewDetails.Query(id)) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        Data = new AssignReviewer.Command { Version = review.Version, Reviewer = review.Reviewer?.UserName };
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
        Notice = "The reviewer was assigned.";
        return Redirect($"/staff/reviews/{id}");
    }
}
