using FoiPortal.Core.Data;
using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>
/// The work queue's "Regulator" view (/staff/cases?view=regulator): cases with an open complaint to the regulator
/// (waiting for a decision, or with a deadline still to come), soonest regulator deadline first, those with none last.
/// "Still to come" is <see cref="RegulatorDeadline.PendingOn"/>; due soon and overdue are <see cref="RegulatorDeadline.StateOn"/>.
/// </summary>
public static class RegulatorQueue
{
    /// <summary>The next regulator deadline of one listed case: what it is, its date (none while only a decision is awaited), and its status.</summary>
    public sealed record Next(string Label, DateOnly? On, DeadlineState State);

    /// <summary>The requests among <paramref name="requests"/> with an open complaint (SQL: Id IN (open complaints' request ids)).</summary>
    public static IQueryable<FoiRequest> Open(IQueryable<FoiRequest> requests, FoiDbContext db, DateOnly today)
    {
        var pending = RegulatorDeadline.PendingOn(today);
        var open = db.RegulatorComplaints
            .Where(c => c.Stage == ComplaintStage.AwaitingDecision || c.Deadlines.AsQueryable().Any(pending))
            .Select(c => c.FoiRequestId);
        return requests.Where(r => open.Contains(r.Id));
    }

    /// <summary>Soonest pending regulator deadline first; cases with none (a decision awaited, no dates set) last.</summary>
    public static IOrderedQueryable<FoiRequest> ByNextDeadline(IQueryable<FoiRequest> requests, FoiDbContext db, DateOnly today)
    {
        var pending = db.RegulatorDeadlines.Where(RegulatorDeadline.PendingOn(today));
        return requests
            .OrderBy(r => pending.Where(d => db.RegulatorComplaints.Any(c => c.Id == d.RegulatorComplaintId && c.FoiRequestId == r.Id)).Min(d => (DateOnly?)d.DueOn) ?? DateOnly.MaxValue)
            .ThenBy(r => r.Reference);
    }

    /// <summary>The next regulator deadline of each listed case, classified on its regime's calendar.</summary>
    public static async Task<IReadOnlyDictionary<int, Next>> NextAsync(FoiDbContext db, IReadOnlyCollection<int> requestIds, DateOnly today, ICalendarSource calendars, CancellationToken cancellationToken)
    {
        var complaints = await db.RegulatorComplaints.AsNoTracking().Include(c => c.Deadlines)
            .Where(c => requestIds.Contains(c.FoiRequestId)).ToListAsync(cancellationToken);
        var result = new Dictionary<int, Next>();
        foreach (var byRequest in complaints.Where(c => c.IsOpenOn(today)).GroupBy(c => c.FoiRequestId))
        {
            var next = byRequest.Select(c => (Complaint: c, Deadline: c.NextDeadline(today)))
                .OrderBy(x => x.Deadline?.DueOn ?? DateOnly.MaxValue).First();
            if (next.Deadline is { } deadline)
            {
                var calendar = await calendars.ForRegimeAsync(next.Complaint.Regime, cancellationToken);
                result[byRequest.Key] = new Next(deadline.Label, deadline.DueOn, deadline.StateOn(today, calendar));
            }
            else
            {
                result[byRequest.Key] = new Next($"Waiting for the {next.Complaint.Regulator.Name()}'s decision", null, DeadlineState.OnTime);
            }
        }

        return result;
    }
}
