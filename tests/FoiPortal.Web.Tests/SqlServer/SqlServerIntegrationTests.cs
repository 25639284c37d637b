using System.Net;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Testcontainers.MsSql;

namespace FoiPortal.Web.Tests.SqlServer;

/// <summary>
/// Where the SQL Server suite gets its server: <c>FOIPORTAL_SQLSERVER_TESTS</c> (a connection string to a server the
/// tests may create databases on; each fixture makes its own database and drops it), else a container started by
/// Testcontainers when a Docker engine is reachable. With neither, the suite is skipped with a message saying how to
/// run it; <c>FOIPORTAL_REQUIRE_SQLSERVER=1</c> (set in a pipeline that has a server) turns the skip into a failure.
/// No container start is attempted without a Docker socket, so skipping costs nothing.
/// </summary>
public static class SqlServerTarget
{
    public const string ConnectionVariable = "FOIPORTAL_SQLSERVER_TESTS";
    public const string RequireVariable = "FOIPORTAL_REQUIRE_SQLSERVER";

    /// <summary>The image must include Full-Text Search (the disclosure log's search): see docs/deploy.md.</summary>
    public const string ImageVariable = "FOIPORTAL_SQLSERVER_IMAGE";

    /// <summary>Microsoft's image; it lacks Full-Text Search, so the DisclosureLog migration needs <see cref="ImageVariable"/> set to one with it.</summary>
    public const string DefaultImage = "mcr.microsoft.com/mssql/server:2022-latest";

    public static string? SkipReason
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ConnectionVariable)) || DockerAvailable())
            {
                return null;
            }

            var reason = $"No SQL Server to test against: set {ConnectionVariable} to a connection string (a login that may create databases), " +
                         $"or run where a Docker engine is available (Testcontainers starts SQL Server; set {ImageVariable} to an image with Full-Text Search). See docs/deploy.md, 'Running the SQL Server suite'.";
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            {
                throw new InvalidOperationException($"{RequireVariable}=1 but: {reason}");
            }

            return reason;
        }
    }

    /// <summary>A reachable Docker engine: DOCKER_HOST, or the usual socket (Linux) or named pipe (Windows).</summary>
    private static bool DockerAvailable() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST"))
        || File.Exists("/var/run/docker.sock")
        || (OperatingSystem.IsWindows() && File.Exists(@"\\.\pipe\docker_engine"));
}

/// <summary>A fact that runs only where <see cref="SqlServerTarget"/> has a server, and otherwise says how to run it.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (SqlServerTarget.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The real portal on SQL Server: migrated on start (creating its own database), with the demo data.</summary>
public sealed class SqlServerPortal : PortalFactory, IAsyncLifetime
{
    private MsSqlContainer? _container;
    private string? _connectionString;

    public async Task InitializeAsync()
    {
        if (SqlServerTarget.SkipReason is not null)
        {
            return;
        }

        var server = Environment.GetEnvironmentVariable(SqlServerTarget.ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var image = Environment.GetEnvironmentVariable(SqlServerTarget.ImageVariable) is { Length: > 0 } named ? named : SqlServerTarget.DefaultImage;
            _container = new MsSqlBuilder(image).Build();
            await _container.StartAsync();
            server = _container.GetConnectionString();
        }

        _connectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = $"FoiPortalTests_{Guid.NewGuid():N}", TrustServerCertificate = true }.ConnectionString;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_connectionString is not null && _container is null)
        {
            // A shared server: drop this fixture's database.
            await WithDbAsync(async db => await db.Database.EnsureDeletedAsync());
        }

        await base.DisposeAsync();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "SqlServer");
        builder.UseSetting("ConnectionStrings:SqlServer", _connectionString ?? throw new InvalidOperationException("No SQL Server for this fixture."));
    }
}

/// <summary>
/// Issue 19: a representative set of the web tests on a real SQL Server: make a request, the queue, the case page,
/// the response page and the disclosure log's full-text search. Skipped here (no Docker, no server), saying how to run.
/// </summary>
public sealed class SqlServerIntegrationTests(SqlServerPortal portal) : IClassFixture<SqlServerPortal>
{
    private const string Officer = "officer@foiportal.test";

    [SqlServerFact]
    public async Task MakeARequest_IsStoredWithItsReference()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(portal.CreateBrowserLikeClient(), Journey.ValidAnswers("SQL Server journey")));

        var stored = await portal.WithDbAsync(db => db.Requests.SingleAsync(r => r.Reference == reference));
        Assert.Equal("SQL Server journey", stored.Title);
        Assert.True(await portal.WithDbAsync(db => Task.FromResult(db.Database.IsSqlServer())));
    }

    [SqlServerFact]
    public async Task Queue_CasePage_AndResponsePage_Render()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(portal.CreateBrowserLikeClient(), Journey.ValidAnswers("SQL Server case page")));
        var id = await portal.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var officer = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(officer, Officer);

        foreach (var view in new[] { "open", "unassigned", "due-soon", "overdue", "all" })
        {
            var queue = await officer.GetAsync($"/staff/cases?view={view}");
            Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        }

        var all = await Html.GetAsync(officer, $"/staff/cases?view=all&search={Uri.EscapeDataString(reference)}");
        Assert.Contains(reference, all.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var page = await Html.GetAsync(officer, $"/staff/cases/{id}");
        Assert.Contains(reference, page.QuerySelector("h1")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/staff/cases/{id}/response")).StatusCode);
    }

    [SqlServerFact]
    public async Task DisclosureLogSearch_UsesTheFullTextIndex()
    {
        var client = portal.CreateBrowserLikeClient();
        // SQL Server fills a new full-text index in the background: give it a little while after the seed.
        string text = string.Empty;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            text = (await Html.GetAsync(client, "/disclosure-log?q=grooming")).QuerySelector("main")!.TextContent;
            if (text.Contains("Online Grooming", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            await Task.Delay(1000);
        }

        Assert.Contains("Online Grooming", text, StringComparison.OrdinalIgnoreCase);
    }
}
