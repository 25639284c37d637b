using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>The estimate page's data (also shown by the decision page): lines, totals, the limit, the verdict and the decision in force.</summary>
public static class CostEstimatePage
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(
        CaseHeader Header,
        CostEstimate Estimate,
        AppropriateLimit Limit,
        string Verdict,
        bool Exceeds,
        bool DeterminingWhetherHeldAloneExceeds,
        string? WhyNotEditable,
        LatestDecision? Decision,
        IReadOnlyList<CostAggregations.Partner> Partners,
        AggregatedCostEstimate? Combined,
        string? AggregationProblem = null) : CasePage(Header)
    {
        public IReadOnlyList<CaseQuestion> Questions => Header.Questions;
    }

    /// <summary>The decision in force, so an officer sees a manager's comment on a returned refusal.</summary>
    public sealed record LatestDecision(CostOutcome Outcome, bool GoodwillDisclosure, SignOffState SignOff, string DecidedBy, string? ReviewedBy, string? ReviewComment);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, IOptions<AuthorityOptions> authority) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await CaseHeader.LoadAsync(db, query.Id, cancellationToken) is not { } header)
            {
                return null;
            }

            var estimate = await CostLimits.LoadAsync(db, header.Id, header.Regime, cancellationToken);
            var limit = CostLimits.For(estimate.Regime, authority.Value);
            var decision = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == header.Id).OrderByDescending(d => d.Id)
                .Select(d => new LatestDecision(d.Outcome, d.GoodwillDisclosure, d.SignOff.State, d.DecidedBy, d.SignOff.ReviewedBy, d.SignOff.Comment))
                .FirstOrDefaultAsync(cancellationToken);
            var partners = await CostAggregations.PartnersAsync(db, header.Id, cancellationToken);
            var combination = await CostAggregations.CombineAsync(calendars, header.Id, header.Reference, header.Regime, header.ReceivedOn, estimate, partners, cancellationToken);
            var combined = combination.Combined;
            return new Model(
                header, estimate, limit, CostLimits.Verdict(estimate, limit, combined), combined?.ExceedsLimit(limit) ?? (limit.HasLimit && estimate.Assess(limit).AnyRefused),
                estimate.DeterminingWhetherHeldAloneExceeds(limit), CaseSteps.WhyNotEditable(CaseStep.CostEstimate, header.Status), decision, partners, combined, combination.Problem);
        }
    }
}
