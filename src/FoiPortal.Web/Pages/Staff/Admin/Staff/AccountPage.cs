using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

/// <summary>One account for an admin: its details, what may be done to it (Core's rules) and its audit trail.</summary>
public static class AccountPage
{
    public sealed record Query(string Id) : IQuery<Model?>;

    public sealed record AuditRow(DateTime AtUtc, string Detail, string Actor);

    public sealed record Model(
        string Id,
        string DisplayName,
        string Email,
        string Role,
        StaffAccountStatus Status,
        DateTime? LastSignInAtUtc,
        bool TwoFactorSetUp,
        DateTime? InviteExpiresAtUtc,
        AccountFacts Facts,
        IReadOnlyList<AuditRow> Audit);

    public sealed class Handler(FoiDbContext db, TimeProvider time, ICurrentStaff staff) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.Id, cancellationToken);
            if (user is null)
            {
                return null;
            }

            var role = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var status = StaffAccountState.Of(user, time.GetUtcNow());
            var twoFactor = user.TwoFactorEnabled && user.TotpSecret is not null;
            var facts = new AccountFacts(
                string.Equals(user.UserName, staff.UserName, StringComparison.OrdinalIgnoreCase), role, status, twoFactor,
                await StaffAccount.ActiveAdminsAsync(db, cancellationToken));
            var audit = await db.StaffAuditEntries.AsNoTracking().Where(e => e.UserId == user.Id)
                .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(50)
                .Select(e => new AuditRow(e.AtUtc, e.Detail, e.Actor)).ToListAsync(cancellationToken);
            return new Model(user.Id, user.DisplayName, user.Email ?? string.Empty, role, status, user.LastSignInAtUtc, twoFactor, user.InviteExpiresAtUtc, facts, audit);
        }
    }
}
