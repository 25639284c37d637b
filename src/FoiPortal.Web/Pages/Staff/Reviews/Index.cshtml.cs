using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>The review queue: open internal reviews by due date.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ReviewQueue.Model Queue { get; private set; } = null!;

    // "page" is a Razor Pages route value (the page's path), so the query string's page number is bound by name.
    public async Task OnGetAsync(string? view, [FromQuery(Name = "page")] string? pageNumber) =>
        Queue = await mediator.Send(new ReviewQueue.Query(ReviewQueue.Parse(view), ReviewQueue.ParsePage(pageNumber)));
}
