using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Statistics;

/// <summary>The public list of published quarterly statistics (s.45 Code para 8.5).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PublishedStatistics.Summary> Quarters { get; private set; } = [];

    public async Task OnGetAsync() => Quarters = await mediator.Send(new PublishedStatistics.ListQuery());
}
