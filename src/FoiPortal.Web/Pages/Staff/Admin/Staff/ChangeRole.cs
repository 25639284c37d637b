using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

/// <summary>An admin gives a member of staff another role; never their own, never the last active admin's (Core).</summary>
public static class ChangeRole
{
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;

        [BindNever]
        public string Id { get; set; } = string.Empty;

        public string? Role { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Role).Must(StaffRoles.IsRole).WithMessage("Select a role");
    }

    public sealed class Handler(FoiDbContext db, UserManager<StaffUser> users, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var account = await StaffAccount.LoadAsync(db, users, command.Id, command.Actor, now, cancellationToken);
            StaffAccount.Check(StaffAccountRules.WhyNotChangeRole(account.Facts, command.Role!));
            if (account.Role.Length > 0)
            {
                StaffAccount.ThrowIfFailed(await users.RemoveFromRoleAsync(account.User, account.Role));
            }

            StaffAccount.ThrowIfFailed(await users.AddToRoleAsync(account.User, command.Role!));
            // The role is in the cookie: a new stamp makes their sessions pick the change up (sign in again).
            StaffAccount.ThrowIfFailed(await users.UpdateSecurityStampAsync(account.User));
            account.Audit(db, StaffAuditAction.RoleChanged, $"Role changed from {account.Role} to {command.Role}", command.Actor, now);
            return Unit.Value;
        }
    }
}
