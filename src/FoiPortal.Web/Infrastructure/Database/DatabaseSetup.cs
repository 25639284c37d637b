using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Database;

/// <summary>
/// Chooses the database. SQLite is the embedded default (a file in the data folder, so a fresh clone runs
/// with no server); <c>Database:Provider=SqlServer</c> with <c>ConnectionStrings:SqlServer</c> is production.
/// Each provider has its own migrations assembly (docs/adr/002-sqlite-embedded-sql-server-production.md).
/// </summary>
public static class DatabaseSetup
{
    public const string SqliteMigrations = "FoiPortal.Migrations.Sqlite";
    public const string SqlServerMigrations = "FoiPortal.Migrations.SqlServer";

    public static void AddFoiDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = builder.Configuration.GetConnectionString("SqlServer");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                if (!EF.IsDesignTime)
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is empty.");
                }

                // dotnet ef needs a connection string to build the model; it never connects for migrations add or script.
                connectionString = "Server=localhost;Database=FoiPortal;Integrated Security=true;TrustServerCertificate=true";
            }

            builder.Services.AddDbContext<FoiDbContext>(o => o.UseSqlServer(connectionString, sql =>
            {
                sql.MigrationsAssembly(SqlServerMigrations);
                sql.EnableRetryOnFailure();
            }));
            return;
        }

        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{provider}'.");
        }

        var sqlite = SqliteConnectionString(builder.Configuration, builder.Environment, createFolder: true);
        builder.Services.AddDbContext<FoiDbContext>(o => o.UseSqlite(sqlite, s => s.MigrationsAssembly(SqliteMigrations)));
    }

    /// <summary>Whether <c>Database:Provider</c> names SQL Server (the default is SQLite).</summary>
    public static bool IsSqlServer(IConfiguration configuration) =>
        (configuration["Database:Provider"] ?? "Sqlite").Equals("SqlServer", StringComparison.OrdinalIgnoreCase);

    /// <summary>The embedded database: <c>ConnectionStrings:Sqlite</c>, else <c>foiportal.db</c> in the data folder.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment, bool createFolder)
    {
        var sqlite = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(sqlite))
        {
            return sqlite;
        }

        var dataFolder = DataFolder(configuration, environment);
        if (createFolder)
        {
            Directory.CreateDirectory(dataFolder);
        }

        return $"Data Source={Path.Combine(dataFolder, "foiportal.db")}";
    }

    /// <summary>The folder for the embedded database and the mail pickup folder (<c>DataFolder</c>, relative to the content root).</summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["DataFolder"] ?? "App_Data"));

    /// <summary>Migrates (when <c>Database:MigrateOnStart</c>, the default) and seeds demo data when enabled.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            await db.Database.MigrateAsync();
        }

        // The exemption catalogue: seeded when empty, new default entries added; admins' edits are never overwritten.
        (int Added, int Updated) seeded;
        try
        {
            seeded = await DatabaseExemptionCatalogue.EnsureSeededAsync(db, CancellationToken.None);
        }
        catch (DbUpdateException)
        {
            // Another node seeded the same entries at the same moment (unique key): read what it wrote and fill any gap.
            db.ChangeTracker.Clear();
            seeded = await DatabaseExemptionCatalogue.EnsureSeededAsync(db, CancellationToken.None);
        }

        var (added, updated) = seeded;
        if (added + updated > 0)
        {
            scope.ServiceProvider.GetRequiredService<DatabaseExemptionCatalogue>().Invalidate();
            app.Logger.LogInformation("Exemption catalogue: {Added} entries added, {Updated} brought up to date", added, updated);
        }

        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await scope.ServiceProvider.GetRequiredService<ReferenceAllocator>().EnsureCounterAsync(time.GetUtcNow().Year, CancellationToken.None);
        var seed = app.Configuration.GetSection(SeedOptions.Section).Get<SeedOptions>() ?? new SeedOptions();
        if (seed.Enabled && !app.Environment.IsProduction())
        {
            await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedAsync(seed.DemoPassword);
            await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedInboxAsync(scope.ServiceProvider.GetRequiredService<Mail.IntakeImporter>());
            if (seed.StatisticsYear)
            {
                await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedStatisticsYearAsync(scope.ServiceProvider.GetRequiredService<ICalendarSource>());
            }

            await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedDemoTwoFactorAsync(
                seed.DemoTotpSecret, app.Configuration.GetValue($"{Security.StaffSecurityOptions.Section}:{nameof(Security.StaffSecurityOptions.RequireTwoFactor)}", true));
        }
    }
}
