namespace FoiPortal.Core.Staff;

public enum StaffAccountStatus
{
    Active,
    Invited,
    Disabled,
    Locked,
}

/// <summary>What an admin sees about an account, derived from its state and the time (never stored).</summary>
public static class StaffAccountState
{
    /// <summary>Disabled beats everything; an invitation not yet taken up (no password) is "invited"; then lockout.</summary>
    public static StaffAccountStatus Of(DateTime? disabledAtUtc, bool hasPassword, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        disabledAtUtc is not null ? StaffAccountStatus.Disabled
        : !hasPassword ? StaffAccountStatus.Invited
        : lockoutEnd > now ? StaffAccountStatus.Locked
        : StaffAccountStatus.Active;

    public static StaffAccountStatus Of(StaffUser user, DateTimeOffset now) =>
        Of(user.DisabledAtUtc, user.PasswordHash is not null, user.LockoutEnd, now);

    public static string Label(StaffAccountStatus status) => status switch
    {
        StaffAccountStatus.Active => "Active",
        StaffAccountStatus.Invited => "Invited",
        StaffAccountStatus.Disabled => "Disabled",
        StaffAccountStatus.Locked => "Locked",
        _ => status.ToString(),
    };
}
