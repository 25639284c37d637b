using FoiPortal.Core.Statistics;
using FoiPortal.Web.Api;
using FoiPortal.Web.Pages.Staff.Statistics;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Statistics;

/// <summary>One published quarter: its latest version's figures for a regime (all by default), charts and CSV.</summary>
public sealed class QuarterModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Regime { get; set; }

    public PublishedStatistics.QuarterModel Data { get; private set; } = null!;

    public StatisticsFigures Figures { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int year, int quarter)
    {
        if (await mediator.Send(new PublishedStatistics.QuarterQuery(year, quarter)) is not { } data
            || !StatisticsApi.TryRegime(Regime, out var regime) || data.Figures.For(regime) is not { } figures)
        {
            return NotFound();
        }

        (Data, Figures) = (data, figures);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int year, int quarter, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new PublishedStatistics.QuarterQuery(year, quarter), cancellationToken) is not { } data)
        {
            return NotFound();
        }

        await StatisticsDownloads.WriteTidyAsync(Response, data.Figures.Sets, $"foi-statistics-{year}-q{quarter}-v{data.Versions[0].Number}.csv", cancellationToken);
        return new EmptyResult();
    }
}
