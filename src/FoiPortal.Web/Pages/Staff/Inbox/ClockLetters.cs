using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>
/// Letters the clock actions send (issue 16): so far the clarification request. It goes through the outbox, carries
/// the reference in the subject and is marked as correspondence on the case, so the requester's reply (by subject or
/// In-Reply-To) files itself there.
/// </summary>
public static class ClockLetters
{
    public sealed record DraftQuery(int RequestId) : IQuery<Draft?>;

    /// <summary>The editable letter, and where it goes (null: no email address, so it goes by post).</summary>
    public sealed record Draft(string? ToEmail, string Letter);

    public sealed class DraftHandler(FoiDbContext db) : IQueryHandler<DraftQuery, Draft?>
    {
        public async ValueTask<Draft?> Handle(DraftQuery query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == query.RequestId)
                .Select(x => new { x.Regime, x.Reference, x.Title, x.Requester.Name, x.Requester.Email })
                .SingleOrDefaultAsync(cancellationToken);
            return r is null ? null : new Draft(string.IsNullOrWhiteSpace(r.Email) ? null : r.Email, ClarificationLetter.Template(r.Regime, r.Name, r.Reference, r.Title));
        }
    }

    /// <summary>Queues the clarification letter in the same transaction as the clock action; once per clock event.</summary>
    public static void QueueClarification(FoiDbContext db, FoiRequest request, string? letter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Requester.Email))
        {
            return;
        }

        if (ClarificationLetter.WhyNotSendable(letter) is { } whyNot)
        {
            throw new DomainException(whyNot);
        }

        var key = $"clarification:{request.Id}:{request.ClockEvents.Count}";
        db.OutboundEmails.Add(new OutboundEmail(request.Requester.Email, request.Requester.Name, ClarificationLetter.Subject(request.Reference), letter!.Trim(), now.UtcDateTime, key, [])
            .AboutRequest(request.Id));
    }
}
