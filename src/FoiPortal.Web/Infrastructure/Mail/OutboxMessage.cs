using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace FoiPortal.Web.Infrastructure.Mail;

/// <summary>
/// Builds the MIME message for an outbox email, with its stored documents attached, when the dispatcher sends it (never
/// inside a command's transaction). The Message-ID is the same on every attempt, so if a crash after the mail server
/// accepted a message means it is sent again, the receiving side can recognise the copy as the same message.
/// </summary>
public static class OutboxMessage
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    /// <summary>The email's documents, in order, read from the stored response documents.</summary>
    public static async Task<IReadOnlyList<File>> LoadAttachmentsAsync(FoiDbContext db, OutboundEmail email, CancellationToken ct)
    {
        if (email.Attachments.Count == 0)
        {
            return [];
        }

        var ids = email.Attachments.Where(a => a.ResponseDocumentId is not null).Select(a => a.ResponseDocumentId!.Value).ToList();
        var documents = await db.ResponseDocuments.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.FileName, d.ContentType, d.Content }).ToListAsync(ct);
        // Issue 14: an internal review's outcome letter, stored on the review.
        var reviewIds = email.Attachments.Where(a => a.InternalReviewId is not null).Select(a => a.InternalReviewId!.Value).ToList();
        var outcomes = reviewIds.Count == 0
            ? []
            : await (from v in db.InternalReviews.AsNoTracking()
                     join r in db.Requests on v.FoiRequestId equals r.Id
                     where reviewIds.Contains(v.Id) && v.OutcomeLetterPdf != null
                     select new { v.Id, r.Reference, Content = v.OutcomeLetterPdf! }).ToListAsync(ct);
        return [.. email.Attachments.OrderBy(a => a.Position).Select(FileOf)];

        File FileOf(OutboundEmailAttachment attachment)
        {
            if (attachment.ResponseDocumentId is { } documentId)
            {
                var document = documents.Single(d => d.Id == documentId);
                return new File(document.FileName, document.ContentType, document.Content);
            }

            var outcome = outcomes.Single(o => o.Id == attachment.InternalReviewId);
            return new File(Pages.Staff.Reviews.ReviewLetter.FileName(outcome.Reference), "application/pdf", outcome.Content);
        }
    }

    public static MimeMessage Build(OutboundEmail email, IReadOnlyList<File> attachments, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Subject = email.Subject;
        var domain = options.From.Contains('@', StringComparison.Ordinal) ? options.From[(options.From.LastIndexOf('@') + 1)..] : "foiportal.invalid";
        message.MessageId = Core.Letters.CaseLetter.MessageId(email, domain);
        var body = new BodyBuilder { TextBody = email.TextBody };
        foreach (var file in attachments)
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
