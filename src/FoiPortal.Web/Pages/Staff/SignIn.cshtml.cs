using FluentValidation;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Security;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FoiPortal.Web.Pages.Staff;

[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class SignInModel(IMediator mediator) : PageModel
{
    /// <summary>One message for an unknown email, a wrong password, a locked or a disabled account (ASVS 6.3.8).</summary>
    public const string Failed = "Enter a correct email address and password";

    public const string Throttled = "There have been too many attempts to sign in. Wait a minute, then try again";

    [BindProperty]
    public SignInStaff.Command Data { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await mediator.Send(Data);
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff";
        return outcome switch
        {
            SignInStaff.Outcome.SignedIn => LocalRedirect(next),
            SignInStaff.Outcome.NeedsCode => RedirectToPage("/Staff/SignIn/Code", new { ReturnUrl = next }),
            SignInStaff.Outcome.NeedsSetUp => RedirectToPage("/Staff/SignIn/SetUp"),
            SignInStaff.Outcome.Throttled => Refuse(Throttled, StatusCodes.Status429TooManyRequests),
            _ => Refuse(Failed, StatusCodes.Status400BadRequest),
        };
    }

    private PageResult Refuse(string message, int status)
    {
        var errors = new List<FieldError> { new($"{ValidationExceptionFilter.FormPrefix}.{nameof(Data.Email)}", message) };
        ModelState.AddModelError(errors[0].Key, message);
        GovUkErrors.Set(HttpContext, errors);
        Data.Password = null;
        return new PageResult { StatusCode = status };
    }
}

/// <summary>
/// Staff sign-in, first step. Not a command: a failed attempt must be recorded (lockout after 5, ASVS 6.3.1)
/// rather than rolled back with the unit of work. Every failure costs one password hash, so an unknown email takes
/// about as long as a wrong password (<see cref="DummyPassword"/>; measured by bench/signin-timing.sh).
/// </summary>
public static class SignInStaff
{
    public enum Outcome
    {
        SignedIn,
        NeedsCode,
        NeedsSetUp,
        Failed,
        Throttled,
    }

    public sealed class Command : IRequest<Outcome>
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("Enter your email address");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Enter your password");
        }
    }

    public sealed class Handler(SignInManager<StaffUser> signIn, StaffSignIn flow, DummyPassword dummy, SignInThrottle throttle) : IRequestHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var email = command.Email!.Trim();
            if (!throttle.TryAccount(email))
            {
                return Outcome.Throttled;
            }

            var user = await signIn.UserManager.FindByEmailAsync(email);
            if (user is null || !await signIn.CanSignInAsync(user) || await signIn.UserManager.IsLockedOutAsync(user))
            {
                // Unknown, disabled, invited or locked: the same work and the same answer as a wrong password.
                dummy.Verify(command.Password!);
                if (user is not null)
                {
                    await flow.RecordAsync(user, SignInOutcome.Refused);
                }

                return Outcome.Failed;
            }

            var result = await signIn.CheckPasswordSignInAsync(user, command.Password!, lockoutOnFailure: true);
            if (!result.Succeeded)
            {
                await flow.RecordAsync(user, result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword);
                await flow.NoticeLockoutAsync(user);
                return Outcome.Failed;
            }

            // Two-factor set up is always asked for; without it, sign-in goes on only where it is not required (Development).
            var setUp = user.TwoFactorEnabled && user.TotpSecret is not null;
            if (!setUp && !flow.RequireTwoFactor)
            {
                await flow.CompleteAsync(user);
                return Outcome.SignedIn;
            }

            await PendingSignIn.StartAsync(signIn.Context, user, mustSetUp: !setUp);
            return setUp ? Outcome.NeedsCode : Outcome.NeedsSetUp;
        }
    }
}
