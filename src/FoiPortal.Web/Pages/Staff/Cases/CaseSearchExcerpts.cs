using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>
/// What a search result shows under the case's title: the title with the matched words marked, and an excerpt of
/// the questions or the requester where the words were found (Core <see cref="Snippet"/>: word forms marked too,
/// "groomed" for "grooming"; parts, never markup). Read for the page's rows only.
/// </summary>
public static class CaseSearchExcerpts
{
    public static async Task<List<CaseList.Row>> AddAsync(FoiDbContext db, List<CaseList.Row> rows, SearchTerms terms, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var questions = (await db.Set<Core.Requests.RequestQuestion>().AsNoTracking()
                .Where(q => ids.Contains(EF.Property<int>(q, "RequestId")))
                .Select(q => new { RequestId = EF.Property<int>(q, "RequestId"), q.Number, q.Text })
                .ToListAsync(cancellationToken))
            .GroupBy(q => q.RequestId)
            .ToDictionary(g => g.Key, g => string.Join("\n", g.OrderBy(q => q.Number).Select(q => q.Text)));
        var requesters = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id) && r.PersonalDataRemovedAtUtc == null)
            .Select(r => new { r.Id, r.Requester.Name, r.Requester.Email })
            .ToDictionaryAsync(r => r.Id, cancellationToken);

        return [.. rows.Select(row =>
        {
            var texts = new List<string?> { questions.GetValueOrDefault(row.Id) };
            if (requesters.TryGetValue(row.Id, out var requester))
            {
                texts.Add($"Requester: {requester.Name}, {requester.Email}");
            }

            var excerpt = Snippet.Make(texts, terms.Words, 160);
            return row with
            {
                TitleParts = Snippet.Highlight(row.Title, terms.Words),
                Excerpt = excerpt.Any(p => p.IsMatch) ? excerpt : null,
            };
        })];
    }
}
