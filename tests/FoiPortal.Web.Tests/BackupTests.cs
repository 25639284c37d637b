using FoiPortal.Web.Infrastructure.Database;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 19: the <c>backup PATH</c> command copies the live SQLite database while the portal takes writes.</summary>
public sealed class BackupTests(PortalFactory portal) : IClassFixture<PortalFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("foiportal-backup-").FullName;

    /// <summary>xunit makes one instance per test: each removes its own folder of copies.</summary>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A copy still open elsewhere: the temp folder is cleaned by the machine in the end.
        }
    }

    [Fact]
    public async Task Backup_WhileRequestsAreSubmitted_OpensPassesIntegrityCheckAndHoldsTheCommittedRows()
    {
        var settings = Settings();
        // Committed before the backup starts: these must be in the copy.
        var before = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            before.Add(Journey.Reference(await Journey.MakeRequestAsync(portal.CreateBrowserLikeClient(), Journey.ValidAnswers($"Before the backup {i}"))));
        }

        var path = Path.Combine(_folder, "copy.db");
        var output = new StringWriter();
        var error = new StringWriter();
        // Several submissions at once, with the backup taken in the middle of them.
        var submissions = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => Journey.MakeRequestAsync(portal.CreateBrowserLikeClient(), Journey.ValidAnswers($"During the backup {i}"))))
            .ToList();
        var exit = await Task.Run(() => SqliteBackup.RunAsync(["backup", path, .. settings], output, error));
        await Task.WhenAll(submissions);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("integrity check ok", output.ToString(), StringComparison.Ordinal);
        await using var copy = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(copy, "PRAGMA integrity_check"));
        var references = new List<string>();
        await using (var command = copy.CreateCommand())
        {
            command.CommandText = "SELECT Reference FROM Requests";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                references.Add(reader.GetString(0));
            }
        }

        Assert.All(before, reference => Assert.Contains(reference, references));
        // The live database has everything; the copy is a snapshot somewhere between.
        var live = await portal.WithDbAsync(db => Task.FromResult(db.Requests.Count()));
        Assert.InRange(references.Count, before.Count, live);
        Assert.False(File.Exists(path + "-wal"), "the copy is one self-contained file");
    }

    [Theory]
    [InlineData("missing-folder/copy.db", "does not exist")]
    [InlineData("", "Usage:")]
    [InlineData("existing.db", "already exists")]
    [InlineData(".", "is a folder")]
    public async Task Backup_ToABadPath_SaysWhyInOneLine_WithoutAStackTrace(string relative, string expected)
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "existing.db"), "keep me");
        var path = relative.Length == 0 ? string.Empty : Path.Combine(_folder, relative);
        var error = new StringWriter();

        var exit = await SqliteBackup.RunAsync(["backup", path, .. Settings()], new StringWriter(), error);

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(_folder, "existing.db")));
    }

    [Fact]
    public async Task Backup_OfSqlServer_PointsToTheDatabasesOwnBackups()
    {
        var error = new StringWriter();

        var exit = await SqliteBackup.RunAsync(["backup", Path.Combine(_folder, "x.db"), "--Database:Provider=SqlServer"], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("SQL Server", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.db")));
    }

    /// <summary>The portal's own database, named on the command line as an operator would.</summary>
    private string[] Settings()
    {
        var connectionString = portal.Services.GetService(typeof(Microsoft.Extensions.Configuration.IConfiguration)) is Microsoft.Extensions.Configuration.IConfiguration c
            ? c.GetSection("ConnectionStrings")["Sqlite"]!
            : throw new InvalidOperationException("no configuration");
        return [$"--ConnectionStrings:Sqlite={connectionString}"];
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
