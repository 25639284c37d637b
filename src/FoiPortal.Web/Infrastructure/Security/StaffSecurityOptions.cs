namespace FoiPortal.Web.Infrastructure.Security;

/// <summary><c>Security</c> section: staff sign-in and sessions (issue 17, OWASP ASVS 5.0 V6 and V7).</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "Security";

    /// <summary>Every staff sign-in needs a TOTP code (set up at first sign-in). Off only in Development, for the demo.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>A staff session with no request for this long ends (ASVS 7.3.1).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>A staff session ends this long after sign-in, however active (ASVS 7.3.2).</summary>
    public int AbsoluteTimeoutHours { get; set; } = 12;

    /// <summary>Sign-in and code posts allowed per client address per minute.</summary>
    public int SignInAttemptsPerAddressPerMinute { get; set; } = 10;

    /// <summary>Sign-in posts allowed per email address (known or not) per minute.</summary>
    public int SignInAttemptsPerAccountPerMinute { get; set; } = 5;

    /// <summary>The name authenticator apps show beside the code.</summary>
    public string TotpIssuer { get; set; } = "FoiPortal";
}
