using System.Data;
using System.Data.Common;
using System.Diagnostics;
using FoiPortal.Core.Data;
using FoiPortal.Core.Nodes;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Database;

/// <summary>This web node's name in claims and leases: machine, process and a per-start instance, so a restart is a new holder.</summary>
public sealed class NodeIdentity
{
    public NodeIdentity(string? configured = null)
    {
        var baseName = string.IsNullOrWhiteSpace(configured) ? Environment.MachineName : configured.Trim();
        var name = $"{baseName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        Name = name.Length <= JobLease.HolderMaxLength ? name : name[^JobLease.HolderMaxLength..];
    }

    public string Name { get; }
}

/// <summary>
/// Row claiming across web nodes (issue 19, docs/adr/017-row-claiming-across-nodes.md). Each claim is ONE statement
/// with the provider's own locking, so two nodes can never both win a row:
/// <list type="bullet">
/// <item>SQL Server: <c>WITH (UPDLOCK, READPAST, ROWLOCK)</c>: the claiming node locks the rows it takes and the other
/// nodes skip locked rows instead of waiting on them, so each takes different emails.</item>
/// <item>SQLite: a conditional <c>UPDATE ... WHERE</c> the row is unclaimed or its claim has lapsed; SQLite runs one
/// writer at a time, so the second node's update sees the first's claim and takes nothing.</item>
/// </list>
/// A claim is a lease with an expiry: a node that dies leaves rows that another node takes once the lease lapses.
/// The statements are public constants so the T-SQL is parsed by Microsoft's parser in the tests, exactly as sent.
/// </summary>
public sealed class RowClaims(NodeIdentity node)
{
    /// <summary>Takes up to @max due, unclaimed (or lapsed) outbox emails for @node until @until; returns their ids.</summary>
    public const string SqlServerClaimOutbox = """
        WITH due AS (
            SELECT TOP (@max) Id, ClaimedBy, ClaimedUntilUtc
            FROM OutboundEmails WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE Status = N'Pending' AND NextAttemptAtUtc <= @now
              AND (ClaimedUntilUtc IS NULL OR ClaimedUntilUtc < @now)
            ORDER BY Id)
        UPDATE due SET ClaimedBy = @node, ClaimedUntilUtc = @until
        OUTPUT inserted.Id AS Value;
        """;

    /// <inheritdoc cref="SqlServerClaimOutbox"/>
    public const string SqliteClaimOutbox = """
        UPDATE OutboundEmails SET ClaimedBy = @node, ClaimedUntilUtc = @until
        WHERE Id IN (
            SELECT Id FROM OutboundEmails
            WHERE Status = 'Pending' AND NextAttemptAtUtc <= @now
              AND (ClaimedUntilUtc IS NULL OR ClaimedUntilUtc < @now)
            ORDER BY Id
            LIMIT @max)
        RETURNING Id AS Value;
        """;

    /// <summary>Takes (or renews) the lease @name for @node until @until when it is free, lapsed or already @node's.</summary>
    public const string SqlServerTakeLease = """
        UPDATE JobLeases WITH (UPDLOCK, READPAST, ROWLOCK)
        SET HeldBy = @node, HeldUntilUtc = @until
        WHERE Name = @name AND (HeldBy IS NULL OR HeldBy = @node OR HeldUntilUtc IS NULL OR HeldUntilUtc < @now);
        """;

    /// <inheritdoc cref="SqlServerTakeLease"/>
    public const string SqliteTakeLease = """
        UPDATE JobLeases
        SET HeldBy = @node, HeldUntilUtc = @until
        WHERE Name = @name AND (HeldBy IS NULL OR HeldBy = @node OR HeldUntilUtc IS NULL OR HeldUntilUtc < @now);
        """;

    /// <summary>Gives the lease up early (a clean stop), so another node need not wait for it to lapse.</summary>
    public const string SqlServerReleaseLease = "UPDATE JobLeases WITH (ROWLOCK) SET HeldBy = NULL, HeldUntilUtc = NULL WHERE Name = @name AND HeldBy = @node;";

