namespace FoiPortal.Web.Infrastructure;

/// <summary>The public authority running the portal (<c>Authority</c> section).</summary>
public sealed class AuthorityOptions
{
    public const string Section = "Authority";

    public string Name { get; set; } = "West Midlands Police";

    public string ShortName { get; set; } = "WMP";

    /// <summary>"CentralGovernment" (FOIA Schedule 1 Part I: £600 limit) or "Other" (£450). Used by the cost-limit work.</summary>
    public string Type { get; set; } = "Other";

    public string FoiEmail { get; set; } = "foi@foiportal.test";

    /// <summary>
    /// The regime new requests start under: "Foia" (England, Wales, Northern Ireland) or "Foisa" (Scottish public
    /// authorities). The officer can still change it at triage.
    /// </summary>
    public FoiPortal.Core.Statute.Regime DefaultRegime { get; set; } = FoiPortal.Core.Statute.Regime.Foia;

    /// <summary>The letterhead's postal address, one line per entry.</summary>
    public List<string> Address { get; set; } = [];

    /// <summary>The team that signs response letters, under the officer's name.</summary>
    public string TeamName { get; set; } = "Freedom of Information team";

    /// <summary>The team's telephone number, under the signature of response letters; left out when empty.</summary>
    public string? Phone { get; set; }

    /// <summary>The data-quality statement placed in the Caveats section of new responses; a default is used when empty.</summary>
    public string? Caveats { get; set; }
}

/// <summary><c>Requests</c> section.</summary>
public sealed class RequestOptions
{
    public const string Section = "Requests";

    public string ReferenceFormat { get; set; } = Core.Requests.ReferenceFormat.Default;

    /// <summary>Used to build the tracking link in emails.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
}

/// <summary><c>Mail</c> section. With no SMTP host, emails are written as .eml files to the pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "foi@foiportal.test";

    public string FromName { get; set; } = "Freedom of Information team";

    public string PickupFolder { get; set; } = string.Empty;

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    public bool UseStartTls { get; set; } = true;

    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}

/// <summary><c>Seed</c> section: Development demo data.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public bool Enabled { get; set; }

    public string DemoPassword { get; set; } = "Demo-Passw0rd-2026";

    /// <summary>Also seed the demo statistics year (issue 15: about 300 closed requests, reviews and published quarters).</summary>
    public bool StatisticsYear { get; set; } = true;

    /// <summary>The demo accounts' fixed TOTP secret (base32), so a tester can turn <c>Security:RequireTwoFactor</c> on (README).</summary>
    public string DemoTotpSecret { get; set; } = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
}
