using System.Text.RegularExpressions;
using FoiPortal.Core.Messaging;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 19, docs/adr/017: two whole portals (each with its own outbox sender running, and its own pickup folder)
/// on one SQLite file send every queued email exactly once between them.
/// </summary>
public sealed partial class TwoNodeOutboxTests
{
    [Fact]
    public async Task TwoPortalsOnOneDatabase_SendEachQueuedEmailOnce()
    {
        await using var nodeA = new PortalFactory();
        var database = nodeA.Services.GetRequiredService<IConfiguration>().GetConnectionString("Sqlite")!;
        await using var nodeB = new SecondNode(database);
        _ = nodeB.Services;
        const int count = 60;
        await nodeA.WithDbAsync(async db =>
        {
            db.OutboundEmails.AddRange(Enumerable.Range(0, count).Select(i =>
                new OutboundEmail($"officer{i}@foiportal.test", "Officer", $"Two nodes {i}", "Body", DateTime.UtcNow.AddMinutes(-1))));
            return await db.SaveChangesAsync();
        });

        // Both nodes' senders at once (their background loops run too), until nothing of ours is pending.
        for (var round = 0; round < 20 && await PendingAsync(nodeA) > 0; round++)
        {
            await Task.WhenAll(
                Task.Run(() => nodeA.Services.GetRequiredService<OutboxDispatcher>().SendDueAsync(CancellationToken.None)),
                Task.Run(() => nodeB.Services.GetRequiredService<OutboxDispatcher>().SendDueAsync(CancellationToken.None)));
        }

        Assert.Equal(0, await PendingAsync(nodeA));
        var sent = Sent(nodeA.MailFolder).Concat(Sent(nodeB.MailFolder)).ToList();
        Assert.Equal(count, sent.Count);
        Assert.Equal(count, sent.Distinct(StringComparer.Ordinal).Count());
    }

    private static Task<int> PendingAsync(PortalFactory node) =>
        node.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.Subject.StartsWith("Two nodes ") && e.Status == OutboundEmailStatus.Pending));

    /// <summary>The subjects of our test emails written to a node's pickup folder.</summary>
    private static IEnumerable<string> Sent(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.eml").Select(File.ReadAllText).Select(text => Subject().Match(text)).Where(m => m.Success).Select(m => m.Groups[1].Value)
            : [];

    [GeneratedRegex(@"^Subject: (Two nodes \d+)\r?$", RegexOptions.Multiline)]
    private static partial Regex Subject();

    /// <summary>A second web node: its own host, pickup folder and node name, on the first node's database.</summary>
    private sealed class SecondNode(string database) : PortalFactory
    {
        protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("ConnectionStrings:Sqlite", database);
    }
}
