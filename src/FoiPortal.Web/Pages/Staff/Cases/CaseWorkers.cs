using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>
/// A member of staff as pages show them: the display name, with the email for a title (hover) attribute.
/// <see cref="UserName"/> is what <c>AssignedOfficer</c>, timeline actors and clock events store.
/// </summary>
public sealed record CaseWorker(string UserName, string DisplayName, string? Email = null)
{
    /// <summary>The display name, or the user name for an account without one.</summary>
    public string Shown => string.IsNullOrWhiteSpace(DisplayName) ? UserName : DisplayName;

    /// <summary>For a user name no account has any more: shown as stored.</summary>
    public static CaseWorker Unknown(string userName) => new(userName, string.Empty);
}

/// <summary>The one lookup from stored user names to staff names, for the queue, the case page, its timeline and assignment.</summary>
public static class CaseWorkers
{
    /// <summary>Staff in the Officer or Manager role, by display name.</summary>
    public static async Task<IReadOnlyList<CaseWorker>> ListAsync(FoiDbContext db, CancellationToken cancellationToken)
    {
        string[] roles = [StaffRoles.Officer, StaffRoles.Manager];
        var workers = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .Select(u => new CaseWorker(u.UserName!, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
        return workers.OrderBy(w => w.Shown, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The officer or manager with this user name (ignoring case), or null: who a case may be given to.</summary>
    public static async Task<CaseWorker?> FindAsync(FoiDbContext db, string? userName, CancellationToken cancellationToken) =>
        (await ListAsync(db, cancellationToken)).FirstOrDefault(w => string.Equals(w.UserName, userName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The "who should handle it" rule of every form that gives cases to someone: chosen, and an officer or manager.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeACaseWorker<T>(this IRuleBuilderInitial<T, string?> rule, FoiDbContext db, string whenNoneChosen) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(whenNoneChosen)
            .MustAsync(async (userName, ct) => await FindAsync(db, userName, ct) is not null).WithMessage("Select an officer or manager from the list");

    /// <summary>Any staff (admins too) named by <paramref name="userNames"/>, keyed by user name (ignoring case).</summary>
    public static async Task<IReadOnlyDictionary<string, CaseWorker>> NamesAsync(FoiDbContext db, IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, CaseWorker>(StringComparer.OrdinalIgnoreCase);
        }

        var found = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && wanted.Contains(u.UserName))
            .Select(u => new CaseWorker(u.UserName!, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
        var names = found.ToDictionary(w => w.UserName, StringComparer.OrdinalIgnoreCase);
        foreach (var missing in wanted.Where(w => !names.ContainsKey(w)))
        {
            names[missing] = CaseWorker.Unknown(missing);
        }

        return names;
    }

    public static string NameOf(IReadOnlyList<CaseWorker> workers, string? userName) =>
        userName is null ? "Not assigned" : Find(workers, userName).Shown;

    public static CaseWorker Find(IReadOnlyList<CaseWorker> workers, string userName) =>
        workers.FirstOrDefault(w => string.Equals(w.UserName, userName, StringComparison.OrdinalIgnoreCase)) ?? CaseWorker.Unknown(userName);
}
