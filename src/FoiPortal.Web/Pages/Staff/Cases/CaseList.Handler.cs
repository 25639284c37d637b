using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FoiPortal.Web.Pages.Staff.Cases;

public static partial class CaseList
{
    public sealed class Handler(
        FoiDbContext db,
        TimeProvider time,
        ICalendarSource calendars,
        IMemoryCache cache,
        QueueCounts counts,
        ICurrentStaff staff,
        ICaseSearch caseSearch,
        IConfiguration configuration) : IQueryHandler<Query, Result>
    {
        // Spelled out as constants so the SQL is "Status IN ('Received', ...)" and can use the (Status, WorkingToOn) index.
        private static readonly RequestStatus[] OpenStatuses = [.. FoiRequest.OpenStatuses];

        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var search = query.Search?.Trim();
            if (search is { Length: > SearchMaxLength })
            {
                search = search[..SearchMaxLength];
            }

            search = string.IsNullOrEmpty(search) ? null : search;
            // Three kinds of search (issue 18): a whole reference lists just that case; part of a reference (it has a
            // "/") matches references, in the view's order, as before; anything else is full text over reference,
            // title, questions and requester, best match first. User text reaches the index only as quoted words
            // (SearchTerms); a search that leaves no word (only punctuation) matches nothing.
            var terms = SearchTerms.Parse(search);
            int? exact = search is null ? null : await ExactReferenceAsync(search, cancellationToken);
            var isFullText = search is not null && exact is null && !search.Contains('/', StringComparison.Ordinal);
            var hits = isFullText ? caseSearch.Matches(terms) : null;
            // Filters and counts need only which cases match, not how well: ranking every match costs more than matching.
            var matchingIds = isFullText ? caseSearch.MatchingIds(terms) : null;
            // Short caches for what changes rarely or may lag a few seconds (Queue:CountsCacheSeconds, 0 = none).
            var cacheFor = TimeSpan.FromSeconds(configuration.GetValue("Queue:CountsCacheSeconds", 5));
            var officers = cacheFor > TimeSpan.Zero
                ? await cache.GetOrCreateAsync("queue-case-workers", entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = cacheFor * 6;
                    return CaseWorkers.ListAsync(db, cancellationToken);
                }) ?? []
                : await CaseWorkers.ListAsync(db, cancellationToken);
            var filters = new Filters(
                ParseEnum<RequestStatus>(query.Status),
                ParseEnum<Regime>(query.Regime),
                officers.FirstOrDefault(o => string.Equals(o.UserName, query.Officer?.Trim(), StringComparison.OrdinalIgnoreCase))?.UserName,
                search,
                string.Equals(query.Waiting?.Trim(), Consultations.WaitingOn.FilterValue, StringComparison.OrdinalIgnoreCase));
            // Searching by reference looks through every request unless a view was chosen.
            var view = ParseView(query.View) ?? (search is null ? QueueView.Open : QueueView.All);

            // "Overdue" and "due soon" are DeadlineStatus's, as SQL over the stored WorkingToOn (DeadlineWindow), with
            // FOIA s.10(6) working days, or the Scottish calendar for FOISA requests (FOISA s.73).
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var window = DeadlineWindow.On(
                today,
                await calendars.ForRegimeAsync(Core.Statute.Regime.Foia, cancellationToken),
                await calendars.ForRegimeAsync(Core.Statute.Regime.Foisa, cancellationToken));
            var me = staff.UserName ?? string.Empty;

            var filtered = Filter(db.Requests.AsNoTracking(), filters, exact, matchingIds);
            filtered = filters.WaitingOnConsultation ? Consultations.WaitingOn.Filter(db, filtered) : filtered;
            var open = filtered.Where(r => OpenStatuses.Contains(r.Status));

            // The tab counts are cached for a few seconds per officer and filters, and cleared after the officer's own change.
            var openCounts = await counts.GetAsync(me, $"{filters}|{today}", cacheFor, ct => QueueCounts.CountAsync(open, me, window, ct), cancellationToken);
            // "All" is the whole history: counted only when it is the view shown (its paging needs it), not on every request.
            int? all = view == QueueView.All ? await filtered.CountAsync(cancellationToken) : null;
            var tabCounts = new Dictionary<QueueView, int?>
            {
                [QueueView.Mine] = openCounts.Mine,
                [QueueView.Unassigned] = openCounts.Unassigned,
                [QueueView.Open] = openCounts.Open,
                [QueueView.DueSoon] = openCounts.DueSoon,
                [QueueView.Overdue] = openCounts.Overdue,
                [QueueView.All] = all,
                [QueueView.Regulator] = await Regulator.RegulatorQueue.Open(filtered, db, today).CountAsync(cancellationToken),
            };

