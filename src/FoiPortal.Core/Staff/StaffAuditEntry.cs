namespace FoiPortal.Core.Staff;

public enum StaffAuditAction
{
    Invited,
    InvitationAccepted,
    RoleChanged,
    Disabled,
    Enabled,
    Unlocked,
    TwoFactorReset,
    TwoFactorSetUp,
    PasswordChanged,
    NameChanged,
    LockedOut,
}

/// <summary>One change to a staff account: who did it, what, when. Append-only; shown on the account's page.</summary>
public sealed class StaffAuditEntry
{
    public const int DetailMaxLength = 300;
    public const int ActorMaxLength = 256;

    public StaffAuditEntry(string userId, StaffAuditAction action, string detail, string actor, DateTime atUtc)
    {
        UserId = userId;
        Action = action;
        Detail = detail.Length <= DetailMaxLength ? detail : detail[..DetailMaxLength];
        Actor = actor;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    /// <summary>The account changed.</summary>
    public string UserId { get; private set; }

    public StaffAuditAction Action { get; private set; }

    public string Detail { get; private set; }

    /// <summary>The user name of whoever made the change (the account itself for its own changes).</summary>
    public string Actor { get; private set; }

    public DateTime AtUtc { get; private set; }
}

public enum SignInOutcome
{
    SignedIn,
    WrongPassword,
    WrongCode,
    LockedOut,
    Refused,
}

/// <summary>A sign-in attempt on a real account, shown to its owner ("recent sign-ins").</summary>
public sealed class StaffSignInRecord
{
    public const int ClientAddressMaxLength = 45;

    public StaffSignInRecord(string userId, SignInOutcome outcome, string? clientAddress, DateTime atUtc)
    {
        UserId = userId;
        Outcome = outcome;
        ClientAddress = clientAddress is { Length: > ClientAddressMaxLength } ? clientAddress[..ClientAddressMaxLength] : clientAddress;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public SignInOutcome Outcome { get; private set; }

    public string? ClientAddress { get; private set; }

    public DateTime AtUtc { get; private set; }
}

/// <summary>One single-use recovery code, stored as its SHA-256 hash; <see cref="UsedAtUtc"/> once used.</summary>
public sealed class StaffRecoveryCode
{
    public StaffRecoveryCode(string userId, string codeHash)
    {
        UserId = userId;
        CodeHash = codeHash;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public string CodeHash { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public void Use(DateTime atUtc) => UsedAtUtc ??= atUtc;
}
