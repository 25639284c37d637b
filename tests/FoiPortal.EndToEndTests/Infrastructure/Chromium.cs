namespace FoiPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Where the browser is and whether this run may go without it. The tests drive the system Chromium
/// (Debian's <c>chromium</c> package), not a browser downloaded by <c>playwright install</c>.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";
    public const string PathVariable = "FOIPORTAL_CHROMIUM";
    public const string RequiredVariable = "FOIPORTAL_REQUIRE_BROWSER";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI sets FOIPORTAL_REQUIRE_BROWSER=1 so a missing browser fails the build instead of skipping quietly.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static string MissingMessage =>
        $"No Chromium is installed at {ExecutablePath} (set {PathVariable} to another path, or apt-get install -y chromium).";

    /// <summary>Why browser tests are skipped, or null when they must run (browser present, or required).</summary>
    public static string? SkipReason => IsInstalled || IsRequired ? null : MissingMessage + " Browser tests skipped.";
}
