using System.Security.Cryptography;
using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FoiPortal.Web.Infrastructure.Mail;

public enum ImportOutcome
{
    Imported,

    /// <summary>Kept in the inbox flagged unreadable (not an email at all).</summary>
    Unreadable,

    /// <summary>Already in the inbox (same import key): nothing was added, and the source may be marked done.</summary>
    AlreadyImported,
}

/// <summary>
/// Imports one raw email into the triage inbox, exactly once (the unique <see cref="InboundMessage.ImportKey"/>), in one
/// transaction; the caller marks the source message seen or moves the file only after this returns. A message that
/// names one of our references or replies to one of our emails is filed to that case; a requester's reply while the
/// case awaits clarification restarts the clock from its date of receipt (FOIA s.1(3), s.10(1)).
/// </summary>
public sealed partial class IntakeImporter(
    IServiceScopeFactory scopes,
    IOptions<RequestOptions> requestOptions,
    TimeProvider time,
    ILogger<IntakeImporter> logger)
{
    private readonly ReferenceMatcher _references = new(requestOptions.Value.ReferenceFormat);

    public Task<ImportOutcome> ImportAsync(byte[] raw, DateTimeOffset receivedAt, string source, CancellationToken ct) =>
        ImportAsync(raw, receivedAt, source, restartClock: true, ct);

    private async Task<ImportOutcome> ImportAsync(byte[] raw, DateTimeOffset receivedAt, string source, bool restartClock, CancellationToken ct)
    {
        var message = Parse(raw, receivedAt, source);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        if (await db.InboundMessages.AnyAsync(m => m.ImportKey == message.ImportKey, ct))
        {
            return ImportOutcome.AlreadyImported;
        }

        db.InboundMessages.Add(message);
        var restartedClock = await FileToCaseAsync(db, scope.ServiceProvider.GetRequiredService<ICalendarSource>(), message, restartClock, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (restartedClock)
        {
            // The case changed while we filed to it: import the message and leave the clock to the officer.
            LogCaseChanged();
            return await ImportAsync(raw, receivedAt, source, restartClock: false, ct);
        }
        catch (DbUpdateException)
        {
            if (await AlreadyThereAsync(message.ImportKey, ct))
            {
                // Another node (or poll) committed the same message first: the unique key did its work.
                return ImportOutcome.AlreadyImported;
            }

            throw;
        }

        LogImported(message.Id, message.Status.ToString());
        return message.Status == InboundStatus.Unreadable ? ImportOutcome.Unreadable : ImportOutcome.Imported;
    }

    private async Task<bool> AlreadyThereAsync(string key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FoiDbContext>().InboundMessages.AnyAsync(m => m.ImportKey == key, ct);
    }

    /// <summary>Files the message to the case it names or replies to; true when that restarted the clock.</summary>
    private async Task<bool> FileToCaseAsync(FoiDbContext db, ICalendarSource calendars, InboundMessage message, bool restartClock, CancellationToken ct)
    {
        if (message.Status != InboundStatus.New)
        {
            return false;
        }

        int? requestId = null;
        foreach (var reference in _references.Find(message.Subject, message.TextBody))
        {
            requestId = await db.Requests.Where(r => r.Reference == reference).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct);
            if (requestId is not null)
            {
                break;
            }
        }

        if (requestId is null && ReferenceMatcher.OutboxEmailId(message.InReplyTo) is { } outboxId)
        {
            requestId = await db.OutboundEmails.Where(e => e.Id == outboxId).Select(e => e.RequestId).SingleOrDefaultAsync(ct);
        }

        if (requestId is not { } id)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var request = await db.Requests.Include(r => r.ClockEvents).Include(r => r.Questions).AsSplitQuery().SingleAsync(r => r.Id == id, ct);
        var calendar = await calendars.ForRegimeAsync(request.Regime, ct);
        if (restartClock && CaseReply.AsksForReview(message, request)
            && Pages.Track.Review.OpenReview.WhyNot(request, message.ReceivedOn, now, calendar, InboundMessage.IntakeActor) is null)
        {
            // s.45 Code para 5: a request for review by email opens the review as the tracking page's would, dated the
            // day it reached our mailbox.
            message.FileTo(id, InboundMessage.IntakeActor, now);
            await Pages.Track.Review.OpenReview.OpenAsync(db, request, Channel.Email, message.ReceivedOn, ReviewGrounds(message), InboundMessage.IntakeActor, now, calendar, ct);
            return true;
        }

        return CaseReply.File(message, request, InboundMessage.IntakeActor, now, calendar, restartClock);
    }

    /// <summary>The grounds of a review asked for by email: its text, cut to what a review holds.</summary>
    public static string ReviewGrounds(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = string.IsNullOrWhiteSpace(message.TextBody) ? message.Subject : message.TextBody.Trim();
        return text.Length <= Core.Reviews.InternalReview.GroundsMaxLength ? text : text[..Core.Reviews.InternalReview.GroundsMaxLength];
    }

    /// <summary>Reads the raw bytes into a message for the inbox; anything MimeKit cannot read is kept as unreadable.</summary>
    public static InboundMessage Parse(byte[] raw, DateTimeOffset receivedAt, string source)
    {
        MimeMessage mime;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            mime = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            return InboundMessage.Unreadable(IntakeKeys.ForUnreadable(raw), receivedAt, source, raw, "Not an email: " + ex.Message);
        }

        if (mime.Headers.Count == 0 || (mime.From.Count == 0 && mime.Sender is null && string.IsNullOrEmpty(mime.MessageId)))
        {
            return InboundMessage.Unreadable(IntakeKeys.ForUnreadable(raw), receivedAt, source, raw, "Not an email: it has no sender and no Message-ID");
        }

        var from = mime.From.Mailboxes.FirstOrDefault() ?? mime.Sender;
        var headers = new MessageHeaders(
            from?.Address,
            mime.Subject,
            mime.Headers[HeaderId.AutoSubmitted],
            mime.Headers[HeaderId.ReturnPath],
            mime.Body?.ContentType.ToString(),
            mime.Headers["Precedence"],
            mime.Headers.Contains("X-Autoreply") || mime.Headers.Contains("X-Autorespond"));
        var message = new InboundMessage(
            IntakeKeys.For(mime.MessageId, from?.Address, raw),
            mime.MessageId,
            from?.Address ?? string.Empty,
            from?.Name ?? string.Empty,
            mime.Subject ?? string.Empty,
            mime.InReplyTo,
            receivedAt,
            source,
            raw,
            mime.TextBody,
            mime.HtmlBody,
            AutomaticMessage.Detect(headers));
        // Attached files, and forwarded emails (message/rfc822) whether or not marked as attachments.
        foreach (var entity in mime.BodyParts.Where(p => p is MessagePart or MimePart { IsAttachment: true }))
        {
            AddAttachment(message, entity);
        }

        return message;
    }

    private static void AddAttachment(InboundMessage message, MimeEntity entity)
    {
        using var capped = new CappedBuffer(InboundMessage.MaxAttachmentBytes);
        string fileName;
        switch (entity)
        {
            case MessagePart part:
                // A forwarded email (message/rfc822) is kept as an .eml file, as it came.
                part.Message?.WriteTo(capped);
                fileName = "attached-message.eml";
                break;
            case MimePart part:
                part.Content?.DecodeTo(capped);
                fileName = part.FileName ?? "attachment";
                break;
            default:
                return;
        }

        message.AddAttachment(fileName, entity.ContentType.MimeType, ContentSniffer.Detect(capped.Head), capped.Length, capped.Content, capped.Sha256());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case changed while filing an inbound message; the clock is left to an officer")]
    private partial void LogCaseChanged();

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported inbound message {MessageId} ({Status})")]
    private partial void LogImported(long messageId, string status);

    /// <summary>Keeps the bytes up to the limit; counts and hashes all of them.</summary>
    private sealed class CappedBuffer(long limit) : Stream
    {
        private readonly MemoryStream _kept = new();
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        public ReadOnlySpan<byte> Head => _kept.GetBuffer().AsSpan(0, (int)Math.Min(_kept.Length, 512));

        public byte[]? Content => _length <= limit ? _kept.ToArray() : null;

        public override long Length => _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public string Sha256() => Convert.ToHexStringLower(_hash.GetCurrentHash());

        public override void Write(byte[] buffer, int offset, int count)
        {
            _hash.AppendData(buffer, offset, count);
            if (_length + count <= limit)
            {
                _kept.Write(buffer, offset, count);
            }
            else if (_kept.Length < 512)
            {
                _kept.Write(buffer, offset, (int)Math.Min(count, 512 - _kept.Length));
            }

            _length += count;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _kept.Dispose();
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
