using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>The triage inbox: emails newest first, by view, with counts, a page at a time.</summary>
public static class InboxList
{
    public const int PageSize = 50;

    public enum View
    {
        /// <summary>New and unreadable: waiting for an officer.</summary>
        ToTriage,
        Done,
    }

    public static IReadOnlyList<(View View, string Slug, string Name)> Views { get; } =
    [
        (View.ToTriage, "to-triage", "To triage"),
        (View.Done, "done", "Dealt with"),
    ];

    public static View Parse(string? slug) => Views.FirstOrDefault(v => v.Slug == slug).Slug is null ? View.ToTriage : Views.First(v => v.Slug == slug).View;

    public sealed record Query(View View, int Page) : IQuery<Model>;

    public sealed record Row(long Id, string FromName, string FromAddress, string Subject, DateTime ReceivedAtUtc, InboundStatus Status, int Attachments, string? Reference);

    public sealed record Model(View View, int Page, int PageCount, IReadOnlyDictionary<View, int> Counts, IReadOnlyList<Row> Rows)
    {
        public string Link(int page) => $"/staff/inbox?view={Views.First(v => v.View == View).Slug}&page={page}";
    }

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var open = await db.InboundMessages.CountAsync(m => m.Status == InboundStatus.New || m.Status == InboundStatus.Unreadable, cancellationToken);
            var all = await db.InboundMessages.CountAsync(cancellationToken);
            var counts = new Dictionary<View, int> { [View.ToTriage] = open, [View.Done] = all - open };
            var pageCount = Math.Max(1, (counts[query.View] + PageSize - 1) / PageSize);
            var page = Math.Clamp(query.Page, 1, pageCount);
            var messages = query.View == View.ToTriage
                ? db.InboundMessages.Where(m => m.Status == InboundStatus.New || m.Status == InboundStatus.Unreadable)
                : db.InboundMessages.Where(m => m.Status != InboundStatus.New && m.Status != InboundStatus.Unreadable);
            var rows = await messages.AsNoTracking()
                .OrderByDescending(m => m.ReceivedAtUtc).ThenByDescending(m => m.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(m => new Row(m.Id, m.FromName, m.FromAddress, m.Subject, m.ReceivedAtUtc, m.Status, m.Attachments.Count,
                    db.Requests.Where(r => r.Id == m.RequestId).Select(r => r.Reference).FirstOrDefault()))
                .ToListAsync(cancellationToken);
            return new Model(query.View, page, pageCount, counts, rows);
        }
    }
}
