using System.Collections.Concurrent;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Nodes;
using FoiPortal.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 19, docs/adr/017: two nodes claiming from one SQLite file at the same time never take the same row, and a
/// node that dies gives its rows and leases up when its lease lapses. Each "node" is its own <see cref="RowClaims"/>
/// with its own contexts and connections, as two web servers would have.
/// </summary>
public sealed class RowClaimingTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "foiportal-tests", "claims-" + Guid.NewGuid().ToString("N"));
    private DbContextOptions<FoiDbContext> _options = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _options = new DbContextOptionsBuilder<FoiDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "claims.db")}", s => s.MigrationsAssembly(DatabaseSetup.SqliteMigrations))
            .Options;
        await using var db = new FoiDbContext(_options);
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TwoNodesClaimingConcurrently_NeverClaimTheSameEmail_AndTogetherTakeEveryDueOne()
    {
        const int emails = 300;
        var ids = await QueueAsync(emails, Now.AddMinutes(-1));
        // Not yet due: nobody may claim it.
        var later = (await QueueAsync(1, Now.AddHours(1)))[0];

        var claimedBy = new ConcurrentDictionary<long, string>();
        var doubles = new ConcurrentBag<long>();
        var nodes = new[] { new RowClaims(new NodeIdentity("node-a")), new RowClaims(new NodeIdentity("node-b")), new RowClaims(new NodeIdentity("node-c")) };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = Task.WhenAll(nodes.Select(node => Task.Run(async () =>
        {
            await start.Task;
            while (true)
            {
                // Each batch in a context (and connection) of its own, as each dispatcher pass has.
                await using var db = new FoiDbContext(_options);
                var batch = await node.ClaimOutboxAsync(db, Now, 7, TimeSpan.FromMinutes(5), CancellationToken.None);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var id in batch)
                {
                    if (!claimedBy.TryAdd(id, node.Node))
                    {
                        doubles.Add(id);
                    }
                }

                // Sending the batch takes a moment, in which the other nodes claim theirs.
                await Task.Delay(2);
            }
        })));
        start.SetResult();
        await running;

        Assert.Empty(doubles);
        Assert.Equal(ids.Order(), claimedBy.Keys.Order());
        Assert.DoesNotContain(later, claimedBy.Keys);
        // More than one node did some of the work: the claims really ran side by side.
        Assert.True(claimedBy.Values.Distinct().Count() >= 2, "only one node claimed anything");
        // The database agrees with what each node was told.
        await using var check = new FoiDbContext(_options);
        var stored = await check.OutboundEmails.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.ClaimedBy }).ToListAsync();
        Assert.All(stored, e => Assert.Equal(claimedBy[e.Id], e.ClaimedBy));
    }

    [Fact]
    public async Task AClaimLapses_WhenItsNodeDies_AndRecordingTheAttemptReleasesIt()
    {
        var ids = await QueueAsync(2, Now.AddMinutes(-1));
        var dead = new RowClaims(new NodeIdentity("node-dies"));
        var alive = new RowClaims(new NodeIdentity("node-lives"));
        await using (var db = new FoiDbContext(_options))
        {
            Assert.Equal(ids, await dead.ClaimOutboxAsync(db, Now, 10, TimeSpan.FromMinutes(5), CancellationToken.None));
        }

        await using (var db = new FoiDbContext(_options))
        {
            // Within the lease the rows are the dead node's; after it, the other node takes them.
            Assert.Empty(await alive.ClaimOutboxAsync(db, Now.AddMinutes(4), 10, TimeSpan.FromMinutes(5), CancellationToken.None));
            Assert.Equal(ids, await alive.ClaimOutboxAsync(db, Now.AddMinutes(6), 10, TimeSpan.FromMinutes(5), CancellationToken.None));
        }

        await using (var db = new FoiDbContext(_options))
        {
            var email = await db.OutboundEmails.SingleAsync(e => e.Id == ids[0]);
            email.MarkAttemptFailed(Now.AddMinutes(6), "SmtpException: try later");
            await db.SaveChangesAsync();
            Assert.Null(email.ClaimedBy);
            Assert.Null(email.ClaimedUntilUtc);
        }
    }

    [Fact]
    public async Task TwoNodesTakingALeaseAtOnce_OnlyOneHoldsIt_UntilItLapses()
    {
        var nodes = Enumerable.Range(1, 4).Select(i => new RowClaims(new NodeIdentity($"node-{i}"))).ToList();
        var lease = TimeSpan.FromMinutes(50);

        var won = await Task.WhenAll(nodes.Select(node => Task.Run(async () =>
        {
            await using var db = new FoiDbContext(_options);
            return await node.TryTakeLeaseAsync(db, JobLease.DeadlineReminders, Now, lease, CancellationToken.None);
        })));

        Assert.Equal(1, won.Count(w => w));
        var holder = nodes[Array.IndexOf(won, true)];
        var other = nodes[Array.IndexOf(won, false)];
        await using var db = new FoiDbContext(_options);
        // The holder renews; another node is refused while the lease runs, and takes over once it has lapsed.
        Assert.True(await holder.TryTakeLeaseAsync(db, JobLease.DeadlineReminders, Now.AddMinutes(40), lease, CancellationToken.None));
        Assert.False(await other.TryTakeLeaseAsync(db, JobLease.DeadlineReminders, Now.AddMinutes(80), lease, CancellationToken.None));
        Assert.True(await other.TryTakeLeaseAsync(db, JobLease.DeadlineReminders, Now.AddMinutes(91), lease, CancellationToken.None));
        Assert.Equal(other.Node, (await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == JobLease.DeadlineReminders)).HeldBy);
        // Leases are independent, and a clean stop hands one over at once.
        Assert.True(await holder.TryTakeLeaseAsync(db, JobLease.IntakeImap, Now, lease, CancellationToken.None));
        await holder.ReleaseLeaseAsync(db, JobLease.IntakeImap, CancellationToken.None);
        Assert.True(await other.TryTakeLeaseAsync(db, JobLease.IntakeImap, Now.AddMinutes(1), lease, CancellationToken.None));
    }

    private async Task<List<long>> QueueAsync(int count, DateTime createdAtUtc)
    {
        await using var db = new FoiDbContext(_options);
        var emails = Enumerable.Range(0, count)
            .Select(i => new OutboundEmail($"officer{i}@foiportal.test", "Officer", $"Reminder {i}", "Body", createdAtUtc))
            .ToList();
        db.OutboundEmails.AddRange(emails);
        await db.SaveChangesAsync();
        return [.. emails.Select(e => e.Id).Order()];
    }
}
