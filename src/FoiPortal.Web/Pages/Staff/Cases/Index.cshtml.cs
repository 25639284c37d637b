using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>All requests, newest first, searchable by reference.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public CaseList.Result Cases { get; private set; } = null!;

    public async Task OnGetAsync() => Cases = await mediator.Send(new CaseList.Query(Search, PageNumber));
}

public static class CaseList
{
    public const int PageSize = 25;
    public const int SearchMaxLength = 100;

    public sealed record Query(string? Search, int Page) : IQuery<Result>;

    public sealed record Row(int Id, string Reference, string Title, DateTime ReceivedAtUtc, DateOnly DueOn, RequestStatus Status, bool Overdue);

    public sealed record Result(IReadOnlyList<Row> Rows, int Page, int TotalPages, int TotalCount, string? Search, DateOnly Today);

    public sealed class Handler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var search = query.Search?.Trim();
            if (search is { Length: > SearchMaxLength })
            {
                search = search[..SearchMaxLength];
            }

            var requests = db.Requests.AsNoTracking();
            if (!string.IsNullOrEmpty(search))
            {
                // Parameterised LIKE; % and _ typed by the user are matched literally.
                var pattern = "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                requests = requests.Where(r => EF.Functions.Like(r.Reference, pattern, "\\"));
            }

            var total = await requests.CountAsync(cancellationToken);
            var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
            var page = Math.Clamp(query.Page, 1, totalPages);
            var rows = await requests
                .OrderByDescending(r => r.ReceivedAtUtc).ThenByDescending(r => r.Id)
                .Skip((page - 1) * PageSize)
                .Take(PageSize)
                .Select(r => new { r.Id, r.Reference, r.Title, r.ReceivedAtUtc, r.DueOn, r.Status })
                .ToListAsync(cancellationToken);
            return new Result(
                rows.Select(r => new Row(r.Id, r.Reference, r.Title, r.ReceivedAtUtc, r.DueOn, r.Status, IsOverdue(r.Status, r.DueOn, today))).ToList(),
                page,
                totalPages,
                total,
                search,
                today);
        }

        // Derived, never stored: an open request past its due date.
        private static bool IsOverdue(RequestStatus status, DateOnly dueOn, DateOnly today) =>
            dueOn < today && status is not (RequestStatus.Responded or RequestStatus.InternalReview or RequestStatus.Reviewed or RequestStatus.Withdrawn or RequestStatus.Lapsed);
    }
}
