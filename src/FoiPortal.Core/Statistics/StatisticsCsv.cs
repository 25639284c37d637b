using System.Globalization;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Statistics;

/// <summary>The figures as one tidy table (period, regime, measure, value): one row per number, nothing else.</summary>
public static class StatisticsCsv
{
    public static readonly string[] TidyHeader = ["period", "regime", "measure", "value"];

    /// <summary>"foia", "eir", "foisa", or "all".</summary>
    public static string RegimeName(Regime? regime) => regime?.ToString().ToLowerInvariant() ?? "all";

    /// <summary>"2026-01-01/2026-03-31" (ISO 8601 interval of UK dates).</summary>
    public static string PeriodName(StatisticsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"{Iso(period.From)}/{Iso(period.To)}";
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IEnumerable<(string Measure, string Value)> Tidy(StatisticsFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var v = figures.Volume;
        yield return ("received", N(v.Received));
        yield return ("responded", N(v.Responded));
        yield return ("stillOpen", N(v.StillOpen));
        yield return ("stillOpenOverdue", N(v.Overdue));
        yield return ("withdrawnOrLapsed", N(v.WithdrawnOrLapsed));
        var t = figures.Timeliness;
        yield return ("onTime", N(t.OnTime));
        yield return ("withinExtension", N(t.WithinExtension));
        yield return ("late", N(t.Late));
        yield return ("onTimePercent", D(t.OnTimePercent));
        yield return ("inTimePercent", D(t.InTimePercent));
        yield return ("icoBand", t.Band?.Describe() ?? string.Empty);
        yield return ("medianWorkingDays", N(t.MedianWorkingDays));
        yield return ("percentile90WorkingDays", N(t.Percentile90WorkingDays));
        foreach (var o in figures.Outcomes)
        {
            yield return ($"outcomes.{o.Category.Key()}", N(o.Count));
        }

        foreach (var e in figures.Exemptions)
        {
            yield return ($"exemptions.{e.Provision}", N(e.Requests));
        }

        var x = figures.PublicInterestExtensions;
        yield return ("publicInterestExtensions.taken", N(x.Taken));
        yield return ("publicInterestExtensions.medianExtraWorkingDays", N(x.MedianExtraWorkingDays));
        yield return ("publicInterestExtensions.longestExtraWorkingDays", N(x.LongestExtraWorkingDays));
        var r = figures.Reviews;
        yield return ("reviews.received", N(r.Received));
        yield return ("reviews.completed", N(r.Completed));
        yield return ("reviews.within20WorkingDays", N(r.Within20WorkingDays));
        yield return ("reviews.within40WorkingDays", N(r.Within40WorkingDays));
        yield return ("reviews.upheld", N(r.Upheld));
        yield return ("reviews.partlyUpheld", N(r.PartlyUpheld));
        yield return ("reviews.overturned", N(r.Overturned));
        yield return ("reviews.icoBand", r.Band?.Describe() ?? string.Empty);
        yield return ("regulator.complaintsReceived", N(figures.Regulator.ComplaintsReceived));
        foreach (var n in figures.Regulator.DecisionNotices)
        {
            yield return ($"regulator.decisionNotices.{Camel(n.Outcome.ToString())}", N(n.Count));
        }

        foreach (var m in figures.Months)
        {
            var key = $"months.{m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";
            yield return ($"{key}.received", N(m.Received));
            yield return ($"{key}.responded", N(m.Responded));
            yield return ($"{key}.onTime", N(m.OnTime));
            yield return ($"{key}.withinExtension", N(m.WithinExtension));
            yield return ($"{key}.late", N(m.Late));
        }

        foreach (var (prefix, groups) in new[] { ("channel", figures.ByChannel), ("teamMember", figures.ByTeamMember) })
        {
            foreach (var g in groups)
            {
                var key = $"{prefix}.{(prefix == "channel" ? g.Name.ToLowerInvariant() : g.Name)}";
                yield return ($"{key}.received", N(g.Received));
                yield return ($"{key}.responded", N(g.Responded));
                yield return ($"{key}.onTime", N(g.OnTime));
                yield return ($"{key}.withinExtension", N(g.WithinExtension));
                yield return ($"{key}.late", N(g.Late));
            }
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string D(decimal? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty;
}
