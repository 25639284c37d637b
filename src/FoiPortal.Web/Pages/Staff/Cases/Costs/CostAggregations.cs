using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>Reads the requests aggregated with a case (SI 2004/3244 reg 5) and those that could be, for every page that shows them.</summary>
public static class CostAggregations
{
    /// <summary>Candidates are searched this far either side of the receipt date: 60 working days never span more than about 90 calendar days.</summary>
    private const int SearchCalendarDays = 120;

    /// <summary>A request aggregated with the case, with its own estimate.</summary>
    public sealed record Partner(
        int LinkId,
        int RequestId,
        string Reference,
        string Title,
        RequestStatus Status,
        DateOnly ReceivedOn,
        AggregationGround Ground,
        string SimilarInformation,
        string? ConcertReason,
        string AggregatedBy,
        DateTime AggregatedAtUtc,
        CostEstimate Estimate);

    /// <summary>A request that could be aggregated with the case.</summary>
    public sealed record Candidate(int RequestId, string Reference, string Title, RequestStatus Status, DateOnly ReceivedOn, AggregationGround Ground, int WorkingDaySpan);

    public static async Task<IReadOnlyList<Partner>> PartnersAsync(FoiDbContext db, int requestId, CancellationToken ct)
    {
        var links = await db.CostAggregationLinks.AsNoTracking()
            .Where(l => l.RequestId == requestId || l.OtherRequestId == requestId)
            .OrderBy(l => l.Id)
            .ToListAsync(ct);
        if (links.Count == 0)
        {
            return [];
        }

        var ids = links.Select(l => l.PartnerOf(requestId)).ToList();
        var requests = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Reference, r.Title, r.Status, r.ReceivedOn, r.Regime })
            .ToDictionaryAsync(r => r.Id, ct);
        var estimates = await db.CostEstimates.AsNoTracking().Include(e => e.Lines).Where(e => ids.Contains(e.FoiRequestId)).ToDictionaryAsync(e => e.FoiRequestId, ct);
        return links.Select(l =>
        {
            var r = requests[l.PartnerOf(requestId)];
            return new Partner(
                l.Id, r.Id, r.Reference, r.Title, r.Status, r.ReceivedOn, l.Ground, l.SimilarInformation, l.ConcertReason, l.AggregatedBy, l.AggregatedAtUtc,
                estimates.GetValueOrDefault(r.Id) ?? new CostEstimate(r.Id, r.Regime));
        }).ToList();
    }

    /// <summary>The estimate of the case with those of its partners (reg 5(2)); null when nothing is aggregated.</summary>
    public static AggregatedCostEstimate? Combine(string reference, CostEstimate estimate, IReadOnlyList<Partner> partners) =>
        partners.Count == 0
            ? null
            : new AggregatedCostEstimate([new AggregatedPart(reference, estimate), .. partners.Select(p => new AggregatedPart(p.Reference, p.Estimate))]);

    /// <summary>The combined estimate of the partners received within one period of 60 consecutive working days with the case, and the check of the whole set.</summary>
    public sealed record Combination(AggregatedCostEstimate? Combined, AggregationPeriodCheck? Period)
    {
        /// <summary>reg 5(2)(b): why the whole set cannot be aggregated; null when it can (or nothing is aggregated).</summary>
        public string? Problem => Period?.Problem;
    }

    /// <summary>
    /// reg 5(2)(b): the whole set must fit one period of 60 consecutive working days. When it does not, only the largest set
    /// that fits (with this request) is combined, and <see cref="Combination.Problem"/> says which requests fall outside.
    /// </summary>
    public static async Task<Combination> CombineAsync(
        ICalendarSource calendars, int requestId, string reference, Regime regime, DateOnly receivedOn, CostEstimate estimate, IReadOnlyList<Partner> partners, CancellationToken ct)
    {
        if (partners.Count == 0)
        {
            return new Combination(null, null);
        }

        var calendar = await calendars.ForRegimeAsync(regime, ct);
        var period = AggregationPeriod.Check(
            new AggregationCandidate(requestId, reference, regime, receivedOn, null),
            partners.Select(p => new AggregationCandidate(p.RequestId, p.Reference, regime, p.ReceivedOn, null)),
            calendar);
        var inPeriod = period.LargestSetThatFits.Select(r => r.RequestId).ToHashSet();
        return new Combination(Combine(reference, estimate, partners.Where(p => inPeriod.Contains(p.RequestId)).ToList()), period);
    }

    /// <summary>Requests from the same email address under the same regime within 60 working days that are not yet aggregated with the case.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1304", Justification = "EF translates ToLower/ToUpper to SQL; no culture applies.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1311", Justification = "EF translates ToLower/ToUpper to SQL; no culture applies.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "string.Equals with a comparison is not translated by EF.")]
    public static async Task<IReadOnlyList<Candidate>> CandidatesAsync(
        FoiDbContext db, int requestId, ICalendarSource calendars, IReadOnlyList<Partner> partners, CancellationToken ct)
    {
        var current = await db.Requests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new AggregationCandidate(r.Id, r.Reference, r.Regime, r.ReceivedOn, r.Requester.Email))
            .SingleOrDefaultAsync(ct);
        if (current is null || !CostAggregation.AppliesTo(current.Regime) || string.IsNullOrWhiteSpace(current.RequesterEmail))
        {
            return [];
        }

        var email = current.RequesterEmail.Trim().ToLowerInvariant();
        var from = current.ReceivedOn.AddDays(-SearchCalendarDays);
        var to = current.ReceivedOn.AddDays(SearchCalendarDays);
        var aggregated = partners.Select(p => p.RequestId).ToHashSet();
        var rows = await db.Requests.AsNoTracking()
            .Where(r => r.Id != requestId && r.Regime == current.Regime && r.ReceivedOn >= from && r.ReceivedOn <= to && r.Requester.Email.ToLower() == email)
            .Select(r => new { Candidate = new AggregationCandidate(r.Id, r.Reference, r.Regime, r.ReceivedOn, r.Requester.Email), r.Title, r.Status })
            .ToListAsync(ct);
        var calendar = await calendars.ForRegimeAsync(current.Regime, ct);
        var details = rows.ToDictionary(r => r.Candidate.RequestId);
        return CostAggregation.Eligible(current, rows.Select(r => r.Candidate), new HashSet<int>(), calendar)
            .Where(m => !aggregated.Contains(m.Request.RequestId))
            .Select(m => new Candidate(
                m.Request.RequestId, m.Request.Reference, details[m.Request.RequestId].Title, details[m.Request.RequestId].Status, m.Request.ReceivedOn, m.Ground, m.WorkingDaySpan))
            .ToList();
    }
}

/// <summary>What the case page says about aggregation: the requests aggregated with it and how many more could be.</summary>
public static class AggregationSummary
{
    public sealed record Query(int RequestId) : Mediator.IQuery<Model>;

    public sealed record Model(IReadOnlyList<(int RequestId, string Reference)> Aggregated, int Candidates);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars) : Mediator.IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var partners = await CostAggregations.PartnersAsync(db, query.RequestId, cancellationToken);
            var candidates = await CostAggregations.CandidatesAsync(db, query.RequestId, calendars, partners, cancellationToken);
            return new Model(partners.Select(p => (p.RequestId, p.Reference)).ToList(), candidates.Count);
        }
    }
}
