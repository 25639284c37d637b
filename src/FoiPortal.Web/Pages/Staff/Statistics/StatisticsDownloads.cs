using System.Text;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Statistics;

/// <summary>
/// The two CSV downloads (RFC 4180, streamed, cells a spreadsheet would run as formulas made text): the figures as one
/// tidy table, and the requests behind them, one row per request read from the database as it is written.
/// </summary>
public static class StatisticsDownloads
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteTidyAsync(HttpResponse response, IEnumerable<StatisticsFigures> sets, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(sets);
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        await writer.WriteAsync(Csv.Row(StatisticsCsv.TidyHeader));
        foreach (var figures in sets)
        {
            var (period, regime) = (StatisticsCsv.PeriodName(figures.Period), StatisticsCsv.RegimeName(figures.Regime));
            foreach (var (measure, value) in StatisticsCsv.Tidy(figures))
            {
                await writer.WriteAsync(Csv.Row(period, regime, measure, value));
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    public static async Task<IActionResult> FiguresAsync(StatisticsFilter filter, HttpResponse response, FoiDbContext db, ICalendarSource calendars, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(time);
        var today = UkLocalDate.FromInstant(time.GetUtcNow());
        if (filter.Resolve(today) is not { Period: { } period } resolved)
        {
            return new BadRequestObjectResult("Choose a valid period and regime.");
        }

        var figures = await StatisticsQuery.FiguresAsync(db, calendars, period, resolved.Regime, today, cancellationToken);
        await WriteTidyAsync(response, [figures], $"foi-statistics-{StatisticsCsv.Iso(period.From)}-{StatisticsCsv.Iso(period.To)}.csv", cancellationToken);
        return new EmptyResult();
    }

    public static async Task<IActionResult> RequestsAsync(StatisticsFilter filter, HttpResponse response, FoiDbContext db, ICalendarSource calendars, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(time);
        if (filter.Resolve(UkLocalDate.FromInstant(time.GetUtcNow())) is not { Period: { } period } resolved)
        {
            return new BadRequestObjectResult("Choose a valid period and regime.");
        }

        var uk = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
        var scotland = await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken);
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"foi-statistics-requests-{StatisticsCsv.Iso(period.From)}-{StatisticsCsv.Iso(period.To)}.csv\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 32 * 1024);
        await writer.WriteAsync(Csv.Row(RequestsBehind.Header));
        await foreach (var row in RequestsBehind.Query(db, period, resolved.Regime).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Csv.Row(RequestsBehind.Cells(row, period, row.Regime == Regime.Foisa ? scotland : uk)));
        }

        await writer.FlushAsync(cancellationToken);
        return new EmptyResult();
    }
}