    /// <inheritdoc cref="SqlServerReleaseLease"/>
    public const string SqliteReleaseLease = "UPDATE JobLeases SET HeldBy = NULL, HeldUntilUtc = NULL WHERE Name = @name AND HeldBy = @node;";

    /// <summary>The T-SQL statements this class sends, for the parser tests.</summary>
    public static IReadOnlyList<string> SqlServerStatements { get; } = [SqlServerClaimOutbox, SqlServerTakeLease, SqlServerReleaseLease];

    public string Node => node.Name;

    /// <summary>Claims up to <paramref name="max"/> due outbox emails for <paramref name="lease"/>; returns their ids, lowest first.</summary>
    public async Task<IReadOnlyList<long>> ClaimOutboxAsync(FoiDbContext db, DateTime nowUtc, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var sqlServer = db.Database.IsSqlServer();
        var ids = await db.Database.SqlQueryRaw<long>(
                sqlServer ? SqlServerClaimOutbox : SqliteClaimOutbox,
                Parameter(sqlServer, "@node", node.Name),
                Parameter(sqlServer, "@now", nowUtc),
                Parameter(sqlServer, "@until", nowUtc + lease),
                Parameter(sqlServer, "@max", max))
            .ToListAsync(cancellationToken);
        ids.Sort();
        return ids;
    }

    /// <summary>True when this node now holds the lease <paramref name="name"/> (taken or renewed) for <paramref name="lease"/>.</summary>
    public async Task<bool> TryTakeLeaseAsync(FoiDbContext db, string name, DateTime nowUtc, TimeSpan lease, CancellationToken cancellationToken)
    {
        CheckName(name);
        var sqlServer = db.Database.IsSqlServer();
        var updated = await db.Database.ExecuteSqlRawAsync(
            sqlServer ? SqlServerTakeLease : SqliteTakeLease,
            [Parameter(sqlServer, "@node", node.Name), Parameter(sqlServer, "@name", name), Parameter(sqlServer, "@now", nowUtc), Parameter(sqlServer, "@until", nowUtc + lease)],
            cancellationToken);
        return updated == 1;
    }

    public async Task ReleaseLeaseAsync(FoiDbContext db, string name, CancellationToken cancellationToken)
    {
        CheckName(name);
        var sqlServer = db.Database.IsSqlServer();
        await db.Database.ExecuteSqlRawAsync(
            sqlServer ? SqlServerReleaseLease : SqliteReleaseLease,
            [Parameter(sqlServer, "@node", node.Name), Parameter(sqlServer, "@name", name)],
            cancellationToken);
    }

    private static void CheckName(string name)
    {
        if (!JobLease.All.Contains(name))
        {
            throw new ArgumentException($"No lease row is created for '{name}': add it to JobLease.All and a migration.", nameof(name));
        }
    }

    private static DbParameter Parameter(bool sqlServer, string name, object value)
    {
        if (sqlServer)
        {
            var parameter = new SqlParameter(name, value);
            if (value is DateTime)
            {
                // The columns are datetime2; the default (datetime) would round to 3.33 ms.
                parameter.SqlDbType = SqlDbType.DateTime2;
            }

            return parameter;
        }

        Debug.Assert(value is string or DateTime or int, "SQLite binds these the way EF stores them.");
        return new SqliteParameter(name, value);
    }
}

/// <summary>For background services (singletons): takes a job lease in a scope of its own.</summary>
public sealed class JobLeases(IServiceScopeFactory scopes, RowClaims claims, TimeProvider time)
{
    /// <summary>True when this node holds <paramref name="name"/> for the next <paramref name="lease"/> (taken or renewed).</summary>
    public async Task<bool> TryTakeAsync(string name, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        return await claims.TryTakeLeaseAsync(db, name, time.GetUtcNow().UtcDateTime, lease, cancellationToken);
    }

    /// <summary>Lets another node take the job at once (a clean stop); harmless when this node does not hold it.</summary>
    public async Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await claims.ReleaseLeaseAsync(scope.ServiceProvider.GetRequiredService<FoiDbContext>(), name, cancellationToken);
    }
}
