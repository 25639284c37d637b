using Microsoft.AspNetCore.Identity;

namespace FoiPortal.Core.Staff;

/// <summary>A member of the authority's staff. Requesters never have accounts.</summary>
public sealed class StaffUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public const int InviteTokenHashLength = 64;

    public const int TotpSecretMaxLength = 64;

    public string DisplayName { get; set; } = string.Empty;

    // Issue 17: accounts an admin runs, and two-factor sign-in.

    /// <summary>When an admin disabled the account (no sign-in at all until re-enabled); null when not disabled.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    /// <summary>The SHA-256 hash of the single-use invitation link, while an invitation is open.</summary>
    public string? InviteTokenHash { get; set; }

    /// <summary>When the open invitation stops working (24 hours after it was sent).</summary>
    public DateTime? InviteExpiresAtUtc { get; set; }

    public DateTime? LastSignInAtUtc { get; set; }

    /// <summary>The shared TOTP secret (base32): pending while <see cref="IdentityUser.TwoFactorEnabled"/> is false.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>The last 30-second step whose code was accepted: a code for it or an earlier step is a replay (RFC 6238 s.5.2).</summary>
    public long? LastTotpStep { get; set; }

    /// <summary>The lockout the person has been emailed about, so they are told once per lockout.</summary>
    public DateTimeOffset? LockoutNoticeFor { get; set; }
}

public static class StaffRoles
{
    public const string Officer = "Officer";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Officer, Manager, Admin];

    public static bool IsRole(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
