namespace FoiPortal.EndToEndTests.Infrastructure;

/// <summary>
/// A test that needs Chromium: skipped (reported as skipped, never as passed) when no browser is installed,
/// unless FOIPORTAL_REQUIRE_BROWSER=1, in which case it runs and fails with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The <see cref="BrowserFactAttribute"/> rule for data-driven tests.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
