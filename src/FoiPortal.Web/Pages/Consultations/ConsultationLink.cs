using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Consultations;

/// <summary>
/// What a consultation link shows: ONLY that task (the question, the request's questions it concerns as text, the due
/// date) while it can be answered; once answered, withdrawn or expired, only that, with no task content. Found by the
/// token's hash, then compared in constant time.
/// </summary>
public static class ConsultationLink
{
    public sealed record Query(string Token) : IQuery<Model?>;

    public sealed record Model(int TaskId, LinkState State, string Reference, string RecipientName, string Question, IReadOnlyList<ConsultationQuestion> Questions, DateOnly DueOn);

    public sealed class Handler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!ConsultationToken.LooksValid(query.Token))
            {
                return null;
            }

            var hash = ConsultationToken.Hash(query.Token);
            var task = await db.ConsultationTasks.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
            if (task is null || !ConsultationToken.Matches(task.TokenHash, query.Token))
            {
                return null;
            }

            var state = task.LinkOn(UkLocalDate.FromInstant(time.GetUtcNow()));
            if (state != LinkState.Open)
            {
                return new Model(task.Id, state, string.Empty, string.Empty, string.Empty, [], default);
            }

            var reference = await db.Requests.AsNoTracking().Where(r => r.Id == task.FoiRequestId).Select(r => r.Reference).SingleAsync(cancellationToken);
            return new Model(task.Id, state, reference, task.RecipientName, task.Question, task.Questions, task.DueOn);
        }
    }
}
