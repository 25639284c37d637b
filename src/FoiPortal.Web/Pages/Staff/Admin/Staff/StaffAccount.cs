using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

/// <summary>One account as an admin's command sees it: the tracked user, its role and the facts Core judges a change on.</summary>
public sealed record StaffAccount(StaffUser User, string Role, AccountFacts Facts)
{
    public static async Task<StaffAccount> LoadAsync(FoiDbContext db, UserManager<StaffUser> users, string id, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id) ?? throw new DomainException("There is no such staff account");
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? string.Empty;
        var facts = new AccountFacts(
            string.Equals(user.UserName, actor, StringComparison.OrdinalIgnoreCase),
            role,
            StaffAccountState.Of(user, now),
            user.TwoFactorEnabled && user.TotpSecret is not null,
            await ActiveAdminsAsync(db, ct));
        return new StaffAccount(user, role, facts);
    }

    /// <summary>Administrators who can sign in: not disabled, invitation taken up.</summary>
    public static Task<int> ActiveAdminsAsync(FoiDbContext db, CancellationToken ct) =>
        db.Users.CountAsync(
            u => u.DisabledAtUtc == null && u.PasswordHash != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Admin)),
            ct);

    /// <summary>Throws the rule's message as a <see cref="DomainException"/> when Core refuses the change.</summary>
    public static void Check(string? whyNot)
    {
        if (whyNot is not null)
        {
            throw new DomainException(whyNot);
        }
    }

    public static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(". ", result.Errors.Select(e => e.Description)));
        }
    }

    public void Audit(FoiDbContext db, StaffAuditAction action, string detail, string actor, DateTimeOffset now) =>
        db.StaffAuditEntries.Add(new StaffAuditEntry(User.Id, action, detail, actor, now.UtcDateTime));
}
