using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>The log as staff see it: drafts, entries awaiting approval, published and withdrawn, newest first, paged.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public StaffEntryList.Result List { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string? state, string? page, string? q)
    {
        List = await mediator.Send(new StaffEntryList.Query(StaffEntryList.StateFromSlug(state), StaffEntryList.PageNumber(page), StaffEntryList.SearchText(q)));
        return Page();
    }
}

public static class StaffEntryList
{
    public const int PageSize = 20;

    /// <summary>The tabs, in order: URL value, label, and the state shown (null: all).</summary>
    public static readonly IReadOnlyList<(string Slug, string Label, EntryState? State)> Tabs =
    [
        ("drafts", "Drafts", EntryState.Draft),
        ("awaiting-approval", "Awaiting approval", EntryState.AwaitingApproval),
        ("published", "Published", EntryState.Published),
        ("withdrawn", "Withdrawn", EntryState.Withdrawn),
        ("all", "All", null),
    ];

    public const int SearchMaxLength = 100;

    public sealed record Query(EntryState? State, int Page, string? Search = null) : IQuery<Result>;

    public sealed record Row(int Id, string Title, string Reference, EntryState State, int Version, DateTime CreatedAtUtc, DateTime? PublishedAtUtc);

    public sealed record Result(string Slug, string? Search, IReadOnlyList<Row> Rows, int Page, int PageCount, int Total, IReadOnlyDictionary<string, int> Counts)
    {
        public string Link(int page) => $"/staff/disclosure-log?state={Slug}"
            + (Search is null ? string.Empty : "&q=" + Uri.EscapeDataString(Search))
            + (page > 1 ? $"&page={page}" : string.Empty);
    }

    /// <summary>Words typed in the search box, trimmed and cut to a sensible length; null when empty.</summary>
    public static string? SearchText(string? q)
    {
        var text = (q ?? string.Empty).Trim();
        return text.Length == 0 ? null : text.Length > SearchMaxLength ? text[..SearchMaxLength] : text;
    }

    /// <summary>Drafts by default: that is where the work is. Unknown values show drafts too.</summary>
    public static EntryState? StateFromSlug(string? slug) =>
        Tabs.FirstOrDefault(t => string.Equals(t.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Slug: not null } tab ? tab.State : EntryState.Draft;

    public static int PageNumber(string? text) => int.TryParse(text, out var page) && page > 0 ? page : 1;

    public static string Label(EntryState state) => state switch
    {
        EntryState.Draft => "Draft",
        EntryState.AwaitingApproval => "Awaiting approval",
        EntryState.Published => "Published",
        _ => "Withdrawn",
    };

    public static string TagColour(EntryState state) => state switch
    {
        EntryState.Draft => "govuk-tag--grey",
        EntryState.AwaitingApproval => "govuk-tag--orange",
        EntryState.Published => "govuk-tag--green",
        _ => "govuk-tag--red",
    };

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var byState = await db.DisclosureLogEntries.AsNoTracking().GroupBy(e => e.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var counts = Tabs.ToDictionary(t => t.Slug, t => t.State is { } s ? byState.Where(x => x.Key == s).Sum(x => x.Count) : byState.Sum(x => x.Count));
            var slug = Tabs.First(t => t.State == query.State).Slug;
            var entries = db.DisclosureLogEntries.AsNoTracking();
            if (query.State is { } state)
            {
                entries = entries.Where(e => e.State == state);
            }

            if (query.Search is { } search)
            {
                // A reference or words of the title; LIKE's wildcards in the input are matched literally.
                var pattern = "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                entries = entries.Where(e => EF.Functions.Like(e.Reference, pattern, "\\") || EF.Functions.Like(e.Title, pattern, "\\"));
            }

            var total = query.Search is null ? counts[slug] : await entries.CountAsync(cancellationToken);
            var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Min(query.Page, pageCount);

            // Newest first: the most recently prepared at the top.
            var rows = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize)
                .Select(e => new Row(e.Id, e.Title, e.Reference, e.State, e.Version, e.CreatedAtUtc, e.PublishedAtUtc))
                .ToListAsync(cancellationToken);
            return new Result(slug, query.Search, rows, page, pageCount, total, counts);
        }
    }
}
