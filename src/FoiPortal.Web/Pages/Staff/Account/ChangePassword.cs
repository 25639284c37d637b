using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Account;

/// <summary>
/// Staff change their own password: the current one first (ASVS 6.2.3), the new one checked like any other
/// (<see cref="PasswordRules"/>). The security stamp changes, so other sessions end; this one is signed in again.
/// </summary>
public static class ChangePassword
{
    public sealed class Command : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
            RuleFor(c => c.NewPassword).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a new password")
                .Must(p => PasswordRules.WhyNotAcceptable(p, null) is null).WithMessage(c => PasswordRules.WhyNotAcceptable(c.NewPassword, null)!);
            RuleFor(c => c.ConfirmPassword).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the new password again")
                .Equal(c => c.NewPassword).WithMessage("The passwords do not match");
        }
    }

    public sealed class Handler(FoiDbContext db, SignInManager<StaffUser> signIn, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await signIn.UserManager.FindByNameAsync(command.Actor) ?? throw new DomainException("Sign in again");
            var result = await signIn.UserManager.ChangePasswordAsync(user, command.CurrentPassword!, command.NewPassword!);
            if (!result.Succeeded)
            {
                var field = result.Errors.Any(e => e.Code == "PasswordMismatch") ? nameof(Command.CurrentPassword) : nameof(Command.NewPassword);
                var message = field == nameof(Command.CurrentPassword) ? "Your current password is not correct" : result.Errors.First().Description;
                throw new ValidationException([new ValidationFailure(field, message)]);
            }

            db.StaffAuditEntries.Add(new StaffAuditEntry(user.Id, StaffAuditAction.PasswordChanged, "Password changed; other sessions signed out", command.Actor, time.GetUtcNow().UtcDateTime));
            // ChangePasswordAsync changed the stamp: keep this session, with its original sign-in time.
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, signIn.Context.User.Claims.Where(c => c.Type == Infrastructure.Security.StaffSession.SignedInAtClaim).ToList());
            return Unit.Value;
        }
    }
}
