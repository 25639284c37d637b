using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Admin;

/// <summary>Administration home: links to staff accounts, the calendar and the exemption catalogue.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
