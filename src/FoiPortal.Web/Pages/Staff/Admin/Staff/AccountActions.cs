using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

/// <summary>An admin's action on an account with no form fields: the account's id is all it needs.</summary>
public abstract class AccountCommand : ICommand, IStaffCommand
{
    [BindNever]
    public string Actor { get; set; } = string.Empty;

    [BindNever]
    public string Id { get; set; } = string.Empty;
}

/// <summary>Disable: no sign-in, and every session ends on its next request (a new security stamp, ASVS 7.4.3).</summary>
public static class DisableAccount
{
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : AccountCommand;

    public sealed class Handler(FoiDbContext db, UserManager<StaffUser> users, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var account = await StaffAccount.LoadAsync(db, users, command.Id, command.Actor, now, cancellationToken);
            StaffAccount.Check(StaffAccountRules.WhyNotDisable(account.Facts));
            account.User.DisabledAtUtc = now.UtcDateTime;
            // An open invitation dies with the account.
            account.User.InviteTokenHash = null;
            account.User.InviteExpiresAtUtc = null;
            StaffAccount.ThrowIfFailed(await users.UpdateSecurityStampAsync(account.User));
            account.Audit(db, StaffAuditAction.Disabled, "Account disabled; signed out everywhere", command.Actor, now);
            return Unit.Value;
        }
    }
}

public static class EnableAccount
{
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : AccountCommand;

    public sealed class Handler(FoiDbContext db, UserManager<StaffUser> users, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var account = await StaffAccount.LoadAsync(db, users, command.Id, command.Actor, now, cancellationToken);
            StaffAccount.Check(StaffAccountRules.WhyNotEnable(account.Facts));
            account.User.DisabledAtUtc = null;
            StaffAccount.ThrowIfFailed(await users.UpdateAsync(account.User));
            account.Audit(db, StaffAuditAction.Enabled, "Account re-enabled", command.Actor, now);
            return Unit.Value;
        }
    }
}

/// <summary>Unlock early, after checking with the person that the failed attempts were theirs.</summary>
public static class UnlockAccount
{
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : AccountCommand;

    public sealed class Handler(FoiDbContext db, UserManager<StaffUser> users, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var account = await StaffAccount.LoadAsync(db, users, command.Id, command.Actor, now, cancellationToken);
            StaffAccount.Check(StaffAccountRules.WhyNotUnlock(account.Facts));
            StaffAccount.ThrowIfFailed(await users.SetLockoutEndDateAsync(account.User, null));
            StaffAccount.ThrowIfFailed(await users.ResetAccessFailedCountAsync(account.User));
            account.Audit(db, StaffAuditAction.Unlocked, "Account unlocked", command.Actor, now);
            return Unit.Value;
        }
    }
}

/// <summary>Reset two-factor (a lost phone): the secret and recovery codes go, sessions end, the next sign-in sets it up again.</summary>
public static class ResetTwoFactor
{
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : AccountCommand;

    public sealed class Handler(FoiDbContext db, UserManager<StaffUser> users, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var account = await StaffAccount.LoadAsync(db, users, command.Id, command.Actor, now, cancellationToken);
            StaffAccount.Check(StaffAccountRules.WhyNotResetTwoFactor(account.Facts));
            account.User.TotpSecret = null;
            account.User.TwoFactorEnabled = false;
            account.User.LastTotpStep = null;
            await db.StaffRecoveryCodes.Where(c => c.UserId == account.User.Id).ExecuteDeleteAsync(cancellationToken);
            StaffAccount.ThrowIfFailed(await users.UpdateSecurityStampAsync(account.User));
            account.Audit(db, StaffAuditAction.TwoFactorReset, "Two-factor sign-in reset; it is set up again at the next sign-in", command.Actor, now);
            return Unit.Value;
        }
    }
}
