using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>One email in the inbox as an officer sees it: who, when, the text (plain or sanitised), attachments, and what can be done.</summary>
public static class InboxMessage
{
    public sealed record Query(long Id) : IQuery<Model?>;

    public sealed record Attachment(int Position, string FileName, string DeclaredType, string DetectedType, long Size, bool Stored);

    public sealed record Model(
        long Id,
        string FromName,
        string FromAddress,
        string Subject,
        DateTime ReceivedAtUtc,
        DateOnly ReceivedOn,
        InboundStatus Status,
        string? PlainText,
        string? SafeHtml,
        IReadOnlyList<Attachment> Attachments,
        int? RequestId,
        string? RequestReference,
        NotARequestReason? Reason,
        string? Note,
        string? HandledBy,
        IReadOnlyList<string> ReferencesNamed,
        RequestSuggestion Suggestion)
    {
        public bool IsOpen => Status is InboundStatus.New or InboundStatus.Unreadable;
    }

    public sealed class Handler(FoiDbContext db, IOptions<Infrastructure.RequestOptions> options) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var m = await db.InboundMessages.AsNoTracking()
                .Where(x => x.Id == query.Id)
                .Select(x => new
                {
                    x.Id,
                    x.FromName,
                    x.FromAddress,
                    x.Subject,
                    x.ReceivedAtUtc,
                    x.ReceivedOn,
                    x.Status,
                    x.TextBody,
                    x.HtmlBody,
                    x.RequestId,
                    x.NotARequestReason,
                    x.Note,
                    x.HandledBy,
                    Reference = db.Requests.Where(r => r.Id == x.RequestId).Select(r => r.Reference).FirstOrDefault(),
                    Attachments = x.Attachments.OrderBy(a => a.Position)
                        .Select(a => new Attachment(a.Position, a.FileName, a.DeclaredContentType, a.DetectedType, a.Size, a.Content != null)).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (m is null)
            {
                return null;
            }

            // Plain text when the sender gave one; otherwise the HTML, sanitised.
            var plain = m.TextBody;
            var html = string.IsNullOrWhiteSpace(plain) && !string.IsNullOrWhiteSpace(m.HtmlBody) ? EmailHtml.Sanitize(m.HtmlBody) : null;
            var body = plain ?? (m.HtmlBody is null ? null : AngleSharpText(html ?? string.Empty));
            var references = new ReferenceMatcher(options.Value.ReferenceFormat).Find(m.Subject, m.TextBody);
            return new Model(m.Id, m.FromName, m.FromAddress, m.Subject, m.ReceivedAtUtc, m.ReceivedOn, m.Status, plain, html, m.Attachments,
                m.RequestId, m.Reference, m.NotARequestReason, m.Note, m.HandledBy, references,
                RequestSuggestion.From(m.FromName, m.FromAddress, m.Subject, body));
        }

        private static string AngleSharpText(string html)
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            return document.Body?.TextContent ?? string.Empty;
        }
    }

    /// <summary>The stored bytes of one attachment, for download only (never rendered by the portal).</summary>
    public sealed record AttachmentQuery(long Id, int Position) : IQuery<(string FileName, byte[] Content)?>;

    public sealed class AttachmentHandler(FoiDbContext db) : IQueryHandler<AttachmentQuery, (string FileName, byte[] Content)?>
    {
        public async ValueTask<(string FileName, byte[] Content)?> Handle(AttachmentQuery query, CancellationToken cancellationToken)
        {
            var file = await db.InboundAttachments.AsNoTracking()
                .Where(a => a.InboundMessageId == query.Id && a.Position == query.Position && a.Content != null)
                .Select(a => new { a.FileName, a.Content })
                .SingleOrDefaultAsync(cancellationToken);
            return file is null ? null : (file.FileName, file.Content!);
        }
    }

    /// <summary>The raw message as received, for evidence.</summary>
    public sealed record RawQuery(long Id) : IQuery<byte[]?>;

    public sealed class RawHandler(FoiDbContext db) : IQueryHandler<RawQuery, byte[]?>
    {
        public async ValueTask<byte[]?> Handle(RawQuery query, CancellationToken cancellationToken) =>
            await db.InboundMessages.AsNoTracking().Where(m => m.Id == query.Id).Select(m => m.Raw).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Which case a reference names, for filing.</summary>
    public static Task<FoiRequest?> FindCaseAsync(FoiDbContext db, string? reference, CancellationToken ct)
    {
        var normalised = reference?.Trim().ToUpperInvariant() ?? string.Empty;
        return db.Requests.Include(r => r.ClockEvents).SingleOrDefaultAsync(r => r.Reference == normalised, ct);
    }
}
