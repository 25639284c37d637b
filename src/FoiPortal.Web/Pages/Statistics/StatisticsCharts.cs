using System.Globalization;
using FoiPortal.Core.Statistics;
using FoiPortal.Web.Infrastructure.Charts;
using Microsoft.AspNetCore.Html;

namespace FoiPortal.Web.Pages.Statistics;

/// <summary>What the figures partial shows: the figures, whether staff names may appear, and where the downloads are.</summary>
public sealed record FiguresView(StatisticsFigures Figures, bool ShowTeamMembers, string FiguresCsvUrl, string? RequestsCsvUrl);

/// <summary>The four charts of the statistics pages, each with a description that states every number it draws.</summary>
public static class StatisticsCharts
{
    public const int TopExemptions = 10;

    public static string MonthLabel(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    private static string Percent(decimal? value) => value is { } v ? $"{v.ToString("0.0", CultureInfo.InvariantCulture)}%" : "no responses";

    public static HtmlString OnTime(StatisticsFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var months = figures.Months;
        var description = "Percentage of responses sent within 20 working days, by month, against the ICO's 90% and 95% lines. "
            + string.Join("; ", months.Select(m => $"{MonthLabel(m.Month)}: {Percent(m.OnTimePercent)}")) + ".";
        return SvgChart.Line(
            "chart-on-time",
            "Responses on time by month",
            description,
            [.. months.Select(m => m.Month.ToString("MMM", CultureInfo.InvariantCulture))],
            [.. months.Select(m => m.OnTimePercent)],
            [(IcoTimeliness.GoodFromPercent, "95% good"), (IcoTimeliness.AdequateFromPercent, "90% adequate")]);
    }

    public static HtmlString Volumes(StatisticsFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var months = figures.Months;
        var description = "Requests received and responses sent, by month. "
            + string.Join("; ", months.Select(m => $"{MonthLabel(m.Month)}: {m.Received} received, {m.Responded} responded")) + ".";
        return SvgChart.Columns(
            "chart-volumes",
            "Requests received and responded to by month",
            description,
            [.. months.Select(m => m.Month.ToString("MMM", CultureInfo.InvariantCulture))],
            [new ChartSeries("Received", [.. months.Select(m => m.Received)], SvgChart.Blue), new ChartSeries("Responded", [.. months.Select(m => m.Responded)], SvgChart.Green)]);
    }

    public static HtmlString Outcomes(StatisticsFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var bars = figures.Outcomes.Select(o => (o.Category.Describe(), o.Count)).ToList();
        return SvgChart.Bars(
            "chart-outcomes",
            "Outcomes",
            "Requests closed in the period by outcome. " + string.Join("; ", bars.Select(b => $"{b.Item1}: {b.Count}")) + ".",
            bars);
    }

    public static HtmlString Exemptions(StatisticsFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var bars = figures.Exemptions.Take(TopExemptions).Select(e => (e.Provision, e.Requests)).ToList();
        return SvgChart.Bars(
            "chart-exemptions",
            "Most used exemptions",
            bars.Count == 0 ? "No exemptions were relied on." : "Requests relying on each provision, most used first. " + string.Join("; ", bars.Select(b => $"{b.Provision}: {b.Requests}")) + ".",
            bars,
            SvgChart.Blue);
    }
}
