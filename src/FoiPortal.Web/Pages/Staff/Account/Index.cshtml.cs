using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Account;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ChangeName.Command Data { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public MyAccount.Model Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Account = (await mediator.Send(new MyAccount.Query()))!;
        Data.DisplayName = Account.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Account = (await mediator.Send(new MyAccount.Query()))!;
        await mediator.Send(Data);
        Notice = "Your name has been changed";
        return RedirectToPage();
    }
}
