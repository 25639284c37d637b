using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Web.Infrastructure.Database;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FoiPortal.Web.Infrastructure.Mail;

/// <summary>Delivers one message. Implementations: a pickup folder of .eml files (default) or SMTP.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Writes each message as an .eml file: the default, so a fresh clone needs no mail server.</summary>
public sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        var temp = path + ".tmp";
        await message.WriteToAsync(temp, cancellationToken);
        // Rename so a reader never sees half a file.
        File.Move(temp, path);
    }
}

public sealed class SmtpTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>Lets a handler wake the dispatcher after committing a new email, rather than waiting for the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}

/// <summary>
/// Sends pending outbox emails with back-off, building each message (with its stored documents) here, after the command
/// that queued it has committed (<see cref="OutboxMessage"/>). A failure is logged (without addresses) and retried; after
/// <see cref="OutboundEmail.MaxAttempts"/> the email is marked failed for staff to see. Safe on several nodes:
/// each node claims a batch with the provider's own locking before sending (<see cref="RowClaims"/>, ADR 017).
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    RowClaims claims,
    IMailTransport transport,
    IOptions<MailOptions> options,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox dispatch failed; will try again");
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>How long a node holds the emails it claimed; a node that dies mid-send frees them after this (ADR 017).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        // Claim first, in one statement with the provider's locking: no other node can hold these rows now.
        var claimed = await claims.ClaimOutboxAsync(db, now, 20, ClaimLease, cancellationToken);
        if (claimed.Count == 0)
        {
            return;
        }

        var due = await db.OutboundEmails
            .Include(e => e.Attachments)
            .Where(e => claimed.Contains(e.Id))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        foreach (var email in due)
        {
            try
            {
                var files = await OutboxMessage.LoadAttachmentsAsync(db, email, cancellationToken);
                await transport.SendAsync(OutboxMessage.Build(email, files, options.Value), cancellationToken);
                email.MarkSent(time.GetUtcNow().UtcDateTime);
                logger.LogInformation("Sent outbox email {EmailId}", email.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                email.MarkAttemptFailed(time.GetUtcNow().UtcDateTime, $"{ex.GetType().Name}: {ex.Message}");
                logger.LogWarning("Outbox email {EmailId} failed (attempt {Attempt}): {ErrorType}", email.Id, email.Attempts, ex.GetType().Name);
            }

            // Recording the attempt releases the claim.
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
