using Microsoft.Playwright;

namespace FoiPortal.EndToEndTests.Infrastructure;

/// <summary>One headless Chromium per test collection; every test gets its own context (cookies, storage).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        // Missing and not required: every test is skipped by [BrowserFact], nothing to start.
        // Missing and required: each test fails in OpenAsync with the reason, not with a fixture stack trace.
        if (!Chromium.IsInstalled)
        {
            return;
        }

        // Generous waits: a busy 2-core CI runner can take seconds for a page; a passing step never waits for them.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = LaunchArguments,
        });
    }

    /// <summary>A fresh context and page whose relative URLs resolve against <paramref name="baseAddress"/>.</summary>
    public async Task<BrowserSession> OpenAsync(Uri baseAddress, bool javaScriptEnabled = true)
    {
        if (_browser is null)
        {
            Assert.Fail(Chromium.MissingMessage + $" {Chromium.RequiredVariable}=1, so browser tests must not be skipped.");
        }

        var context = await NewContextAsync(baseAddress, javaScriptEnabled);
        var page = await context.NewPageAsync();
        if (javaScriptEnabled)
        {
            return new BrowserSession(page, context);
        }

        var inspectorContext = await NewContextAsync(baseAddress, javaScriptEnabled: true);
        var inspector = await inspectorContext.NewPageAsync();
        await inspector.GotoAsync(TestEndpoints.BlankPage);
        Axe.InspectIn(page, inspector);
        return new BrowserSession(page, context, inspectorContext);
    }

    private async Task<IBrowserContext> NewContextAsync(Uri baseAddress, bool javaScriptEnabled)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A test's own page in its own browser context (and any helper contexts); disposing closes them.</summary>
public sealed class BrowserSession(IPage page, params IBrowserContext[] contexts) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
    }
}
