using FoiPortal.Core.Staff;

namespace FoiPortal.Core.Tests.Staff;

/// <summary>Issue 17: what an admin may do to an account; never leave the portal without an admin, never change oneself.</summary>
public sealed class StaffAccountRulesTests
{
    private const string OnlyAdmin = "This is the only active administrator. Make someone else an administrator first";

    private static AccountFacts Facts(string role = StaffRoles.Officer, StaffAccountStatus status = StaffAccountStatus.Active, bool self = false, bool twoFactor = true, int admins = 2) =>
        new(self, role, status, twoFactor, admins);

    public static TheoryData<AccountFacts, string, string?> RoleChanges() => new()
    {
        { Facts(), StaffRoles.Manager, null },
        { Facts(StaffRoles.Admin, admins: 2), StaffRoles.Officer, null },
        { Facts(StaffRoles.Admin, admins: 1), StaffRoles.Officer, OnlyAdmin },
        { Facts(StaffRoles.Admin, StaffAccountStatus.Locked, admins: 1), StaffRoles.Manager, OnlyAdmin },
        // An invited admin is not yet an active one: demoting them cannot strand the portal.
        { Facts(StaffRoles.Admin, StaffAccountStatus.Invited, admins: 1), StaffRoles.Officer, null },
        { Facts(StaffRoles.Admin, self: true), StaffRoles.Officer, "You cannot change your own role. Ask another administrator" },
        { Facts(StaffRoles.Manager), StaffRoles.Manager, "This account already has the manager role" },
        { Facts(status: StaffAccountStatus.Disabled), StaffRoles.Manager, "This account is disabled. Re-enable it before changing its role" },
        { Facts(), "Superuser", "Select a role" },
    };

    [Theory]
    [MemberData(nameof(RoleChanges))]
    public void WhyNotChangeRole(AccountFacts facts, string newRole, string? expected) =>
        Assert.Equal(expected, StaffAccountRules.WhyNotChangeRole(facts, newRole));

    public static TheoryData<AccountFacts, string?> Disabling() => new()
    {
        { Facts(), null },
        { Facts(StaffRoles.Admin, admins: 2), null },
        { Facts(StaffRoles.Admin, admins: 1), OnlyAdmin },
        { Facts(StaffRoles.Officer, admins: 1), null },
        { Facts(status: StaffAccountStatus.Invited), null },
        { Facts(status: StaffAccountStatus.Locked), null },
        { Facts(self: true), "You cannot disable your own account. Ask another administrator" },
        { Facts(status: StaffAccountStatus.Disabled), "This account is already disabled" },
    };

    [Theory]
    [MemberData(nameof(Disabling))]
    public void WhyNotDisable(AccountFacts facts, string? expected) =>
        Assert.Equal(expected, StaffAccountRules.WhyNotDisable(facts));

    [Theory]
    [InlineData(StaffAccountStatus.Disabled, null)]
    [InlineData(StaffAccountStatus.Active, "This account is not disabled")]
    [InlineData(StaffAccountStatus.Locked, "This account is not disabled")]
    public void WhyNotEnable(StaffAccountStatus status, string? expected) =>
        Assert.Equal(expected, StaffAccountRules.WhyNotEnable(Facts(status: status)));

    [Theory]
    [InlineData(StaffAccountStatus.Locked, null)]
    [InlineData(StaffAccountStatus.Active, "This account is not locked")]
    [InlineData(StaffAccountStatus.Disabled, "This account is not locked")]
    public void WhyNotUnlock(StaffAccountStatus status, string? expected) =>
        Assert.Equal(expected, StaffAccountRules.WhyNotUnlock(Facts(status: status)));

    [Theory]
    [InlineData(false, true, null)]
    [InlineData(false, false, "Two-factor sign-in is not set up for this account")]
    [InlineData(true, true, "You cannot reset your own two-factor sign-in. Ask another administrator")]
    public void WhyNotResetTwoFactor(bool self, bool twoFactor, string? expected) =>
        Assert.Equal(expected, StaffAccountRules.WhyNotResetTwoFactor(Facts(self: self, twoFactor: twoFactor)));

    public static TheoryData<DateTime?, bool, DateTimeOffset?, StaffAccountStatus> Statuses()
    {
        var now = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        return new()
        {
            { null, true, null, StaffAccountStatus.Active },
            { null, true, now.AddMinutes(-1), StaffAccountStatus.Active },
            { null, true, now.AddMinutes(14), StaffAccountStatus.Locked },
            { null, false, null, StaffAccountStatus.Invited },
            { new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), true, now.AddMinutes(14), StaffAccountStatus.Disabled },
            { new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), false, null, StaffAccountStatus.Disabled },
        };
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_DisabledBeatsInvitedBeatsLocked(DateTime? disabledAt, bool hasPassword, DateTimeOffset? lockoutEnd, StaffAccountStatus expected) =>
        Assert.Equal(expected, StaffAccountState.Of(disabledAt, hasPassword, lockoutEnd, new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));
}
