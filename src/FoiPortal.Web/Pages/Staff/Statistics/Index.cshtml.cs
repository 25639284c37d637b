using FoiPortal.Core.Data;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Statistics;

/// <summary>Statistics for managers and admins: figures, charts and downloads for any period (issue 15).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public StatisticsFilter Filter { get; set; } = new();

    public StatisticsPage.Model Data { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Data = await mediator.Send(new StatisticsPage.Query(Filter));
        Response.StatusCode = Data.Resolved.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    public Task<IActionResult> OnGetFiguresCsvAsync([FromServices] FoiDbContext db, [FromServices] ICalendarSource calendars, [FromServices] TimeProvider time, CancellationToken cancellationToken) =>
        StatisticsDownloads.FiguresAsync(Filter, Response, db, calendars, time, cancellationToken);

    public Task<IActionResult> OnGetRequestsCsvAsync([FromServices] FoiDbContext db, [FromServices] ICalendarSource calendars, [FromServices] TimeProvider time, CancellationToken cancellationToken) =>
        StatisticsDownloads.RequestsAsync(Filter, Response, db, calendars, time, cancellationToken);
}
