using FluentValidation;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff;

public sealed class SignInModel(IMediator mediator) : PageModel
{
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
        if (outcome != SignInStaff.Outcome.SignedIn)
        {
            var message = outcome == SignInStaff.Outcome.LockedOut
                ? "Your account is locked because of too many failed attempts. Try again in 15 minutes, or ask an administrator to unlock it"
                : "Enter a correct email address and password";
            var errors = new List<FieldError> { new($"{ValidationExceptionFilter.FormPrefix}.{nameof(Data.Email)}", message) };
            ModelState.AddModelError(errors[0].Key, message);
            GovUkErrors.Set(HttpContext, errors);
            Data.Password = null;
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        // Only ever return to a page on this site.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
    }
}

/// <summary>
/// Staff sign-in. Not a command: a failed attempt must be recorded (lockout after 5, OWASP ASVS 2.2.1)
/// rather than rolled back with the unit of work.
/// </summary>
public static class SignInStaff
{
    public enum Outcome
    {
        SignedIn,
        Failed,
        LockedOut,
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

    public sealed class Handler(SignInManager<StaffUser> signIn) : IRequestHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await signIn.UserManager.FindByEmailAsync(command.Email!.Trim());
            if (user is null)
            {
                return Outcome.Failed;
            }

            var result = await signIn.PasswordSignInAsync(user, command.Password!, isPersistent: false, lockoutOnFailure: true);
            return result.Succeeded ? Outcome.SignedIn : result.IsLockedOut ? Outcome.LockedOut : Outcome.Failed;
        }
    }
}
