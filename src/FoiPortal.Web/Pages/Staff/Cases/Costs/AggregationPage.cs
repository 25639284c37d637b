using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>The aggregation page's data (SI 2004/3244 reg 5): the requests aggregated, the candidates and the combined estimate.</summary>
public static class AggregationPage
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(
        CaseHeader Header,
        bool Applies,
        string? WhyNotEditable,
        CostEstimate Estimate,
        AppropriateLimit Limit,
        IReadOnlyList<CostAggregations.Partner> Partners,
        IReadOnlyList<CostAggregations.Candidate> Candidates,
        AggregatedCostEstimate? Combined,
        string? AggregationProblem = null) : CasePage(Header)
    {
        public DateOnly ReceivedOn => Header.ReceivedOn;

        /// <summary>"Aggregated estimate: 200.0 hours. This exceeds the appropriate limit of £450 (18.0 hours)."</summary>
        public string? Verdict => Combined is { } c && Limit.MaxMinutes is { } max && Limit.Amount is { } amount
            ? $"Aggregated estimate: {CostFigures.HoursWithUnit(c.TotalMinutes)}. This {(c.ExceedsLimit(Limit) ? "exceeds" : "is within")} the appropriate limit of {CostFigures.Money(amount)} ({CostFigures.HoursWithUnit(max)})."
            : null;
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, IOptions<AuthorityOptions> authority) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await CaseHeader.LoadAsync(db, query.Id, cancellationToken) is not { } header)
            {
                return null;
            }

            var estimate = await CostLimits.LoadAsync(db, header.Id, header.Regime, cancellationToken);
            var partners = await CostAggregations.PartnersAsync(db, header.Id, cancellationToken);
            var candidates = await CostAggregations.CandidatesAsync(db, header.Id, calendars, partners, cancellationToken);
            var combination = await CostAggregations.CombineAsync(calendars, header.Id, header.Reference, header.Regime, header.ReceivedOn, estimate, partners, cancellationToken);
            return new Model(
                header, CostAggregation.AppliesTo(header.Regime), CaseSteps.WhyNotEditable(CaseStep.CostEstimate, header.Status), estimate, CostLimits.For(header.Regime, authority.Value),
                partners, candidates, combination.Combined, combination.Problem);
        }
    }
}