            IQueryable<FoiRequest> InView(IQueryable<FoiRequest> all)
            {
                var inOpen = all.Where(r => OpenStatuses.Contains(r.Status));
                return view switch
                {
                    QueueView.Mine => inOpen.Where(r => r.AssignedOfficer == me),
                    QueueView.Unassigned => inOpen.Where(r => r.AssignedOfficer == null),
                    QueueView.Open => inOpen,
                    QueueView.DueSoon => inOpen.Where(window.DueSoon),
                    QueueView.Overdue => inOpen.Where(window.Overdue),
                    QueueView.Regulator => Regulator.RegulatorQueue.Open(all, db, today),
                    _ => all,
                };
            }

            var rows = InView(filtered);
            var ordered = view == QueueView.Regulator ? Regulator.RegulatorQueue.ByNextDeadline(rows, db, today)
                : view == QueueView.All
                ? rows.OrderByDescending(r => r.ReceivedAtUtc).ThenByDescending(r => r.Id)
                : rows.OrderBy(r => r.WorkingToOn).ThenBy(r => r.Reference);
            // Searching: best match first (the regulator view keeps its deadline order), then newest.
            var pageOrder = hits is null || view == QueueView.Regulator
                ? ordered.Select(r => r.Id)
                // The join is the match: the rows are taken without the IN (matches) filter, so the index is read once.
                : InView(Filter(db.Requests.AsNoTracking(), filters, exact, null, matchSearch: false))
                    .Join(hits, r => r.Id, h => h.RequestId, (r, h) => new { r.Id, r.ReceivedAtUtc, h.Score })
                    .OrderByDescending(x => x.Score).ThenByDescending(x => x.ReceivedAtUtc).ThenByDescending(x => x.Id).Select(x => x.Id);

            var total = tabCounts[view] ?? 0;
            var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
            var page = Math.Clamp(query.Page, 1, totalPages);
            // Two steps: the page's ids from the covering index (sorting small index entries), then just those rows.
            var ids = await pageOrder.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            var byId = await db.Requests.AsNoTracking()
                .Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.Reference, r.Title, r.ReceivedAtUtc, r.DueOn, r.WorkingToOn, r.Status, r.Regime, r.AssignedOfficer, r.Version })
                .ToDictionaryAsync(r => r.Id, cancellationToken);
            var regulator = view == QueueView.Regulator ? await Regulator.RegulatorQueue.NextAsync(db, ids, today, calendars, cancellationToken) : null;

            var result = ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r => new Row(
                r.Id, r.Reference, r.Title, r.ReceivedAtUtc, r.DueOn, r.WorkingToOn, r.Status, r.Regime, r.AssignedOfficer,
                r.AssignedOfficer is null ? null : CaseWorkers.Find(officers, r.AssignedOfficer), r.Version,
                window.Of(r.Status, r.Regime, r.WorkingToOn), regulator?.GetValueOrDefault(r.Id))).ToList();
            if (hits is not null && result.Count > 0)
            {
                result = await CaseSearchExcerpts.AddAsync(db, result, terms, cancellationToken);
            }

            var waitingOn = await Consultations.WaitingOn.ForAsync(db, ids, today, cancellationToken);
            result = [.. result.Select(r => r with { WaitingOn = waitingOn.GetValueOrDefault(r.Id) })];
            return new Result(view, result, page, totalPages, total, tabCounts, filters, officers, today, window.UkDueSoonBy) { IsRanked = hits is not null && view != QueueView.Regulator };
        }

        private async Task<int?> ExactReferenceAsync(string search, CancellationToken cancellationToken)
        {
            var upper = search.ToUpperInvariant();
            return await db.Requests.AsNoTracking().Where(r => r.Reference == search || r.Reference == upper)
                .Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        }

        /// <param name="matchSearch">False: the status, regime and officer filters only (the caller joins the matches itself).</param>
        private static IQueryable<FoiRequest> Filter(IQueryable<FoiRequest> requests, Filters filters, int? exact, IQueryable<int>? matching, bool matchSearch = true)
        {
            if (exact is { } id)
            {
                requests = requests.Where(r => r.Id == id);
            }
            else if (matching is not null)
            {
                // One IN (subquery) on the full-text index, evaluated once per statement.
                requests = requests.Where(r => matching.Contains(r.Id));
            }
            else if (matchSearch && filters.Search is { } search)
            {
                // Part of a reference. Parameterised LIKE; % and _ typed by the user are matched literally.
                var pattern = "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                requests = requests.Where(r => EF.Functions.Like(r.Reference, pattern, "\\"));
            }

            if (filters.Status is { } status)
            {
                requests = requests.Where(r => r.Status == status);
            }

            if (filters.Regime is { } regime)
            {
                requests = requests.Where(r => r.Regime == regime);
            }

            if (filters.Officer is { } officer)
            {
                requests = requests.Where(r => r.AssignedOfficer == officer);
            }

            return requests;
        }

        private static QueueView? ParseView(string? value) =>
            ViewNames.Where(v => string.Equals(v.Value.Slug, value?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(v => (QueueView?)v.Key).FirstOrDefault();

        private static T? ParseEnum<T>(string? value)
            where T : struct, Enum =>
            !string.IsNullOrWhiteSpace(value) && !value.Trim().All(char.IsAsciiDigit) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : null;
    }
}
