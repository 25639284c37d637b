using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FoiPortal.Web.Tests.Infrastructure;

/// <summary>The real app on a real SQLite file of its own, with demo data and a pickup folder for mail.</summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "foiportal-tests", Guid.NewGuid().ToString("N"));

    // Serilog freezes its static bootstrap logger when a host starts; two fixtures starting at once race on it
    // ("The logger is already frozen"), so hosts are built one at a time.
    private static readonly Lock HostStart = new();

    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>The app's data folder (DataFolder): everything it writes to disk is under it.</summary>
    public string DataFolder => _folder;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (HostStart)
        {
            return base.CreateHost(builder);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_folder, "portal.db")}");
        builder.UseSetting("DataFolder", _folder);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Seed:Enabled", "true");
        // The demo statistics year (about 300 closed requests) is for the demo and the browser journey: these tests count their own data.
        builder.UseSetting("Seed:StatisticsYear", "false");
        builder.UseSetting("RateLimiting:PublicPostsPerMinute", "10000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests check the queue's tab counts straight after changing data: no count caching.
        builder.UseSetting("Queue:CountsCacheSeconds", "0");
        builder.UseSetting("Statistics:CacheSeconds", "0");
        // Many tests sign in from one (unknown) address: sign-in throttling is tested with its own fixture (issue 17).
        builder.UseSetting("Security:SignInAttemptsPerAddressPerMinute", "10000");
        builder.UseSetting("Security:SignInAttemptsPerAccountPerMinute", "10000");
        // Issue 19: tests run the retention purge themselves (RetentionTests), with a clock of their own.
        builder.UseSetting("Retention:PurgeJobEnabled", "false");
        ConfigureSettings(builder);
    }

    /// <summary>A fixture's own settings on top of these (e.g. two-factor required).</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<FoiDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FoiDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>Reads pages with AngleSharp and posts forms the way a browser would (cookies, antiforgery token).</summary>
public static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(req => req.Content(content).Address(response.RequestMessage!.RequestUri!));
        return (IHtmlDocument)document;
    }

    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public static string AntiforgeryToken(IDocument document) =>
        document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>
    /// Posts a form of the page with these values: the one whose action is <paramref name="action"/> when there is one,
    /// otherwise the page's main form (the last POST form, after the header's sign-out form). The antiforgery token is
    /// taken from that form only, as a browser would send it, so a form that lacks its token fails here too.
    /// </summary>
    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, IDocument page, IDictionary<string, string> values, string? action = null)
    {
        var forms = page.QuerySelectorAll("main form[method=post]");
        var form = (action is null ? null : forms.LastOrDefault(f => string.Equals(f.GetAttribute("action"), action, StringComparison.Ordinal)))
            ?? (forms.Length > 0 ? forms[^1] : null)
            ?? throw new InvalidOperationException("No form on the page.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form posting to '{form.GetAttribute("action")}' has no antiforgery token: a browser's post would be refused.");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token),
        };
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken"))
        {
            fields.Add(new(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? string.Empty));
        }

        foreach (var value in values)
        {
            // A value given replaces the form's own hidden field of that name.
            fields.RemoveAll(f => f.Key == value.Key && f.Key != "__RequestVerificationToken");
            fields.Add(value);
        }

        var target = action ?? form.GetAttribute("action") ?? new Uri(page.Url).PathAndQuery;
        return client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static IReadOnlyList<string> ErrorSummary(IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static IReadOnlyList<string> ErrorSummaryLinks(IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")!).ToList();
}
