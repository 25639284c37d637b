using System.Globalization;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Retention;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// Daily: removes the personal data of every case the retention schedule says is due (UK GDPR Art 5(1)(e);
/// <see cref="RetentionSchedule"/>, docs/adr/018), in batches of <see cref="BatchSize"/> cases, each case in its own
/// transaction. Idempotent and safe on several nodes: a case already purged is skipped by the query and by the aggregate,
/// and the request's version (a concurrency token) makes the second of two nodes purging the same case save nothing.
/// Restartable: a run stopped half way leaves each case either purged (and recorded) or untouched.
/// </summary>
public sealed class RetentionPurgeJob(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<RetentionPurgeJob> logger) : BackgroundService
{
    /// <summary>Off in the web tests (they run the purge themselves with a fake clock); on everywhere else.</summary>
    public const string EnabledSetting = "Retention:PurgeJobEnabled";

    /// <summary>The first run waits a while after start, so a node restarting in a loop does not purge at every start.</summary>
    public static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    public const int DefaultBatchSize = 50;

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>The schedule in force: the admin's, or the default until an admin saves one.</summary>
    public static async Task<RetentionSchedule> ScheduleAsync(FoiDbContext db, CancellationToken cancellationToken) =>
        await db.RetentionSettings.AsNoTracking().Where(s => s.Id == RetentionSettings.SingletonId)
            .Select(s => new RetentionSchedule(s.CaseYears, s.RegulatorYears)).FirstOrDefaultAsync(cancellationToken)
        ?? RetentionSchedule.Default;

    /// <summary>
    /// Closed, not held, not yet purged cases whose last action is old enough for the shorter period, with the facts the
    /// schedule decides on. <paramref name="afterId"/> pages through them (keyset); the schedule then decides each one.
    /// </summary>
    public static async Task<IReadOnlyList<(int Id, string Reference, CaseRetentionFacts Facts)>> CandidatesAsync(
        FoiDbContext db, RetentionSchedule schedule, DateOnly until, int afterId, int take, CancellationToken cancellationToken)
    {
        var cutoff = schedule.CandidateCutoffUtc(until);
        var open = FoiRequest.OpenStatuses.ToList();
        var rows = await db.Requests.AsNoTracking()
            .Where(r => r.Id > afterId && r.PersonalDataRemovedAtUtc == null && r.LegalHoldReason == null && !open.Contains(r.Status))
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.ReceivedOn,
                r.Status,
                Latest = r.Events.Max(e => (DateTime?)e.AtUtc),
                Regulator = db.RegulatorComplaints.Any(c => c.FoiRequestId == r.Id),
            })
            .Where(r => (r.Latest ?? DateTime.MinValue) < cutoff)
            .OrderBy(r => r.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.Reference, new CaseRetentionFacts(r.ReceivedOn, r.Latest, r.Regulator, IsOpen: false, OnHold: false, AlreadyPurged: false))).ToList();
    }

    /// <summary>Purges what is due today (UK date); returns how many cases were purged by this run.</summary>
    public async Task<int> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = UkLocalDate.FromInstant(now);
        RetentionSchedule schedule;
        await using (var scope = scopes.CreateAsyncScope())
        {
            schedule = await ScheduleAsync(scope.ServiceProvider.GetRequiredService<FoiDbContext>(), cancellationToken);
        }

        var purged = 0;
        var afterId = 0;
        while (true)
        {
            IReadOnlyList<(int Id, string Reference, CaseRetentionFacts Facts)> batch;
            await using (var scope = scopes.CreateAsyncScope())
            {
                batch = await CandidatesAsync(scope.ServiceProvider.GetRequiredService<FoiDbContext>(), schedule, today, afterId, BatchSize, cancellationToken);
            }

            foreach (var (id, _, facts) in batch.Where(c => schedule.IsDue(c.Facts, today)))
            {
                if (await PurgeOneAsync(id, schedule, facts, now, cancellationToken))
                {
                    purged++;
                }
            }

            if (batch.Count < BatchSize)
            {
                break;
            }

            afterId = batch[^1].Id;
        }

        if (purged > 0)
        {
            // The case search indexed the names and emails just removed: its triggers replaced those rows at once, and
            // merging the index removes the old words from its storage too (docs/adr/020).
            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<Pages.Staff.Cases.ICaseSearch>().CompactAsync(cancellationToken);
            }

            logger.LogInformation("Retention: removed the personal data of {Count} cases", purged);
        }

        return purged;
    }

    private async Task<bool> PurgeOneAsync(int id, RetentionSchedule schedule, CaseRetentionFacts facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.Requests.Include(r => r.Events).FirstAsync(r => r.Id == id, cancellationToken);
        // Decided again on the loaded case: a hold placed or an action taken since the query wins.
        var current = request.RetentionFacts(facts.RegulatorInvolved);
        if (!schedule.IsDue(current, UkLocalDate.FromInstant(now)))
        {
            return false;
        }

        var rule = RetentionSchedule.RuleFor(current.RegulatorInvolved);
        var lastAction = RetentionSchedule.LastActionOn(current.ReceivedOn, current.LatestTimelineEntryUtc);
        var why = string.Create(
            CultureInfo.InvariantCulture,
            $"{(rule == RetentionRule.RegulatorOrTribunal ? "regulator or tribunal case" : "case file")}, {schedule.YearsFor(rule)} years after the last action on {lastAction.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        try
        {
            if (!await PersonalDataRemoval.RemoveAsync(db, request, RetentionAction.Purged, why, RetentionRecord.JobActor, now, cancellationToken))
            {
                return false;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node purged (or changed) this case first: its work stands, ours is rolled back.
            logger.LogInformation("Retention: request {RequestId} changed while being purged; left for the next run", id);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledSetting, true))
        {
            return;
        }

        await Task.Delay(FirstRunDelay, time, stoppingToken);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await PurgeDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention purge failed; will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
