using FoiPortal.Core.Data;
using FoiPortal.Core.Retention;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Retention;

/// <summary>What the retention page shows: the schedule, what the job will purge in the next 30 days, the holds, the history.</summary>
public static class RetentionOverview
{
    public const int HistoryRows = 100;

    public sealed record Query : IQuery<Model>;

    public sealed record Upcoming(int Id, string Reference, DateOnly LastActionOn, RetentionRule Rule, DateOnly DueOn);

    public sealed record Hold(int Id, string Reference, string Reason, string By, DateTime SinceUtc);

    public sealed record History(string Reference, RetentionAction Action, string Rule, string Actor, DateTime AtUtc);

    public sealed record Model(
        RetentionSchedule Schedule,
        string? UpdatedBy,
        DateTime? UpdatedAtUtc,
        DateOnly Today,
        IReadOnlyList<Upcoming> DueSoon,
        IReadOnlyList<Hold> Holds,
        IReadOnlyList<History> Recent)
    {
        public static Model Empty { get; } = new(RetentionSchedule.Default, null, null, default, [], [], []);
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var until = today.AddDays(RetentionSchedule.LookAheadDays);
            var settings = await db.RetentionSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == RetentionSettings.SingletonId, cancellationToken);
            var schedule = settings?.Schedule ?? RetentionSchedule.Default;

            var dueSoon = new List<Upcoming>();
            var afterId = 0;
            while (true)
            {
                var batch = await RetentionPurgeJob.CandidatesAsync(db, schedule, until, afterId, 500, cancellationToken);
                foreach (var (id, reference, facts) in batch)
                {
                    if (schedule.DueOn(facts) is { } due && due <= until)
                    {
                        var rule = RetentionSchedule.RuleFor(facts.RegulatorInvolved);
                        dueSoon.Add(new Upcoming(id, reference, RetentionSchedule.LastActionOn(facts.ReceivedOn, facts.LatestTimelineEntryUtc), rule, due));
                    }
                }

                if (batch.Count < 500)
                {
                    break;
                }

                afterId = batch[^1].Id;
            }

            var holds = await db.Requests.AsNoTracking()
                .Where(r => r.LegalHoldReason != null)
                .OrderBy(r => r.Reference)
                .Select(r => new Hold(r.Id, r.Reference, r.LegalHoldReason!, r.LegalHoldBy ?? string.Empty, r.LegalHoldSinceUtc ?? DateTime.MinValue))
                .ToListAsync(cancellationToken);
            var recent = await db.RetentionRecords.AsNoTracking()
                .OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id)
                .Take(HistoryRows)
                .Select(r => new History(r.Reference, r.Action, r.Rule, r.Actor, r.AtUtc))
                .ToListAsync(cancellationToken);
            return new Model(schedule, settings?.UpdatedBy, settings?.UpdatedAtUtc, today, dueSoon.OrderBy(d => d.DueOn).ThenBy(d => d.Reference).ToList(), holds, recent);
        }
    }
}
