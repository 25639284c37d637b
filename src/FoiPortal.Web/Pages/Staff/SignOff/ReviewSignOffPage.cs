using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.SignOff;

/// <summary>What the manager reviews: a pending cost decision, or a case's pending exemption decisions with the whole s.17 notice.</summary>
public static class ReviewSignOffPage
{
    /// <summary>The route's part: "cost" (or none, the first address of a cost decision) or "exemptions".</summary>
    public static SignOffPart? ParsePart(string? part) => part switch
    {
        null or "cost" => SignOffPart.CostDecision,
        "exemptions" => SignOffPart.ExemptionDecisions,
        _ => null,
    };

    /// <param name="Id">The cost decision's id, or the request's id for exemption decisions.</param>
    public sealed record Query(SignOffPart Part, int Id) : IQuery<Model?>;

    /// <param name="Cost">Set for <see cref="SignOffPart.CostDecision"/>.</param>
    /// <param name="Exemptions">Set for <see cref="SignOffPart.ExemptionDecisions"/>, with the catalogue and the notice they produce.</param>
    public sealed record Model(
        SignOffPart Part,
        int RequestId,
        string Reference,
        string Title,
        DateOnly DueOn,
        Guid Version,
        CostSignOff.Item? Cost,
        ExemptionSignOff.Item? Exemptions,
        ExemptionCatalogue? Catalogue,
        RefusalNotice? Notice,
        string? NoticeProblem)
    {
        public string PartName => Part == SignOffPart.CostDecision ? "Cost decision" : "Exemption decisions";

        /// <summary>Where the form posts: the page's own address.</summary>
        public string Address => Part == SignOffPart.CostDecision ? $"/staff/sign-off/{Cost!.DecisionId}" : $"/staff/sign-off/exemptions/{RequestId}";
    }

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues, IOptions<AuthorityOptions> authority) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.Part == SignOffPart.CostDecision)
            {
                if ((await CostSignOff.LoadAsync(db, query.Id, cancellationToken)).SingleOrDefault() is not { } cost)
                {
                    return null;
                }

                var version = await db.Requests.Where(r => r.Id == cost.RequestId).Select(r => r.Version).SingleAsync(cancellationToken);
                return new Model(query.Part, cost.RequestId, cost.Reference, cost.Title, cost.DueOn, version, cost, null, null, null, null);
            }

            if ((await ExemptionSignOff.LoadAsync(db, query.Id, cancellationToken)).SingleOrDefault() is not { } exemptions)
            {
                return null;
            }

            var catalogue = await catalogues.GetAsync(cancellationToken);
            var (notice, problem) = ExemptionDecisions.Compose(exemptions.All, catalogue, exemptions.Regime, authority.Value);
            return new Model(
                query.Part, exemptions.RequestId, exemptions.Reference, exemptions.Title, exemptions.DueOn, exemptions.Version, null, exemptions, catalogue, notice, problem);
        }
    }
}
