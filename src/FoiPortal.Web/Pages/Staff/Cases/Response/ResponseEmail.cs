using System.Globalization;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>
/// The response email: its wording, and its place in the outbox under a key unique to the letter version, with the
/// stored documents attached by reference. The dispatcher builds and sends the message after the transaction commits.
/// </summary>
public static class ResponseEmail
{
    /// <summary>"response:12:v3": one email per letter version, ever (a unique index in the outbox).</summary>
    public static string KeyFor(int letterId, int letterVersion) => string.Create(CultureInfo.InvariantCulture, $"response:{letterId}:v{letterVersion}");

    /// <summary>Queues the email unless this letter version's email is already queued; true when queued now.</summary>
    public static async Task<bool> QueueAsync(
        FoiDbContext db, FoiRequest request, ResponseLetter letter, IReadOnlyList<ResponseDocument> documents, AuthorityOptions authority, DateTimeOffset now, CancellationToken ct)
    {
        var key = KeyFor(letter.Id, letter.Version);
        if (await db.OutboundEmails.AnyAsync(e => e.IdempotencyKey == key, ct))
        {
            return false;
        }

        var body = $"Dear {request.Requester.Name},\n\n"
            + $"Please find attached our response to your Freedom of Information request {request.Reference}, \"{request.Title}\".\n\n"
            + "You can also download these documents from your request's page, using the link in our acknowledgement email.\n\n"
            + $"Freedom of Information team\n{authority.Name}\n";
        var subject = $"Your Freedom of Information request {request.Reference}: our response";
        db.OutboundEmails.Add(new OutboundEmail(
            request.Requester.Email, request.Requester.Name, subject.Length > OutboundEmail.SubjectMaxLength ? subject[..OutboundEmail.SubjectMaxLength] : subject, body,
            now.UtcDateTime, key, documents.OrderBy(d => d.Id).Select(d => d.Id)));
        return true;
    }
}

/// <summary>Whether a sent response's email has gone: for the send page and the case page.</summary>
public static class ResponseEmailStatus
{
    public sealed record Query(int RequestId) : IQuery<Model?>;

    /// <param name="Status">Pending (queued, maybe being retried), Sent, or Failed after every attempt.</param>
    /// <param name="LastError">The last failure's type and message (no addresses), for staff.</param>
    public sealed record Model(OutboundEmailStatus Status, int Attempts, DateTime? SentAtUtc, string? LastError)
    {
        public string Describe() => Status switch
        {
            OutboundEmailStatus.Sent => "Sent to the requester.",
            OutboundEmailStatus.Failed => $"Not sent: every attempt failed ({Attempts}). The requester has not received the response by email.",
            _ when Attempts > 0 => $"Queued: the last attempt failed, and it will be tried again shortly (attempt {Attempts + 1} of {OutboundEmail.MaxAttempts}).",
            _ => "Queued: it goes out in the next few seconds.",
        };
    }

    /// <summary>The response email of the case's sent letter; null when there is none (not sent yet, or sent by post).</summary>
    public static async Task<Model?> ForRequestAsync(FoiDbContext db, int requestId, CancellationToken ct) =>
        await db.ResponseLetters.AsNoTracking().Where(l => l.FoiRequestId == requestId && l.State == ResponseState.Sent)
            .Select(l => new { l.Id, l.Version }).SingleOrDefaultAsync(ct) is { } letter
            ? await ForLetterAsync(db, letter.Id, letter.Version, ct)
            : null;

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken) => await ForRequestAsync(db, query.RequestId, cancellationToken);
    }

    public static async Task<Model?> ForLetterAsync(FoiDbContext db, int letterId, int letterVersion, CancellationToken ct)
    {
        var key = ResponseEmail.KeyFor(letterId, letterVersion);
        return await db.OutboundEmails.AsNoTracking().Where(e => e.IdempotencyKey == key)
            .Select(e => new Model(e.Status, e.Attempts, e.SentAtUtc, e.LastError)).SingleOrDefaultAsync(ct);
    }
}
