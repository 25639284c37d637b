using FoiPortal.Core.Data;
using FoiPortal.Core.Retention;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Retention;

/// <summary>The case page's retention box: a hold, the data's removal, or when the schedule will purge it.</summary>
public static class CaseRetentionPanel
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(string? HoldReason, string? HoldBy, DateTime? HoldSinceUtc, DateTime? RemovedAtUtc, DateOnly? PurgeDueOn, RetentionRule Rule);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().Include(r => r.Events).SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken);
            if (request is null)
            {
                return null;
            }

            var regulator = await PersonalDataRemoval.RegulatorInvolvedAsync(db, request.Id, cancellationToken);
            var schedule = await RetentionPurgeJob.ScheduleAsync(db, cancellationToken);
            return new Model(
                request.LegalHoldReason,
                request.LegalHoldBy,
                request.LegalHoldSinceUtc,
                request.PersonalDataRemovedAtUtc,
                schedule.DueOn(request.RetentionFacts(regulator)),
                RetentionSchedule.RuleFor(regulator));
        }
    }
}
