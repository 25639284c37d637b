using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace FoiPortal.Web.Pages.Track;

/// <summary>
/// What the requester writes on their tracking page becomes incoming correspondence on the case, exactly as an email
/// would: an RFC 5322 message (kept for evidence, like a mailbox's) read by the importer's own parser, from the
/// requester's address on record, received now.
/// </summary>
public static class TrackingMessage
{
    /// <summary>The actor recorded for what the requester does from the tracking page.</summary>
    public const string Actor = "Requester (tracking page)";

    public const int MaxLength = 10_000;

    public const string Source = "tracking-page";

    public static InboundMessage Create(FoiRequest request, string subject, string text, string foiAddress, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mime = new MimeMessage();
        var from = string.IsNullOrWhiteSpace(request.Requester.Email) ? "requester@tracking-page.invalid" : request.Requester.Email;
        mime.From.Add(new MailboxAddress(request.Requester.Name, from));
        mime.To.Add(MailboxAddress.Parse(foiAddress));
        mime.Subject = $"[{request.Reference}] {subject}";
        mime.MessageId = $"tracking-{Guid.NewGuid():N}@tracking-page.invalid";
        mime.Date = now;
        mime.Body = new TextPart("plain") { Text = text };
        using var stream = new MemoryStream();
        mime.WriteTo(stream);
        return IntakeImporter.Parse(stream.ToArray(), now, Source);
    }

    /// <summary>The case behind a tracking token, for a change (with its clock events), or null.</summary>
    public static Task<FoiRequest?> FindForChangeAsync(FoiDbContext db, string tokenHash, CancellationToken ct) =>
        db.Requests.Include(r => r.ClockEvents).SingleOrDefaultAsync(r => r.TrackingTokenHash == tokenHash, ct);

    /// <summary>Reference, title and status behind a tracking token, read only, or null.</summary>
    public static Task<Summary?> FindAsync(FoiDbContext db, string tokenHash, CancellationToken ct) =>
        db.Requests.AsNoTracking().Where(r => r.TrackingTokenHash == tokenHash)
            .Select(r => new Summary(r.Reference, r.Title, r.Status)).SingleOrDefaultAsync(ct);

    public sealed record Summary(string Reference, string Title, RequestStatus Status)
    {
        public bool CanWithdraw => FoiRequest.IsOpenStatus(Status);
    }
}
