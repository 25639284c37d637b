using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Costs;

/// <summary>What the aggregation rule needs to know about a request (a projection, so handlers can query it cheaply).</summary>
public sealed record AggregationCandidate(int RequestId, string Reference, Regime Regime, DateOnly ReceivedOn, string? RequesterEmail);

public enum AggregationGround
{
    /// <summary>reg 5(1)(a): made by one person (the same email address).</summary>
    SameRequester,

    /// <summary>reg 5(1)(b): the officer linked the requests as made by different persons acting in concert or in pursuance of a campaign.</summary>
    LinkedByOfficer,
}

/// <summary>A request that may be aggregated with the current one, why, and how many working days the two span.</summary>
public sealed record AggregationMatch(AggregationCandidate Request, AggregationGround Ground, int WorkingDaySpan);

/// <summary>
/// FOIA Fees Regulations (SI 2004/3244) reg 5: requests for the same or similar information (the officer's judgement, recorded
/// when aggregating), by one person or by persons acting in concert or in pursuance of a campaign, received within any period
/// of 60 consecutive working days, may be aggregated. Never across regimes (FOIA, EIR, FOISA).
/// </summary>
public static class CostAggregation
{
    /// <summary>
    /// Aggregation is a rule of the FOIA Fees Regulations (SI 2004/3244 reg 5, made under FOIA s.12(4)). The EIR have no cost
    /// limit (the burden of related requests goes to reg 12(4)(b) instead) and the Scottish fees regulations (SSI 2004/467)
    /// make no provision for aggregating requests.
    /// </summary>
    public static bool AppliesTo(Regime regime) => regime == Regime.Foia;

    /// <summary>reg 5(2)(b): "any period of sixty consecutive working days".</summary>
    public const int WindowWorkingDays = 60;

    /// <summary>
    /// The number of working days in the shortest run of consecutive working days that contains both receipt dates,
    /// counting both ends. A date that is not a working day (a request emailed on a Saturday) is treated as received on
    /// the next working day, as for the s.10 clock. Same working day: 1; Monday and the next Tuesday: 2.
    /// </summary>
    public static int WorkingDaySpan(DateOnly receivedOn, DateOnly otherReceivedOn, WorkingDayCalendar calendar)
    {
        var first = FirstWorkingDayOnOrAfter(receivedOn <= otherReceivedOn ? receivedOn : otherReceivedOn, calendar);
        var last = FirstWorkingDayOnOrAfter(receivedOn <= otherReceivedOn ? otherReceivedOn : receivedOn, calendar);
        return calendar.WorkingDaysBetween(first, last) + 1;
    }

    /// <summary>Both receipt dates fall within one period of 60 consecutive working days: a span of 60 is within, 61 is not.</summary>
    public static bool WithinWindow(DateOnly receivedOn, DateOnly otherReceivedOn, WorkingDayCalendar calendar) =>
        WorkingDaySpan(receivedOn, otherReceivedOn, calendar) <= WindowWorkingDays;

    /// <summary>
    /// The candidates that may be aggregated with <paramref name="current"/>: same regime, received within the window, and
    /// either from the same email address (trimmed, case-insensitive) or linked by the officer (<paramref name="linkedRequestIds"/>).
    /// Ordered by receipt date, then reference. <paramref name="calendar"/> must be the calendar of the current request's regime.
    /// </summary>
    public static IReadOnlyList<AggregationMatch> Eligible(
        AggregationCandidate current,
        IEnumerable<AggregationCandidate> candidates,
        IReadOnlySet<int> linkedRequestIds,
        WorkingDayCalendar calendar)
    {
        var email = Normalise(current.RequesterEmail);
        var matches = new List<AggregationMatch>();
        foreach (var candidate in candidates)
        {
            if (candidate.RequestId == current.RequestId || candidate.Regime != current.Regime)
            {
                continue;
            }

            AggregationGround? ground =
                email is not null && string.Equals(email, Normalise(candidate.RequesterEmail), StringComparison.OrdinalIgnoreCase) ? AggregationGround.SameRequester
                : linkedRequestIds.Contains(candidate.RequestId) ? AggregationGround.LinkedByOfficer
                : null;
            if (ground is null)
            {
                continue;
            }

            var span = WorkingDaySpan(current.ReceivedOn, candidate.ReceivedOn, calendar);
            if (span <= WindowWorkingDays)
            {
                matches.Add(new AggregationMatch(candidate, ground.Value, span));
            }
        }

        return matches
            .OrderBy(m => m.Request.ReceivedOn)
            .ThenBy(m => m.Request.Reference, StringComparer.Ordinal)
            .ToList();
    }

    private static DateOnly FirstWorkingDayOnOrAfter(DateOnly date, WorkingDayCalendar calendar) =>
        calendar.IsWorkingDay(date) ? date : calendar.AddWorkingDays(date, 1);

    private static string? Normalise(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();
}

/// <summary>One request's estimate within an aggregation.</summary>
public sealed record AggregatedPart(string Reference, CostEstimate Estimate);

/// <summary>
/// reg 5(2): the estimated cost of complying with aggregated requests is the total of the estimates for each of them.
/// All parts must be under one regime.
/// </summary>
public sealed class AggregatedCostEstimate
{
    public AggregatedCostEstimate(IEnumerable<AggregatedPart> parts)
    {
        Parts = parts.ToList();
        if (Parts.Count == 0)
        {
            throw new ArgumentException("An aggregation needs at least one estimate.", nameof(parts));
        }

        Regime = Parts[0].Estimate.Regime;
        if (Parts.Any(p => p.Estimate.Regime != Regime))
        {
            // reg 5 aggregates requests under one regime only.
            throw new ArgumentException("Estimates under different regimes cannot be aggregated.", nameof(parts));
        }
    }

    public IReadOnlyList<AggregatedPart> Parts { get; }

    public Regime Regime { get; }

    public long TotalMinutes => Parts.Sum(p => p.Estimate.TotalMinutes);

    public string TotalHours => CostFigures.Hours(TotalMinutes);

    /// <summary>reg 5(2): the total of each request's estimate, each line at its own rate (FOISA: the staff member's hourly cost up to £15, SSI 2004/467 reg 3).</summary>
    public decimal Cost(AppropriateLimit limit) => CostTimesSixty(limit) / 60m;

    /// <summary>Exact money test: for FOIA (one rate) the same as comparing minutes; for FOISA each line's own rate, not a flat £15.</summary>
    public bool ExceedsLimit(AppropriateLimit limit) => CheckRegime(limit).IsExceededByCostTimesSixty(CostTimesSixty(limit));

    private decimal CostTimesSixty(AppropriateLimit limit) => Parts.Sum(p => p.Estimate.CostTimesSixty(CheckRegime(limit)));

    private AppropriateLimit CheckRegime(AppropriateLimit limit) =>
        limit.Regime == Regime ? limit : throw new ArgumentException($"The limit is for {limit.Regime} but the estimates are for {Regime}.", nameof(limit));
}
