using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.SignIn;

/// <summary>The second sign-in step: a code from the authenticator app, or one of the recovery codes.</summary>
[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class CodeModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public VerifySignInCode.Command Data { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await PendingSignIn.ReadAsync(HttpContext) is { MustSetUp: false } ? Page() : RedirectToPage("/Staff/SignIn");

    public async Task<IActionResult> OnPostAsync() =>
        await mediator.Send(Data) switch
        {
            VerifySignInCode.Outcome.SignedIn => LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff"),
            _ => RedirectToPage("/Staff/SignIn"),
        };
}

public static class VerifySignInCode
{
    public const string LockedMessage = "You entered a wrong code too many times. Your account is locked for 15 minutes and we have emailed you";

    public enum Outcome
    {
        SignedIn,
        StartAgain,
    }

    public sealed class Command : IRequest<Outcome>
    {
        public string? Code { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Code).NotEmpty().WithMessage(TotpCodes.WrongCode);
    }

    /// <summary>Not a unit-of-work command: a wrong code counts toward the lockout and must be kept (ASVS 6.3.1).</summary>
    public sealed class Handler(StaffSignIn flow, FoiDbContext db, IHttpContextAccessor http) : IRequestHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var context = http.HttpContext!;
            if (await PendingSignIn.ReadAsync(context) is not { MustSetUp: false } pending
                || await flow.Users.FindByIdAsync(pending.UserId) is not { TotpSecret: { } secret } user
                || !user.TwoFactorEnabled || user.DisabledAtUtc is not null || await flow.Users.IsLockedOutAsync(user))
            {
                await PendingSignIn.EndAsync(context);
                return Outcome.StartAgain;
            }

            string? error;
            if (RecoveryCodes.LooksLikeRecoveryCode(command.Code))
            {
                var hash = RecoveryCodes.Hash(command.Code!);
                var code = await db.StaffRecoveryCodes.SingleOrDefaultAsync(c => c.UserId == user.Id && c.CodeHash == hash && c.UsedAtUtc == null, cancellationToken);
                code?.Use(flow.Now.UtcDateTime);
                error = code is null ? "This recovery code is not correct or has already been used" : null;
            }
            else
            {
                var check = TotpCodes.Verify(secret, command.Code, user.LastTotpStep, flow.Now);
                if (check.Accepted)
                {
                    user.LastTotpStep = check.Step;
                }

                error = check.Error;
            }

            if (error is null)
            {
                await db.SaveChangesAsync(cancellationToken);
                await flow.Users.ResetAccessFailedCountAsync(user);
                await flow.CompleteAsync(user);
                return Outcome.SignedIn;
            }

            // A wrong code counts toward the same lockout as a wrong password.
            await flow.Users.AccessFailedAsync(user);
            var locked = await flow.Users.IsLockedOutAsync(user);
            await flow.RecordAsync(user, locked ? SignInOutcome.LockedOut : SignInOutcome.WrongCode);
            if (locked)
            {
                await flow.NoticeLockoutAsync(user);
                await PendingSignIn.EndAsync(context);
                error = LockedMessage;
            }

            throw new ValidationException([new ValidationFailure(nameof(Command.Code), error)]);
        }
    }
}
