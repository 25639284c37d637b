using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>A member of staff who can be given cases: user name (what <c>AssignedOfficer</c> stores) and display name.</summary>
public sealed record CaseWorker(string UserName, string DisplayName);

public static class CaseWorkers
{
    /// <summary>Staff in the Officer or Manager role, by display name.</summary>
    public static async Task<IReadOnlyList<CaseWorker>> ListAsync(FoiDbContext db, CancellationToken cancellationToken)
    {
        string[] roles = [StaffRoles.Officer, StaffRoles.Manager];
        var workers = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .Select(u => new CaseWorker(u.UserName!, u.DisplayName))
            .ToListAsync(cancellationToken);
        return workers
            .OrderBy(w => string.IsNullOrWhiteSpace(w.DisplayName) ? w.UserName : w.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static string NameOf(IReadOnlyList<CaseWorker> workers, string? userName) =>
        userName is null
            ? "Not assigned"
            : workers.FirstOrDefault(w => string.Equals(w.UserName, userName, StringComparison.OrdinalIgnoreCase)) is { DisplayName.Length: > 0 } worker
                ? worker.DisplayName
                : userName;
}
