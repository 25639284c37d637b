using Microsoft.AspNetCore.Identity;

namespace FoiPortal.Core.Staff;

/// <summary>A member of the authority's staff. Requesters never have accounts.</summary>
public sealed class StaffUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;
}

public static class StaffRoles
{
    public const string Officer = "Officer";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Officer, Manager, Admin];
}
