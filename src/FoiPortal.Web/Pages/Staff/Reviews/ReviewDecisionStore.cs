using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>
/// Reads a review's new decisions (beside the original ones, which the query filter <see cref="ReviewDecisions.OriginalOnlyFilter"/>
/// shows everywhere else) and which questions the original response refused. The rules are Core's.
/// </summary>
public static class ReviewDecisionStore
{
    /// <summary>The review's new decisions with their citations; tracked unless <paramref name="tracked"/> is false.</summary>
    public static async Task<ReviewDecisions> LoadAsync(FoiDbContext db, InternalReview review, CancellationToken cancellationToken, bool tracked = true)
    {
        var query = db.ExemptionDecisions.IgnoreQueryFilters([ReviewDecisions.OriginalOnlyFilter]).Include(d => d.Citations)
            .Where(d => d.InternalReviewId == review.Id);
        var decisions = await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        return new ReviewDecisions(review, decisions, await RefusedQuestionsAsync(db, review.FoiRequestId, review.Questions.Count, cancellationToken));
    }

    /// <summary>The original decisions on one question, for the reviewer to see what they are changing.</summary>
    public static Task<List<ExemptionDecision>> OriginalsAsync(FoiDbContext db, int requestId, int questionNumber, CancellationToken cancellationToken) =>
        db.ExemptionDecisions.AsNoTracking().Include(d => d.Citations)
            .Where(d => d.FoiRequestId == requestId && d.QuestionNumber == questionNumber).OrderBy(d => d.Id).ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<int>> RefusedQuestionsAsync(FoiDbContext db, int requestId, int questionCount, CancellationToken cancellationToken)
    {
        var originals = await db.ExemptionDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId).ToListAsync(cancellationToken);
        var cost = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId).OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        return ReviewDecisions.RefusedIn(originals, cost, questionCount);
    }
}
