using System.Collections;
using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using FoiPortal.Core.Data;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Database;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FoiPortal.Web.Tests.SqlServer;

/// <summary>
/// A SQL Server that is never there: the context is configured with <c>UseSqlServer</c>, opening the connection is suppressed, and every command is recorded and answered with an empty result.
/// So each LINQ query is translated by the real SQL Server provider (one it cannot translate throws, as it would in
/// production) and the T-SQL it would send is kept for Microsoft's parser.
/// </summary>
public sealed class SqlServerRecorder : DbConnectionInterceptor, IDbCommandInterceptor
{
    public const string ConnectionString = "Server=tcp:never-opened.invalid,1433;Database=FoiPortal;User ID=nobody;Password=never-used;Encrypt=true;Connect Timeout=1";

    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    /// <summary>A context for SQL Server, exactly as production configures it, whose connection never opens.</summary>
    public FoiDbContext CreateContext() => new(Options());

    public DbContextOptions<FoiDbContext> Options() => new DbContextOptionsBuilder<FoiDbContext>()
        // Without production's EnableRetryOnFailure: that strategy buffers each result and checks its column count
        // against the query's, which an empty recorded answer cannot match. Translation is the same with or without it.
        .UseSqlServer(ConnectionString, sql => sql.MigrationsAssembly(DatabaseSetup.SqlServerMigrations))
        .AddInterceptors(this)
        .Options;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _commands.Enqueue(command.CommandText);
        return InterceptionResult<DbDataReader>.SuppressWithResult(new RecordedReader(AlwaysOneRow(command.CommandText)));
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReaderExecuting(command, eventData, result));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        _commands.Enqueue(command.CommandText);
        return InterceptionResult<int>.SuppressWithResult(0);
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        _commands.Enqueue(command.CommandText);
        return InterceptionResult<object>.SuppressWithResult(DBNull.Value);
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ScalarExecuting(command, eventData, result));

    /// <summary>
    /// The recorded answer. No rows, except for an aggregate or EXISTS query (COUNT, MAX, SUM ... or CASE WHEN EXISTS),
    /// which always has one row: it gets one row of zeros and false, so the handler goes on to its next query instead of
    /// stopping at "sequence contains no elements". Raw SQL queries of a scalar name their column <c>Value</c> (EF's
    /// convention); the column count is generous because a buffered (split) query checks it is at least its own.
    /// </summary>
    private sealed class RecordedReader(bool oneRow) : DbDataReader
    {
        private bool _read;

        public override int FieldCount => 256;

        public override bool HasRows => oneRow;

        public override bool IsClosed => false;

        public override int RecordsAffected => 0;

        public override int Depth => 0;

        public override object this[int ordinal] => GetValue(ordinal);

        public override object this[string name] => GetValue(0);

        public override string GetName(int ordinal) => ordinal == 0 ? "Value" : $"Column{ordinal}";

        public override int GetOrdinal(string name) => 0;

        public override bool Read()
        {
            if (!oneRow || _read)
            {
                return false;
            }

            _read = true;
            return true;
        }

        public override bool NextResult() => false;

        public override Task<bool> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Read());

        public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => Task.FromResult(false);

        public override string GetDataTypeName(int ordinal) => "int";

        public override Type GetFieldType(int ordinal) => typeof(int);

        public override IEnumerator GetEnumerator() => Array.Empty<object>().GetEnumerator();

        public override bool GetBoolean(int ordinal) => false;

        public override byte GetByte(int ordinal) => 0;

        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => 0;

        public override char GetChar(int ordinal) => '0';

        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => 0;

        public override DateTime GetDateTime(int ordinal) => new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public override decimal GetDecimal(int ordinal) => 0m;

        public override double GetDouble(int ordinal) => 0d;

        public override float GetFloat(int ordinal) => 0f;

        public override Guid GetGuid(int ordinal) => Guid.Empty;

        public override short GetInt16(int ordinal) => 0;

        public override int GetInt32(int ordinal) => 0;

        public override long GetInt64(int ordinal) => 0;

        public override string GetString(int ordinal) => string.Empty;

        public override object GetValue(int ordinal) => 0;

        public override int GetValues(object[] values) => 0;

        // An aggregate's row: nothing is null, so MAX/MIN of an empty set reads as the type's zero.
        public override bool IsDBNull(int ordinal) => !oneRow;
    }

    private static bool AlwaysOneRow(string sql)
    {
        var text = sql.TrimStart();
        return text.StartsWith("SELECT COUNT(", StringComparison.Ordinal) || text.StartsWith("SELECT COUNT_BIG(", StringComparison.Ordinal)
            || text.StartsWith("SELECT MAX(", StringComparison.Ordinal) || text.StartsWith("SELECT MIN(", StringComparison.Ordinal)
            || text.StartsWith("SELECT SUM(", StringComparison.Ordinal) || text.StartsWith("SELECT AVG(", StringComparison.Ordinal)
            || text.StartsWith("SELECT COALESCE(", StringComparison.Ordinal) || text.StartsWith("SELECT CASE", StringComparison.Ordinal)
            || text.StartsWith("SELECT (SELECT COUNT", StringComparison.Ordinal) || text.StartsWith("SELECT COUNT(*) AS Value", StringComparison.Ordinal);
    }
}

/// <summary>
/// The real portal (started on its own SQLite file, with demo data), in which a test can switch the scope it creates
/// to the recording SQL Server context: every handler, job and search implementation resolved in that scope then
/// runs its queries through the SQL Server provider.
/// </summary>
public sealed class SqlServerRecordingPortal : PortalFactory
{
    private static readonly AsyncLocal<bool> UseSqlServer = new();

    public SqlServerRecorder Recorder { get; } = new();

    /// <summary>Runs <paramref name="work"/> with a scope whose FoiDbContext is the recording SQL Server one.</summary>
    public async Task RunOnSqlServerAsync(Func<IServiceProvider, Task> work)
    {
        // Start the host (migrations, seed, background jobs) on SQLite first, outside the switched flow.
        var root = Services;
        UseSqlServer.Value = true;
        try
        {
            await using var scope = root.CreateAsyncScope();
            await work(scope.ServiceProvider);
        }
        finally
        {
            UseSqlServer.Value = false;
        }
    }

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
        {
            var options = Recorder.Options();
            services.RemoveAll<FoiDbContext>();
            services.AddScoped(sp => UseSqlServer.Value ? new FoiDbContext(options) : new FoiDbContext(sp.GetRequiredService<DbContextOptions<FoiDbContext>>()));
            services.RemoveAll<DisclosureLogSearchBase>();
            services.AddScoped<DisclosureLogSearchBase>(sp => UseSqlServer.Value
                ? new SqlServerDisclosureLogSearch(sp.GetRequiredService<FoiDbContext>())
                : new SqliteDisclosureLogSearch(sp.GetRequiredService<FoiDbContext>()));
            services.RemoveAll<Pages.Staff.Cases.ICaseSearch>();
            services.AddScoped<Pages.Staff.Cases.ICaseSearch>(sp => UseSqlServer.Value
                ? new Pages.Staff.Cases.SqlServerCaseSearch(sp.GetRequiredService<FoiDbContext>())
                : new Pages.Staff.Cases.SqliteCaseSearch(sp.GetRequiredService<FoiDbContext>()));
        });
}
