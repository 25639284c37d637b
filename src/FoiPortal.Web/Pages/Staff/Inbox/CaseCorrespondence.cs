using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>The case page's correspondence: emails in (filed or made into the request) and letters out, in order.</summary>
public static class CaseCorrespondence
{
    public sealed record Query(int RequestId) : IQuery<Model>;

    public sealed record Item(bool Incoming, DateTime AtUtc, string Party, string Subject, long? InboxId, int Attachments, string? State);

    public sealed record Model(IReadOnlyList<Item> Items, bool RepliesGoToPublicSite);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var incoming = await db.InboundMessages.AsNoTracking()
                .Where(m => m.RequestId == query.RequestId)
                .Select(m => new Item(true, m.ReceivedAtUtc, m.FromAddress, m.Subject, m.Id, m.Attachments.Count, null))
                .ToListAsync(cancellationToken);
            var outgoing = await db.OutboundEmails.AsNoTracking()
                .Where(e => e.RequestId == query.RequestId)
                .Select(e => new
                {
                    e.CreatedAtUtc,
                    e.ToAddress,
                    e.Subject,
                    Attachments = e.Attachments.Count,
                    e.Status,
                    e.SentAtUtc,
                })
                .ToListAsync(cancellationToken);
            var email = await db.Requests.AsNoTracking().Where(r => r.Id == query.RequestId).Select(r => r.Requester.Email).SingleOrDefaultAsync(cancellationToken);
            var items = incoming
                .Concat(outgoing.Select(e => new Item(false, e.SentAtUtc ?? e.CreatedAtUtc, e.ToAddress, e.Subject, null, e.Attachments, e.Status switch
                {
                    OutboundEmailStatus.Sent => "Sent",
                    OutboundEmailStatus.Failed => "Not sent: delivery failed",
                    _ => "Waiting to be sent",
                })))
                .OrderBy(i => i.AtUtc)
                .ToList();
            return new Model(items, RequestSuggestion.IsPublicSiteAddress(email));
        }
    }
}
