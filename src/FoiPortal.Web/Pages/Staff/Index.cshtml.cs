using FoiPortal.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff;

/// <summary>Sends each role to where its work is.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(StaffRoles.Officer) || User.IsInRole(StaffRoles.Manager)
            ? RedirectToPage("/Staff/Cases/Index")
            : RedirectToPage("/Staff/Admin/Index");
}
