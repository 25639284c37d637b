using FoiPortal.Web.Infrastructure.Database;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Infrastructure.Mail;

/// <summary>
/// Reads the FOI mailbox over IMAP (MailKit): every unseen message is imported, and only once its import is committed
/// is it marked seen (or moved to <c>ProcessedFolder</c>). Polls every minute, and between polls waits with IDLE where
/// the server offers it, so new mail is picked up at once. Several nodes may poll the same mailbox: the node holding
/// the <c>intake-imap</c> lease imports (docs/adr/017), and the import key makes any second import of a message a no-op
/// (docs/adr/014-email-intake.md).
/// </summary>
public sealed partial class IntakeImapImporter(IntakeImporter importer, JobLeases leases, IOptions<IntakeOptions> options, ILogger<IntakeImapImporter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(5, options.Value.Imap.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var client = await ConnectAsync(stoppingToken);
                var folder = await OpenAsync(client, stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    // One node reads the mailbox at a time (ADR 017); the others keep their connection and take over
                    // when the holder's lease lapses. The import key still makes a second import a no-op (ADR 014).
                    if (await leases.TryTakeAsync(Core.Nodes.JobLease.IntakeImap, Lease(poll), stoppingToken))
                    {
                        await ImportUnseenAsync(client, folder, stoppingToken);
                    }

                    await WaitForMailAsync(client, folder, poll, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogImapFailed(ex.GetType().Name);
                try
                {
                    await Task.Delay(poll, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The mailbox lease: three polls, at least a minute, so a live holder (which renews on every pass) keeps it.</summary>
    public static TimeSpan Lease(TimeSpan poll) => TimeSpan.FromTicks(Math.Max(poll.Ticks * 3, TimeSpan.FromMinutes(1).Ticks));

    /// <summary>One pass: connect, import every unseen message, disconnect. Returns how many were new to the inbox.</summary>
    public async Task<int> ImportOnceAsync(CancellationToken ct)
    {
        using var client = await ConnectAsync(ct);
        var folder = await OpenAsync(client, ct);
        var count = await ImportUnseenAsync(client, folder, ct);
        await client.DisconnectAsync(quit: true, ct);
        return count;
    }

    private async Task<ImapClient> ConnectAsync(CancellationToken ct)
    {
        var imap = options.Value.Imap;
        var client = new ImapClient();
        try
        {
            await client.ConnectAsync(imap.Host, imap.Port, imap.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, ct);
            await client.AuthenticateAsync(imap.UserName, imap.Password, ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task<IMailFolder> OpenAsync(ImapClient client, CancellationToken ct)
    {
        var folder = await client.GetFolderAsync(options.Value.Imap.Folder, ct);
        await folder.OpenAsync(FolderAccess.ReadWrite, ct);
        return folder;
    }

    private async Task<int> ImportUnseenAsync(ImapClient client, IMailFolder folder, CancellationToken ct)
    {
        var processedName = options.Value.Imap.ProcessedFolder;
        var processed = string.IsNullOrWhiteSpace(processedName) ? null : await client.GetFolderAsync(processedName, ct);
        var uids = await folder.SearchAsync(SearchQuery.NotSeen, ct);
        var imported = 0;
        foreach (var batch in uids.Chunk(100))
        {
            var summaries = await folder.FetchAsync(batch, MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate, ct);
            foreach (var summary in summaries)
            {
                byte[] raw;
                // BODY.PEEK[]: reading does not set \Seen; only a committed import does.
                await using (var stream = await folder.GetStreamAsync(summary.UniqueId, string.Empty, ct))
                using (var buffer = new MemoryStream())
                {
                    await stream.CopyToAsync(buffer, ct);
                    raw = buffer.ToArray();
                }

                // INTERNALDATE: when the message reached this mailbox (RFC 3501 2.3.3), the date of receipt.
                var receivedAt = summary.InternalDate ?? DateTimeOffset.UtcNow;
                var outcome = await importer.ImportAsync(raw, receivedAt, $"imap:{folder.FullName}:{folder.UidValidity}:{summary.UniqueId.Id}", ct);
                imported += outcome == ImportOutcome.AlreadyImported ? 0 : 1;
                if (processed is not null)
                {
                    await folder.MoveToAsync(summary.UniqueId, processed, ct);
                }
                else
                {
                    await folder.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, silent: true, ct);
                }
            }
        }

        return imported;
    }

    private static async Task WaitForMailAsync(ImapClient client, IMailFolder folder, TimeSpan poll, CancellationToken ct)
    {
        if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            await Task.Delay(poll, ct);
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(ct);
        done.CancelAfter(poll);
        void Arrived(object? sender, EventArgs e) => done.Cancel();
        folder.CountChanged += Arrived;
        try
        {
            await client.IdleAsync(done.Token, ct);
        }
        finally
        {
            folder.CountChanged -= Arrived;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "IMAP intake failed ({ErrorType}); will try again")]
    private partial void LogImapFailed(string errorType);
}
