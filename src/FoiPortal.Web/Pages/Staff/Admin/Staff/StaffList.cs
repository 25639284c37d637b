using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

/// <summary>The staff accounts list: search by name or email, 20 to a page, status derived in Core.</summary>
public static class StaffList
{
    public const int PageSize = 20;

    public sealed record Query(string? Search, int Page) : IQuery<Model>;

    public sealed record Row(string Id, string DisplayName, string Email, string Role, StaffAccountStatus Status, DateTime? LastSignInAtUtc, bool TwoFactorSetUp);

    public sealed record Model(IReadOnlyList<Row> Rows, int Page, int Pages, int Total, string? Search);

    public sealed class Handler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var users = db.Users.AsNoTracking();
            var search = query.Search?.Trim();
            if (!string.IsNullOrEmpty(search))
            {
                users = users.Where(u => u.DisplayName.Contains(search) || u.Email!.Contains(search));
            }

            var total = await users.CountAsync(cancellationToken);
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Clamp(query.Page, 1, pages);
            var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(u => new
                {
                    u.Id,
                    u.DisplayName,
                    u.Email,
                    u.DisabledAtUtc,
                    HasPassword = u.PasswordHash != null,
                    u.LockoutEnd,
                    u.LastSignInAtUtc,
                    u.TwoFactorEnabled,
                    Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            return new Model(
                [.. rows.Select(u => new Row(u.Id, u.DisplayName, u.Email ?? string.Empty, u.Role ?? "None", StaffAccountState.Of(u.DisabledAtUtc, u.HasPassword, u.LockoutEnd, now), u.LastSignInAtUtc, u.TwoFactorEnabled))],
                page, pages, total, search);
        }
    }
}
