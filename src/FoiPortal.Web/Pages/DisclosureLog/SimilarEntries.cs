using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>
/// "Search before you ask": published entries like a request's title, shown to the requester before they send it
/// (check answers page). Server-rendered; needs no JavaScript.
/// </summary>
public static class SimilarEntries
{
    public const int Max = 3;

    public sealed record Query(string? Title) : IQuery<IReadOnlyList<Entry>>;

    public sealed record Entry(string Slug, string Title, string Reference, DateOnly RespondedOn);

    public sealed class Handler(FoiDbContext db, IDisclosureLogSearch search) : IQueryHandler<Query, IReadOnlyList<Entry>>
    {
        public async ValueTask<IReadOnlyList<Entry>> Handle(Query query, CancellationToken cancellationToken)
        {
            var ids = await search.SimilarAsync(SearchTerms.Parse(query.Title), Max, cancellationToken);
            if (ids.Count == 0)
            {
                return [];
            }

            // By primary key only (the state is checked here): see SearchLog.
            var found = (await db.DisclosureLogEntries.AsNoTracking()
                .Where(e => ids.Contains(e.Id))
                .Select(e => new { e.Id, e.State, Entry = new Entry(e.Slug, e.Title, e.Reference, e.RespondedOn) })
                .ToListAsync(cancellationToken))
                .Where(e => e.State == EntryState.Published)
                .ToDictionary(e => e.Id, e => e.Entry);
            return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        }
    }
}
