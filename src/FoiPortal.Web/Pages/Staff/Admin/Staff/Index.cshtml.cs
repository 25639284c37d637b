using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

/// <summary>Staff accounts: who has access, in which role, and whether they can sign in (issue 17).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>Read from the query string itself: to model binding, "page" is the Razor page's own route value.</summary>
    public int PageNumber =>
        int.TryParse(Request.Query["page"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    [TempData]
    public string? Notice { get; set; }

    public StaffList.Model List { get; private set; } = new([], 1, 1, 0, null);

    public async Task OnGetAsync() => List = await mediator.Send(new StaffList.Query(Search, PageNumber));
}
