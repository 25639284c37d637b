using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.EndToEndTests.Infrastructure;

/// <summary>
/// The real app on a real port (Kestrel, not TestServer) so a browser can reach it: its own SQLite file and
/// mail pickup folder in a temp folder, demo staff accounts and sample requests seeded.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "foiportal-e2e-" + Guid.NewGuid().ToString("N"));

    public PortalServer() => UseKestrel(0);

    /// <summary>The address Kestrel listens on, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Where the portal writes its emails (.eml files).</summary>
    public string MailFolder => Path.Combine(_folder, "mail-pickup");

    /// <summary>The intake folder (issue 16): an .eml file dropped here is imported into the triage inbox within seconds.</summary>
    public string IntakeFolder => Path.Combine(_folder, "intake");

    /// <summary>The requester's tracking path (/track/...) from the acknowledgement email for <paramref name="reference"/>.</summary>
    public async Task<string> TrackingPathAsync(string reference)
    {
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [])
            {
                var text = await File.ReadAllTextAsync(file);
                var match = System.Text.RegularExpressions.Regex.Match(text, @"https?://[^/\s]+(?<path>/track/[A-Za-z0-9_-]{43})");
                if (text.Contains(reference, StringComparison.Ordinal) && match.Success)
                {
                    return match.Groups["path"].Value;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No acknowledgement email for {reference} within 10 s.");
    }

    public Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            // Every test in the collection is skipped: no browser would ever call.
            return Task.CompletedTask;
        }

        Directory.CreateDirectory(_folder);
        StartServer();
        if (BaseAddress.IsDefaultPort)
        {
            throw new InvalidOperationException($"Kestrel did not report its port: the base address is {BaseAddress}.");
        }

        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_folder, "foiportal.db")}");
        builder.UseSetting("DataFolder", _folder);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Mail:Intake:Folder", IntakeFolder);
        builder.UseSetting("Mail:Intake:FolderPollSeconds", "1");
        builder.UseSetting("Seed:Enabled", "true");
        // One browser posts every form from one address: the public-post limit is not under test here.
        builder.UseSetting("RateLimiting:PublicPostsPerMinute", "10000");
        builder.UseSetting("Security:SignInAttemptsPerAddressPerMinute", "10000");
        builder.UseSetting("Security:SignInAttemptsPerAccountPerMinute", "10000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestEndpoints>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!Directory.Exists(_folder))
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner will get it.
        }
    }
}
