using System.Globalization;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Costs;

/// <summary>
/// Whether a whole set of requests was received within one period of 60 consecutive working days, and if not, which
/// requests fall outside and the largest set (with the current request) that fits.
/// </summary>
/// <param name="WorkingDaySpan">Working days from the first receipt to the last, counting both ends.</param>
/// <param name="LargestSetThatFits">In receipt order; the whole set when it fits.</param>
/// <param name="Outside">Requests not in <paramref name="LargestSetThatFits"/>, in receipt order; empty when the set fits.</param>
public sealed record AggregationPeriodCheck(
    bool Fits,
    int WorkingDaySpan,
    IReadOnlyList<AggregationCandidate> LargestSetThatFits,
    IReadOnlyList<AggregationCandidate> Outside)
{
    /// <summary>A GOV.UK sentence saying why the set cannot be aggregated and what could be; null when it fits.</summary>
    public string? Problem => Fits
        ? null
        : $"{References(Outside, "Request", "Requests")} {(Outside.Count == 1 ? "was" : "were")} not received within one period of "
          + $"{CostAggregation.WindowWorkingDays} consecutive working days with the others: together the requests span {WorkingDaySpan} working days "
          + $"(regulation 5(2)(b)). The largest set that can be aggregated is {References(LargestSetThatFits, "request", "requests")}";

    private static string References(IReadOnlyList<AggregationCandidate> requests, string one, string many)
    {
        var described = requests.Select(r => $"{r.Reference} (received {r.ReceivedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})").ToList();
        return described.Count == 1
            ? $"{one} {described[0]}"
            : $"{many} {string.Join(", ", described.Take(described.Count - 1))} and {described[^1]}";
    }
}

/// <summary>
/// FOIA Fees Regulations (SI 2004/3244) reg 5(2)(b): requests may be aggregated only where "the two or more requests ...
/// are received by the public authority within any period of sixty consecutive working days". The period is one period
/// for the whole set: three requests each within 60 working days of the middle one, but 61 apart end to end, do not fit.
/// </summary>
public static class AggregationPeriod
{
    /// <summary>
    /// Checks <paramref name="current"/> with <paramref name="others"/> (duplicates and the current request itself are
    /// ignored). When they do not fit, the largest set that fits is the one with the most requests among the periods of
    /// 60 consecutive working days that contain the current request; on a tie, the earliest such period.
    /// </summary>
    public static AggregationPeriodCheck Check(AggregationCandidate current, IEnumerable<AggregationCandidate> others, WorkingDayCalendar calendar)
    {
        var all = others.Where(o => o.RequestId != current.RequestId).DistinctBy(o => o.RequestId).Append(current)
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .ToList();
        var span = CostAggregation.WorkingDaySpan(all[0].ReceivedOn, all[^1].ReceivedOn, calendar);
        if (span <= CostAggregation.WindowWorkingDays)
        {
            return new AggregationPeriodCheck(true, span, all, []);
        }

        // Each candidate period starts at a request's receipt; it must reach the current request.
        List<AggregationCandidate> best = [current];
        foreach (var start in all.Where(r => r.ReceivedOn <= current.ReceivedOn))
        {
            if (!CostAggregation.WithinWindow(start.ReceivedOn, current.ReceivedOn, calendar))
            {
                continue;
            }

            var inPeriod = all
                .Where(r => r.ReceivedOn >= start.ReceivedOn && CostAggregation.WithinWindow(start.ReceivedOn, r.ReceivedOn, calendar))
                .ToList();
            if (inPeriod.Count > best.Count)
            {
                best = inPeriod;
            }
        }

        var chosen = best.Select(r => r.RequestId).ToHashSet();
        return new AggregationPeriodCheck(false, span, best, all.Where(r => !chosen.Contains(r.RequestId)).ToList());
    }
}
