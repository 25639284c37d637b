using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Account;

public sealed class PasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ChangePassword.Command Data { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(Data);
        Notice = "Your password has been changed. You have been signed out everywhere else";
        return RedirectToPage("/Staff/Account/Index");
    }
}
