using FoiPortal.Web.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FoiPortal.Web.Pages.Staff.SignIn;

/// <summary>Two-factor set-up during sign-in (first sign-in, invitation, or after an admin's reset).</summary>
[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class SetUpModel(IMediator mediator, StaffSignIn flow) : PageModel
{
    [BindProperty]
    public TwoFactorSetUp.Command Data { get; set; } = new();

    public TwoFactorSetUp.Model? SetUp { get; private set; }

    /// <summary>Shown once, straight after set-up.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await PendingSignIn.ReadAsync(HttpContext) is not { MustSetUp: true } pending)
        {
            return RedirectToPage("/Staff/SignIn");
        }

        SetUp = await mediator.Send(new TwoFactorSetUp.Query(pending.UserId));
        return SetUp is null ? RedirectToPage("/Staff/SignIn") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await PendingSignIn.ReadAsync(HttpContext) is not { MustSetUp: true } pending)
        {
            return RedirectToPage("/Staff/SignIn");
        }

        SetUp = await mediator.Send(new TwoFactorSetUp.Query(pending.UserId));
        Data.UserId = pending.UserId;
        RecoveryCodes = await mediator.Send(Data);
        await flow.CompleteAsync((await flow.Users.FindByIdAsync(pending.UserId))!);
        return Page();
    }
}
