using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Statute;
using FoiPortal.Web.DisclosureLog;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>One published entry, laid out like the authority's own disclosure log. Drafts and withdrawn entries are 404, never 403.</summary>
[OutputCache(PolicyName = DisclosureLogCache.EntryPolicy)]
public sealed class EntryModel(IMediator mediator) : PageModel
{
    public ReadEntry.View Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await mediator.Send(new ReadEntry.Query(slug)) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        return Page();
    }
}

public static class ReadEntry
{
    public const int MaxRelated = 5;

    public sealed record Query(string Slug) : IQuery<View?>;

    public sealed record Exemption(string Key, string Citation, string Title);

    /// <param name="Label">What the file is, in words (<see cref="DisclosureAttachment.Label"/>); the name is only in the link's address.</param>
    public sealed record Attachment(string FileName, string ContentType, long SizeBytes, string Label);

    public sealed record Related(string Slug, string Title, string Reference, DateOnly RespondedOn);

    public sealed record View(
        int Id,
        string Slug,
        string Title,
        string Reference,
        DateOnly RespondedOn,
        DateOnly PublishedOn,
        DateOnly? UpdatedOn,
        int Version,
        string Topic,
        DisclosureOutcome Outcome,
        IReadOnlyList<Exemption> Exemptions,
        IReadOnlyList<TextBlock> Request,
        IReadOnlyList<TextBlock> Response,
        IReadOnlyList<TextBlock> Reason,
        IReadOnlyList<Attachment> Attachments,
        IReadOnlyList<Related> RelatedEntries);

    public sealed class Handler(FoiDbContext db, IDisclosureLogSearch search) : IQueryHandler<Query, View?>
    {
        public async ValueTask<View?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!EntrySlug.IsWellFormed(query.Slug))
            {
                return null;
            }

            // One connection for the entry and its related entries (several small queries).
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                return await ReadAsync(query.Slug, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        private async Task<View?> ReadAsync(string slug, CancellationToken cancellationToken)
        {
            var entry = await db.DisclosureLogEntries.AsNoTracking()
                .Where(e => e.Slug == slug && e.State == EntryState.Published)
                .Select(e => new
                {
                    e.Id,
                    e.Slug,
                    e.Title,
                    e.Reference,
                    e.RespondedOn,
                    e.PublishedAtUtc,
                    e.UpdatedAtUtc,
                    e.Version,
                    e.Topic,
                    e.Outcome,
                    e.ExemptionKeys,
                    e.RequestText,
                    e.ResponseText,
                    e.ReasonText,
                    Attachments = e.Attachments.OrderBy(a => a.FileName).Select(a => new { a.FileName, a.ContentType, a.SizeBytes, a.Title }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (entry is null)
            {
                return null;
            }

            var keys = DisclosureLogEntry.KeysOf(entry.ExemptionKeys);
            var exemptions = keys.Select(k => LogCatalogue.Instance.Find(k) is { } found
                ? new Exemption(found.Key, found.CitationAtStart, found.Title)
                : new Exemption(k, k, string.Empty)).ToList();
            return new View(
                entry.Id, entry.Slug, entry.Title, entry.Reference, entry.RespondedOn,
                UkLocalDate.FromInstant(new DateTimeOffset(entry.PublishedAtUtc!.Value, TimeSpan.Zero)),
                entry.UpdatedAtUtc is { } updated ? UkLocalDate.FromInstant(new DateTimeOffset(updated, TimeSpan.Zero)) : null,
                entry.Version, entry.Topic, entry.Outcome, exemptions,
                ResponseText.Parse(entry.RequestText), ResponseText.Parse(entry.ResponseText), ResponseText.Parse(entry.ReasonText),
                [.. entry.Attachments.Select(a => new Attachment(a.FileName, a.ContentType, a.SizeBytes, a.Title ?? DisclosureAttachment.LabelFrom(a.FileName)))],
                await RelatedAsync(entry.Id, entry.Title, entry.RequestText, entry.Topic, keys, cancellationToken));
        }

        /// <summary>
        /// Up to five other published entries. First those on the same subject (issue 18): the entry's own title, or
        /// its title and the start of its request when the title says little, run as an any-word full-text search
        /// (stemmed, common words left out, best first). Then, to fill the list, those sharing an exemption and the
        /// topic, then an exemption, then the topic; newest first within each.
        /// </summary>
        private async Task<IReadOnlyList<Related>> RelatedAsync(int id, string title, string requestText, string topic, IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            var subject = SearchTerms.Parse(title);
            if (subject.UsefulWords().Count < 2)
            {
                subject = SearchTerms.Parse(title + " " + requestText);
            }

            var similar = (await search.SimilarAsync(subject, MaxRelated + 1, cancellationToken)).Where(i => i != id).Take(MaxRelated).ToList();
            var published = db.DisclosureLogEntries.AsNoTracking().Where(e => e.State == EntryState.Published && e.Id != id);
            List<Related> bySubject = similar.Count == 0 ? [] : (await published.Where(e => similar.Contains(e.Id))
                .Select(e => new { e.Id, e.Slug, e.Title, e.Reference, e.RespondedOn })
                .ToListAsync(cancellationToken)).OrderBy(e => similar.IndexOf(e.Id))
                .Select(e => new Related(e.Slug, e.Title, e.Reference, e.RespondedOn)).ToList();
            var candidates = await published.Where(e => e.Topic == topic)
                .OrderByDescending(e => e.RespondedOn).ThenByDescending(e => e.Id).Take(MaxRelated)
                .Select(e => new { e.Id, e.Slug, e.Title, e.Reference, e.RespondedOn, e.Topic, e.ExemptionKeys })
                .ToListAsync(cancellationToken);
            foreach (var key in keys)
            {
                var pattern = "%" + DisclosureLogEntry.StoredKey(key) + "%";
                candidates.AddRange(await published.Where(e => EF.Functions.Like(e.ExemptionKeys, pattern))
                    .OrderByDescending(e => e.RespondedOn).ThenByDescending(e => e.Id).Take(MaxRelated)
                    .Select(e => new { e.Id, e.Slug, e.Title, e.Reference, e.RespondedOn, e.Topic, e.ExemptionKeys })
                    .ToListAsync(cancellationToken));
            }

            var byTopicAndExemption = candidates
                .DistinctBy(e => e.Id)
                .Select(e => (Entry: e, Shared: DisclosureLogEntry.KeysOf(e.ExemptionKeys).Count(keys.Contains), SameTopic: e.Topic == topic))
                .OrderByDescending(x => x.Shared > 0 && x.SameTopic)
                .ThenByDescending(x => x.Shared)
                .ThenByDescending(x => x.Entry.RespondedOn)
                .Select(x => new Related(x.Entry.Slug, x.Entry.Title, x.Entry.Reference, x.Entry.RespondedOn))
                .ToList();
            return [.. bySubject.Concat(byTopicAndExemption).DistinctBy(r => r.Slug).Take(MaxRelated)];
        }
    }
}
