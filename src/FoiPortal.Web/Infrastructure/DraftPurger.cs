using FoiPortal.Core.Data;
using FoiPortal.Core.Retention;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// Deletes request drafts a day after they were started (privacy notice): they hold personal data that
/// nobody needs once the request is sent or abandoned. Runs hourly; safe on several nodes (a plain DELETE).
/// </summary>
public sealed class DraftPurger(IServiceScopeFactory scopes, TimeProvider time, ILogger<DraftPurger> logger) : BackgroundService
{
    /// <summary>The schedule's one definition (<see cref="RetentionSchedule.DraftKeepFor"/>).</summary>
    public static readonly TimeSpan KeepFor = RetentionSchedule.DraftKeepFor;

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        var cutoff = RetentionSchedule.DraftCutoffUtc(time.GetUtcNow().UtcDateTime);
        var deleted = await db.RequestDrafts.Where(d => d.CreatedAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Purged {Count} request drafts older than a day", deleted);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Draft purge failed; will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
