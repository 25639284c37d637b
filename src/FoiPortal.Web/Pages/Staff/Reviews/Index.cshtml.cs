using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>The review queue: open internal reviews by due date.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ReviewQueue.Model Queue { get; private set; } = null!;

    public async Task OnGetAsync(string? view) => Queue = await mediator.Send(new ReviewQueue.Query(ReviewQueue.Parse(view)));
}
