using System.Globalization;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>The officers' work queue: views by what is due, filters, search by reference and "Assign to me".</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const string AssignedNotice = "Assigned";

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "regime")]
    public string? Regime { get; set; }

    [BindProperty(SupportsGet = true, Name = "officer")]
    public string? Officer { get; set; }

    /// <summary>
    /// "page" is read from the query string itself: to model binding, "page" is the Razor page's own route value
    /// ("/Staff/Cases/Index"), which made every list fail to bind and stay on page 1. Anything but a positive number is page 1.
    /// </summary>
    public int PageNumber =>
        int.TryParse(Request.Query["page"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>The "Assign to me" form of one row.</summary>
    [BindProperty]
    public AssignRequest.Command Data { get; set; } = new();

    public CaseList.Result Cases { get; private set; } = null!;

    public string? Notice { get; private set; }

    public async Task OnGetAsync()
    {
        Cases = await mediator.Send(ListQuery());
        Notice = TempData[AssignedNotice] as string;
    }

    public async Task<IActionResult> OnPostAssignToMeAsync()
    {
        // Loaded first so that a refusal (closed, or changed by someone else) re-renders the queue with the message.
        Cases = await mediator.Send(ListQuery());
        Data.Officer = User.Identity?.Name;
        Data.By = User.Identity?.Name ?? string.Empty;
        await mediator.Send(Data);
        var reference = await mediator.Send(new CaseList.ReferenceQuery(Data.Id));
        TempData[AssignedNotice] = $"{reference} is now assigned to you";
        return Redirect(Cases.Link(Cases.View, Cases.Page));
    }

    private CaseList.Query ListQuery() => new(View, Search, Status, Regime, Officer, PageNumber, User.Identity?.Name ?? string.Empty);
}

/// <summary>The work queue's views. Their URL names are in <see cref="CaseList.ViewNames"/>.</summary>
public enum QueueView
{
    Mine,
    Unassigned,
    Open,
    DueSoon,
    Overdue,
    All,
}

public static class CaseList
{
    public const int PageSize = 25;
    public const int SearchMaxLength = 100;

    /// <summary>"Due within 5 working days".</summary>
    public const int DueSoonWorkingDays = 5;

    public static readonly IReadOnlyDictionary<QueueView, (string Slug, string Label)> ViewNames = new Dictionary<QueueView, (string, string)>
    {
        [QueueView.Mine] = ("mine", "My cases"),
        [QueueView.Unassigned] = ("unassigned", "Unassigned"),
        [QueueView.Open] = ("open", "All open"),
        [QueueView.DueSoon] = ("due-soon", $"Due within {DueSoonWorkingDays} working days"),
        [QueueView.Overdue] = ("overdue", "Overdue"),
        [QueueView.All] = ("all", "All"),
    };

    /// <summary>Raw query-string values: anything binds, and what does not parse is ignored.</summary>
    public sealed record Query(string? View, string? Search, string? Status, string? Regime, string? Officer, int Page, string CurrentUser) : IQuery<Result>;

    public sealed record ReferenceQuery(int Id) : IQuery<string?>;

    public sealed record Row(
        int Id,
        string Reference,
        string Title,
        DateTime ReceivedAtUtc,
        DateOnly DueOn,
        RequestStatus Status,
        Regime Regime,
        string? AssignedOfficer,
        string OfficerName,
        Guid Version,
        bool IsOpen,
        bool ClockStopped,
        bool Overdue,
        bool DueSoon);

    public sealed record Filters(RequestStatus? Status, Regime? Regime, string? Officer, string? Search)
    {
        public bool Any => Status is not null || Regime is not null || Officer is not null;
    }

    public sealed record Result(
        QueueView View,
        IReadOnlyList<Row> Rows,
        int Page,
        int TotalPages,
        int TotalCount,
        IReadOnlyDictionary<QueueView, int?> Counts,
        Filters Filters,
        IReadOnlyList<CaseWorker> Officers,
        DateOnly Today,
        DateOnly DueSoonBy)
    {
        public string? Search => Filters.Search;

        /// <summary>The queue URL for <paramref name="view"/> with the current filters (a shareable link).</summary>
        public string Link(QueueView view, int page = 1)
        {
            var parts = new List<string> { "view=" + ViewNames[view].Slug };
            if (!string.IsNullOrEmpty(Filters.Search))
            {
                parts.Add("q=" + Uri.EscapeDataString(Filters.Search));
            }

            if (Filters.Status is { } status)
            {
                parts.Add("status=" + status);
            }

            if (Filters.Regime is { } regime)
            {
                parts.Add("regime=" + regime.ToString().ToLowerInvariant());
            }

            if (Filters.Officer is { } officer)
            {
                parts.Add("officer=" + Uri.EscapeDataString(officer));
            }

            if (page > 1)
            {
                parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
            }

            return "/staff/cases?" + string.Join("&", parts);
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, ICalendarSource calendars, IMemoryCache cache, IConfiguration configuration) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var search = query.Search?.Trim();
            if (search is { Length: > SearchMaxLength })
            {
                search = search[..SearchMaxLength];
            }

            search = string.IsNullOrEmpty(search) ? null : search;
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
                search);
            // Searching by reference looks through every request unless a view was chosen.
            var view = ParseView(query.View) ?? (search is null ? QueueView.Open : QueueView.All);

            // "Overdue" and "due soon" are derived here from the stored due date and today's UK date, never stored.
            // FOIA s.10(6) working days; FOISA requests count on the Scottish calendar (FOISA s.73).
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var ukBy = (await calendars.ForRegimeAsync(Core.Statute.Regime.Foia, cancellationToken)).AddWorkingDays(today, DueSoonWorkingDays);
            var scotlandBy = (await calendars.ForRegimeAsync(Core.Statute.Regime.Foisa, cancellationToken)).AddWorkingDays(today, DueSoonWorkingDays);
            var me = query.CurrentUser;

            var filtered = Filter(db.Requests.AsNoTracking(), filters);
            var open = filtered.Where(r => OpenStatuses.Contains(r.Status));

            // All five open views in one pass over the open requests (index on Status, DueOn), then one count for "All".
            // The tab counts scan every open request (about 3 ms on 2,700 open of 50,000), so each officer's counts for a
            // set of filters are kept for a few seconds; the rows below are always read live. Measured: bench/README.md.
            var openCounts = cacheFor > TimeSpan.Zero
                ? await cache.GetOrCreateAsync($"queue-counts|{me}|{filters}|{today}", entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = cacheFor;
                    return CountOpenAsync();
                })
                : await CountOpenAsync();

            Task<OpenCounts?> CountOpenAsync() => open
            .GroupBy(_ => 1)
            .Select(g => new OpenCounts
            {
                Open = g.Count(),
                Mine = g.Count(r => r.AssignedOfficer == me),
                Unassigned = g.Count(r => r.AssignedOfficer == null),
                DueSoon = g.Count(r => RunningStatuses.Contains(r.Status) && r.DueOn >= today && (r.Regime == Core.Statute.Regime.Foisa ? r.DueOn <= scotlandBy : r.DueOn <= ukBy)),
                Overdue = g.Count(r => RunningStatuses.Contains(r.Status) && r.DueOn < today),
            })
            .FirstOrDefaultAsync(cancellationToken);
            // "All" is the whole history: counted only when it is the view shown (its paging needs it), not on every request.
            int? all = view == QueueView.All ? await filtered.CountAsync(cancellationToken) : null;
            var counts = new Dictionary<QueueView, int?>
            {
                [QueueView.Mine] = openCounts?.Mine ?? 0,
                [QueueView.Unassigned] = openCounts?.Unassigned ?? 0,
                [QueueView.Open] = openCounts?.Open ?? 0,
                [QueueView.DueSoon] = openCounts?.DueSoon ?? 0,
                [QueueView.Overdue] = openCounts?.Overdue ?? 0,
                [QueueView.All] = all,
            };

            var rows = view switch
            {
                QueueView.Mine => open.Where(r => r.AssignedOfficer == me),
                QueueView.Unassigned => open.Where(r => r.AssignedOfficer == null),
                QueueView.Open => open,
                QueueView.DueSoon => open.Where(r => RunningStatuses.Contains(r.Status) && r.DueOn >= today && (r.Regime == Core.Statute.Regime.Foisa ? r.DueOn <= scotlandBy : r.DueOn <= ukBy)),
                QueueView.Overdue => open.Where(r => RunningStatuses.Contains(r.Status) && r.DueOn < today),
                _ => filtered,
            };
            var ordered = view == QueueView.All
                ? rows.OrderByDescending(r => r.ReceivedAtUtc).ThenByDescending(r => r.Id)
                : rows.OrderBy(r => r.DueOn).ThenBy(r => r.Reference);

            var total = counts[view] ?? 0;
            var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
            var page = Math.Clamp(query.Page, 1, totalPages);
            // Two steps: the page's ids from the covering index (sorting small index entries), then just those rows.
            var ids = await ordered.Skip((page - 1) * PageSize).Take(PageSize).Select(r => r.Id).ToListAsync(cancellationToken);
            var byId = await db.Requests.AsNoTracking()
                .Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.Reference, r.Title, r.ReceivedAtUtc, r.DueOn, r.Status, r.Regime, r.AssignedOfficer, r.Version })
                .ToDictionaryAsync(r => r.Id, cancellationToken);
            var found = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();

            var result = found.Select(r =>
            {
                var isOpen = FoiRequest.OpenStatuses.Contains(r.Status);
                var running = isOpen && !FoiRequest.ClockStoppedStatuses.Contains(r.Status);
                var dueSoonBy = r.Regime == Core.Statute.Regime.Foisa ? scotlandBy : ukBy;
                return new Row(
                    r.Id, r.Reference, r.Title, r.ReceivedAtUtc, r.DueOn, r.Status, r.Regime, r.AssignedOfficer,
                    CaseWorkers.NameOf(officers, r.AssignedOfficer), r.Version, isOpen, isOpen && !running,
                    running && r.DueOn < today, running && r.DueOn >= today && r.DueOn <= dueSoonBy);
            }).ToList();
            return new Result(view, result, page, totalPages, total, counts, filters, officers, today, ukBy);
        }

        private sealed class OpenCounts
        {
            public int Open { get; init; }

            public int Mine { get; init; }

            public int Unassigned { get; init; }

            public int DueSoon { get; init; }

            public int Overdue { get; init; }
        }

        // Spelled out as constants so the SQL is "Status IN ('Received', ...)" and can use the (Status, DueOn) index.
        private static readonly RequestStatus[] OpenStatuses = [.. FoiRequest.OpenStatuses];

        private static readonly RequestStatus[] RunningStatuses = [.. FoiRequest.OpenStatuses.Except(FoiRequest.ClockStoppedStatuses)];

        private static IQueryable<FoiRequest> Filter(IQueryable<FoiRequest> requests, Filters filters)
        {
            if (filters.Search is { } search)
            {
                // Parameterised LIKE; % and _ typed by the user are matched literally.
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

    public sealed class ReferenceHandler(FoiDbContext db) : IQueryHandler<ReferenceQuery, string?>
    {
        public async ValueTask<string?> Handle(ReferenceQuery query, CancellationToken cancellationToken) =>
            await db.Requests.AsNoTracking().Where(r => r.Id == query.Id).Select(r => r.Reference).SingleOrDefaultAsync(cancellationToken);
    }
}
