using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.TagHelpers;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

/// <summary>An account's page: change its role, disable or re-enable, unlock, reset two-factor; the audit trail below.</summary>
public sealed class AccountModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ChangeRole.Command Data { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public AccountPage.Model Account { get; private set; } = null!;

    public static IReadOnlyList<RadioItem> RoleOptions => InviteModel.RoleOptions;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Data.Role = Account.Role;
        return Page();
    }

    public Task<IActionResult> OnPostRoleAsync(string id) => DoAsync(id, Data, $"Role changed to {Data.Role?.ToLowerInvariant()}");

    public Task<IActionResult> OnPostDisableAsync(string id) => DoAsync(id, new DisableAccount.Command(), "Account disabled. They have been signed out everywhere");

    public Task<IActionResult> OnPostEnableAsync(string id) => DoAsync(id, new EnableAccount.Command(), "Account re-enabled");

    public Task<IActionResult> OnPostUnlockAsync(string id) => DoAsync(id, new UnlockAccount.Command(), "Account unlocked");

    public Task<IActionResult> OnPostResetTwoFactorAsync(string id) => DoAsync(id, new ResetTwoFactor.Command(), "Two-factor sign-in reset. They will set it up again when they next sign in");

    private async Task<IActionResult?> LoadAsync(string id)
    {
        var account = await mediator.Send(new AccountPage.Query(id));
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        return null;
    }

    /// <summary>Loads the page first, so a refused change shows it again with the reason.</summary>
    private async Task<IActionResult> DoAsync(string id, ICommand command, string notice)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        switch (command)
        {
            case ChangeRole.Command role:
                role.Id = id;
                break;
            case AccountCommand account:
                account.Id = id;
                break;
        }

        await mediator.Send(command);
        Notice = notice;
        return RedirectToPage(new { id });
    }
}
