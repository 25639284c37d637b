using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

/// <summary>Staff accounts: who has access, in which role, and whether they can sign in (issue 17).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    public StaffList.Model List { get; private set; } = new([], 1, 1, 0, null);

    public async Task OnGetAsync() => List = await mediator.Send(new StaffList.Query(Search, PageNumber));
}
