namespace FoiPortal.Core.Staff;

/// <summary>The facts an admin's change to an account is judged on.</summary>
/// <param name="IsSelf">The admin is changing their own account.</param>
/// <param name="Role">The account's current role.</param>
/// <param name="Status">The account's status now.</param>
/// <param name="TwoFactorSetUp">Two-factor sign-in is set up.</param>
/// <param name="ActiveAdmins">How many active administrators there are (not disabled, invitation taken up), this one included if it is one.</param>
public sealed record AccountFacts(bool IsSelf, string Role, StaffAccountStatus Status, bool TwoFactorSetUp, int ActiveAdmins)
{
    /// <summary>This account is the only active administrator left.</summary>
    public bool IsLastActiveAdmin =>
        Role == StaffRoles.Admin && Status is StaffAccountStatus.Active or StaffAccountStatus.Locked && ActiveAdmins <= 1;
}

/// <summary>
/// Why an admin may not change an account: the portal must never be left without an administrator, and nobody may
/// lock themselves out or raise or lower their own access (OWASP ASVS 5.0 V6/V8: administrative changes to one's own
/// account go through another administrator). Each method returns null when the change is allowed.
/// </summary>
public static class StaffAccountRules
{
    public static string? WhyNotChangeRole(AccountFacts account, string newRole)
    {
        if (!StaffRoles.IsRole(newRole))
        {
            return "Select a role";
        }

        if (account.IsSelf)
        {
            return "You cannot change your own role. Ask another administrator";
        }

        if (account.Status == StaffAccountStatus.Disabled)
        {
            return "This account is disabled. Re-enable it before changing its role";
        }

        if (newRole == account.Role)
        {
            return $"This account already has the {newRole.ToLowerInvariant()} role";
        }

        return account.IsLastActiveAdmin
            ? "This is the only active administrator. Make someone else an administrator first"
            : null;
    }

    public static string? WhyNotDisable(AccountFacts account) =>
        account.IsSelf ? "You cannot disable your own account. Ask another administrator"
        : account.Status == StaffAccountStatus.Disabled ? "This account is already disabled"
        : account.IsLastActiveAdmin ? "This is the only active administrator. Make someone else an administrator first"
        : null;

    public static string? WhyNotEnable(AccountFacts account) =>
        account.Status == StaffAccountStatus.Disabled ? null : "This account is not disabled";

    public static string? WhyNotUnlock(AccountFacts account) =>
        account.Status == StaffAccountStatus.Locked ? null : "This account is not locked";

    public static string? WhyNotResetTwoFactor(AccountFacts account) =>
        account.IsSelf ? "You cannot reset your own two-factor sign-in. Ask another administrator"
        : account.TwoFactorSetUp ? null
        : "Two-factor sign-in is not set up for this account";
}
