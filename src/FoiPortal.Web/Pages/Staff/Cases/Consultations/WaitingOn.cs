using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>The queue's view of consultations (issue 18): which cases wait on an answer, and from whom.</summary>
public static class WaitingOn
{
    /// <summary>The query-string value of the queue filter "Waiting on a consultation" (<c>waiting=consultation</c>).</summary>
    public const string FilterValue = "consultation";

    /// <param name="Overdue">By the tasks' one definition (<see cref="ConsultationTask.IsOverdue"/>).</param>
    public sealed record Entry(string Name, bool Overdue);

    /// <summary>Only the cases with a task still waiting for an answer.</summary>
    public static IQueryable<FoiRequest> Filter(FoiDbContext db, IQueryable<FoiRequest> requests)
    {
        var waiting = db.ConsultationTasks.Where(ConsultationTask.Waiting);
        return requests.Where(r => waiting.Any(t => t.FoiRequestId == r.Id));
    }

    /// <summary>For a page of the queue: who each case waits on, overdue first.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<Entry>>> ForAsync(FoiDbContext db, IReadOnlyCollection<int> requestIds, DateOnly today, CancellationToken cancellationToken)
    {
        var tasks = await db.ConsultationTasks.AsNoTracking().Where(ConsultationTask.Waiting).Where(t => requestIds.Contains(t.FoiRequestId))
            .ToListAsync(cancellationToken);
        return tasks.GroupBy(t => t.FoiRequestId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Entry>)g.GroupBy(t => t.RecipientName).Select(n => new Entry(n.Key, n.Any(t => t.IsOverdue(today))))
                .OrderByDescending(e => e.Overdue).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }
}
