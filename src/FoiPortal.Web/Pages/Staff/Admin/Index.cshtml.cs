using FoiPortal.Core.Data;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin;

/// <summary>Administration home: staff accounts and their roles.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<StaffAccounts.Row> Accounts { get; private set; } = [];

    public async Task OnGetAsync() => Accounts = await mediator.Send(new StaffAccounts.Query());
}

public static class StaffAccounts
{
    public sealed record Query : IQuery<IReadOnlyList<Row>>;

    public sealed record Row(string DisplayName, string Email, string Roles, bool LockedOut);

    public sealed class Handler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var users = await db.Users.AsNoTracking()
                .OrderBy(u => u.DisplayName)
                .Select(u => new
                {
                    u.DisplayName,
                    u.Email,
                    u.LockoutEnd,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                })
                .ToListAsync(cancellationToken);
            return users.Select(u => new Row(u.DisplayName, u.Email ?? string.Empty, string.Join(", ", u.Roles), u.LockoutEnd > now)).ToList();
        }
    }
}
