using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Questions;

/// <summary>A case's working questions, the request as received when they differ, and whether they can be changed now.</summary>
public static class CaseQuestions
{
    public sealed record Query(int RequestId) : IQuery<Model?>;

    /// <param name="AsReceived">The request as received, when the working questions have changed; null while they have not.</param>
    /// <param name="WhyNot">Why the questions cannot be changed now (sent, with a manager), or null.</param>
    public sealed record Model(
        int RequestId, string Reference, string Title, Guid Version, IReadOnlyList<Question> Questions, IReadOnlyList<string>? AsReceived, string? WhyNot)
    {
        public Question? Find(int number) => Questions.FirstOrDefault(q => q.Number == number);
    }

    public sealed record Question(int Number, string Text);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == query.RequestId)
                .Select(x => new
                {
                    x.Id,
                    x.Reference,
                    x.Title,
                    x.Status,
                    x.Version,
                    Questions = x.Questions.OrderBy(q => q.Number).Select(q => new Question(q.Number, q.Text)).ToList(),
                    Received = x.ReceivedQuestions.OrderBy(q => q.Number).Select(q => q.Text).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return r is null
                ? null
                : new Model(
                    r.Id, r.Reference, r.Title, r.Version, r.Questions, r.Received.Count > 0 ? r.Received : null, CaseSteps.WhyNotEditable(CaseStep.Questions, r.Status));
        }
    }

    /// <summary>What is recorded against the case's questions, for <see cref="FoiRequest.SplitQuestion"/> and <see cref="FoiRequest.MergeQuestions"/>.</summary>
    public static async Task<QuestionRecords> RecordsAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken)
    {
        var decisions = await db.ExemptionDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId).ToListAsync(cancellationToken);
        var estimate = await db.CostEstimates.AsNoTracking().Include(e => e.Lines).SingleOrDefaultAsync(e => e.FoiRequestId == requestId, cancellationToken);
        // The cost decision in force is the latest: earlier ones were replaced.
        CostDecision? cost = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId).OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        return new QuestionRecords(requestId, decisions, estimate, cost);
    }

    /// <summary>The request with both question lists, loaded for a change at the version the officer saw (409 when stale).</summary>
    public static Task<FoiRequest> LoadForChangeAsync(FoiDbContext db, int requestId, Guid version, CancellationToken cancellationToken) =>
        Infrastructure.CaseConcurrency.LoadForChangeAsync(
            db, db.Requests.Include(r => r.Questions).Include(r => r.ReceivedQuestions).Include(r => r.Events).AsSplitQuery(), requestId, version, cancellationToken);
}
