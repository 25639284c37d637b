using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Retention;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FoiPortal.Web.Tests.SqlServer;

/// <summary>
/// Issue 19: every T-SQL string the portal sends that EF does not write itself (the full-text search, the row
/// claiming statements) and the whole idempotent migrations script are parsed by Microsoft's own parser, taken from
/// the code that runs them. And the check itself fails on a broken statement.
/// </summary>
public sealed class TSqlParserTests
{
    [Fact]
    public void TheParser_RefusesABrokenStatement()
    {
        // A claiming statement with its OUTPUT clause misplaced, and plain nonsense.
        var broken = RowClaims.SqlServerClaimOutbox.Replace("UPDATE due SET", "UPDATE due OUTPUT SET", StringComparison.Ordinal);

        Assert.NotEmpty(TSql.Errors(broken));
        Assert.NotEmpty(TSql.Errors("SELECT Id FROM OutboundEmails WITH (UPDLOCK READPAST WHERE"));
        Assert.Throws<Xunit.Sdk.TrueException>(() => TSql.AssertParses(broken, "broken"));
        // Inside an EXEC string, as EF's idempotent script runs every migration statement.
        Assert.NotEmpty(TSql.Errors("IF NOT EXISTS (SELECT 1 FROM sys.tables) BEGIN EXEC(N'CREATE TABLE [X] ([Id] int NOT NULL,'); END;"));
        Assert.Empty(TSql.Errors("IF NOT EXISTS (SELECT 1 FROM sys.tables) BEGIN EXEC(N'CREATE TABLE [X] ([Id] int NOT NULL, [Name] nvarchar(10) NULL);'); END;"));
        // SQLite's dialect is not T-SQL: LIMIT and RETURNING are refused, so the check is not vacuous.
        Assert.NotEmpty(TSql.Errors(RowClaims.SqliteClaimOutbox));
    }

    [Fact]
    public void RetentionPurgeStatements_Parse()
    {
        // The statements as PersonalDataRemoval sends them, with EF's parameter in place of {0}.
        foreach (var sql in new[] { PersonalDataRemoval.EmptyReviewQuestionGroundsSql, PersonalDataRemoval.DeleteNoteRevisionsSql, PersonalDataRemoval.EmptyConsultationQuestionsSql })
        {
            TSql.AssertParses(sql.Replace("{0}", "@p0", StringComparison.Ordinal).Replace("{1}", "@p1", StringComparison.Ordinal), "A retention purge statement");
        }
    }

    [Fact]
    public void RowClaimingStatements_Parse()
    {
        foreach (var sql in RowClaims.SqlServerStatements)
        {
            TSql.AssertParses(sql, "A row-claiming statement");
        }
    }

    [Fact]
    public async Task FullTextSearchStatements_AsSent_Parse()
    {
        var recorder = new SqlServerRecorder();
        await using var db = recorder.CreateContext();
        var terms = SearchTerms.Parse("online grooming 'quoted' -x");
        foreach (var filters in new[] { SearchFilters.None, new SearchFilters(2023, "Crime and offences", DisclosureOutcome.CostLimit, "FOIA s.23(5)") })
        {
            await SqlServerDisclosureLogSearch.CountQuery(db, terms, filters).ToListAsync();
            await SqlServerDisclosureLogSearch.PageQuery(db, terms, filters, 20, 20).ToListAsync();
        }

        await SqlServerDisclosureLogSearch.SimilarQuery(db, terms, 3).ToListAsync();

        Assert.Equal(5, recorder.Commands.Count);
        Assert.All(recorder.Commands, sql => Assert.Contains("TABLE(DisclosureLogEntries", sql, StringComparison.Ordinal));
        foreach (var sql in recorder.Commands)
        {
            TSql.AssertParses(sql, "The SQL Server full-text search");
        }
    }

    [Fact]
    public void TheIdempotentMigrationsScript_Parses()
    {
        using var db = new SqlServerRecorder().CreateContext();
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // Every migration of the SQL Server assembly is in it, each guarded by the history table.
        var migrations = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        Assert.All(migrations, id => Assert.Contains($"[MigrationId] = N'{id}'", script, StringComparison.Ordinal));
        Assert.Contains("JobLeases", script, StringComparison.Ordinal);
        TSql.AssertParses(script, "The idempotent SQL Server migrations script");
        // The statements inside the EXEC strings were parsed too: far more than the IF wrappers alone.
        Assert.True(TSql.StatementCount(script) > 2 * migrations.Count, "the migrations' own statements were not reached");
    }
}
