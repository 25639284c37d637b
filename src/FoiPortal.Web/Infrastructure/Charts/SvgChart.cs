using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace FoiPortal.Web.Infrastructure.Charts;

/// <summary>One series of a column chart: its name in the key and a GOV.UK colour.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values, string Colour);

/// <summary>
/// Charts drawn on the server as SVG (docs/adr/016-server-drawn-svg-charts.md): no JavaScript, real text, presentation
/// attributes only (so the content security policy needs no inline styles). Each chart is <c>role="img"</c> named by its
/// <c>&lt;title&gt;</c> and described by a <c>&lt;desc&gt;</c> giving every number; pages put the same numbers in a table beside it.
/// </summary>
public static class SvgChart
{
    // GOV.UK Frontend colours with at least 3:1 contrast against white (WCAG 1.4.11).
    public const string Blue = "#1d70b8";
    public const string DarkBlue = "#003078";
    public const string Green = "#00703c";
    public const string Red = "#d4351c";
    public const string Orange = "#f47738";
    public const string Grey = "#505a5f";
    public const string Black = "#0b0c0c";

    private const int Width = 640;
    private const int Height = 280;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 48;

    /// <summary>A percentage per category (e.g. month) as a line, with dashed guide lines (e.g. the ICO's 90% and 95%).</summary>
    public static HtmlString Line(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<decimal?> percents, IReadOnlyList<(int Percent, string Label)> guides)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(percents);
        ArgumentNullException.ThrowIfNull(guides);
        var svg = Open(id, title, description);
        YAxis(svg, 100, "%");
        foreach (var (percent, label) in guides)
        {
            var y = Y(percent, 100);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"{Grey}\" stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right - 4}\" y=\"{y - 4:0.#}\" text-anchor=\"end\" font-size=\"12\" fill=\"{Black}\">{E(label)}</text>");
        }

        var step = Plot(labels.Count);
        var points = new List<string>();
        for (var i = 0; i < labels.Count; i++)
        {
            var x = Left + (step * (i + 0.5));
            XLabel(svg, x, labels[i], labels.Count);
            if (percents[i] is { } value)
            {
                var y = Y((double)value, 100);
                points.Add(string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}"));
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4\" fill=\"{Blue}\"/>");
            }
        }

        if (points.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"{Blue}\" stroke-width=\"3\"/>");
        }

        return Close(svg);
    }

    /// <summary>Counts per category (e.g. month) as grouped columns, one colour per series, with a key.</summary>
    public static HtmlString Columns(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        var max = NiceMax(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var svg = Open(id, title, description);
        YAxis(svg, max, string.Empty);
        var step = Plot(labels.Count);
        var columnWidth = Math.Max(2, (step * 0.8) / Math.Max(1, series.Count));
        for (var i = 0; i < labels.Count; i++)
        {
            var start = Left + (step * i) + (step * 0.1);
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[i];
                var y = Y(value, max);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{start + (columnWidth * s):0.#}\" y=\"{y:0.#}\" width=\"{columnWidth:0.#}\" height=\"{Height - Bottom - y:0.#}\" fill=\"{series[s].Colour}\"/>");
            }

            XLabel(svg, Left + (step * (i + 0.5)), labels[i], labels.Count);
        }

        // The key, top left inside the plot.
        var keyX = Left + 8.0;
        foreach (var s in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{keyX:0.#}\" y=\"{Top}\" width=\"12\" height=\"12\" fill=\"{s.Colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{keyX + 16:0.#}\" y=\"{Top + 11}\" font-size=\"13\" fill=\"{Black}\">{E(s.Name)}</text>");
            keyX += 28 + (s.Name.Length * 7.5);
        }

        return Close(svg);
    }

    /// <summary>Counts per category as horizontal bars, each labelled with its name and number.</summary>
    public static HtmlString Bars(string id, string title, string description, IReadOnlyList<(string Label, int Value)> bars, string colour = DarkBlue)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int labelWidth = 250;
        const int barHeight = 22;
        const int gap = 8;
        var height = Math.Max(1, bars.Count) * (barHeight + gap) + gap;
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var svg = Open(id, title, description, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = gap + (i * (barHeight + gap));
            var width = (Width - labelWidth - 60) * (double)bars[i].Value / max;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"13\" fill=\"{Black}\">{E(Cut(bars[i].Label, 34))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{barHeight}\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6:0.#}\" y=\"{y + 16}\" font-size=\"13\" fill=\"{Black}\">{bars[i].Value.ToString(CultureInfo.InvariantCulture)}</text>");
        }

        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int height = Height)
    {
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" id=\"{E(id)}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{E(id)}-title {E(id)}-desc\" font-family=\"arial, sans-serif\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{E(id)}-title\">{E(title)}</title><desc id=\"{E(id)}-desc\">{E(description)}</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static double Plot(int count) => (Width - Left - Right) / (double)Math.Max(1, count);

    private static double Y(double value, double max) => Top + ((Height - Top - Bottom) * (1 - (value / Math.Max(1, max))));

    private static void YAxis(StringBuilder svg, int max, string unit)
    {
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = Y(value, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"12\" fill=\"{Black}\">{value.ToString(CultureInfo.InvariantCulture)}{unit}</text>");
        }
    }

    private static void XLabel(StringBuilder svg, double x, string label, int count)
    {
        // Up to 12 labels fit; more are thinned to every other one (the table beside the chart has them all).
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{Black}\">{E(count > 12 ? string.Empty : label)}</text>");
    }

    /// <summary>A round axis maximum at or above <paramref name="value"/>: 1, 2, 5 times a power of ten, divisible by 4 ticks where it can be.</summary>
    internal static int NiceMax(int value)
    {
        if (value <= 4)
        {
            return 4;
        }

        var magnitude = (int)Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var factor in new[] { 1, 2, 4, 5, 8, 10 })
        {
            if (factor * magnitude >= value)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
