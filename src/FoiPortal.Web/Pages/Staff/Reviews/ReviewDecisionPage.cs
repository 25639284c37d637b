using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Reviews;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>What the new-decision page shows: the question, its original decisions (kept on record), the review's new decision and the provisions to choose from.</summary>
public static class ReviewDecisionPage
{
    public sealed record Query(int ReviewId, int QuestionNumber) : IQuery<Model?>;

    public sealed record Model(
        ReviewDetails.Model Review,
        ReviewDetails.Question Question,
        IReadOnlyList<ExemptionDecision> Originals,
        ExemptionDecision? Current,
        IReadOnlyList<ExemptionEntry> Choices,
        ExemptionCatalogue Catalogue);

    public sealed class Handler(FoiDbContext db, IMediator mediator, IExemptionCatalogueSource catalogues) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await mediator.Send(new ReviewDetails.Query(query.ReviewId), cancellationToken) is not { } details
                || details.Questions.FirstOrDefault(q => q.Number == query.QuestionNumber) is not { } question)
            {
                return null;
            }

            var review = await db.InternalReviews.AsNoTracking().SingleAsync(v => v.Id == query.ReviewId, cancellationToken);
            var decisions = await ReviewDecisionStore.LoadAsync(db, review, cancellationToken, tracked: false);
            var catalogue = await catalogues.GetAsync(cancellationToken);
            return new Model(
                details,
                question,
                await ReviewDecisionStore.OriginalsAsync(db, details.RequestId, query.QuestionNumber, cancellationToken),
                decisions.For(query.QuestionNumber),
                [.. catalogue.For(details.Regime).Where(e => e.Kind == EntryKind.Exemption)],
                catalogue);
        }
    }
}
