using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// What on a request still needs a manager: the cost decision in force (the latest) when it is a refusal not yet
/// approved, and every exemption decision on a sensitive provision or NCND not yet approved (issue 5). A returned item
/// is still outstanding: it needs the officer and then the manager again. The request itself moves through
/// <see cref="FoiRequest.SubmitForSignOff"/> and <see cref="FoiRequest.RecordApproval"/>, which take these counts.
/// Counts read the database: save tracked changes first (handlers run in one transaction, so that is safe).
/// </summary>
public static class SignOffStatus
{
    /// <summary>How many sign-offs are outstanding on the request (pending or returned).</summary>
    public static async Task<int> OutstandingAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken)
    {
        var cost = await LatestCostSignOffAsync(db, requestId, cancellationToken) is SignOffState.Pending or SignOffState.Returned ? 1 : 0;
        var exemptions = await db.ExemptionDecisions
            .CountAsync(d => d.FoiRequestId == requestId && (d.SignOff == SignOffState.Pending || d.SignOff == SignOffState.Returned), cancellationToken);
        return cost + exemptions;
    }

    /// <summary>
    /// True when every sign-off the request needs has been given (or none was needed): the check before a response
    /// may be sent.
    /// </summary>
    public static async Task<bool> AllApprovedAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken) =>
        await OutstandingAsync(db, requestId, cancellationToken) == 0;

    /// <summary>
    /// The officer sends the case to a manager with everything outstanding: exemption decisions a manager returned go
    /// back as they are (the officer has removed or replaced those that needed changing). A returned cost decision
    /// must be replaced by a new one first. Starts or resumes work as needed. Save tracked changes before calling.
    /// </summary>
    public static async Task SubmitAsync(FoiDbContext db, FoiRequest request, string officer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await LatestCostSignOffAsync(db, request.Id, cancellationToken) == SignOffState.Returned)
        {
            throw new DomainException("A manager returned the cost decision: make a new cost decision before sending the case for sign-off");
        }

        var waiting = await db.ExemptionDecisions
            .Where(d => d.FoiRequestId == request.Id && (d.SignOff == SignOffState.Pending || d.SignOff == SignOffState.Returned))
            .ToListAsync(cancellationToken);
        foreach (var decision in waiting)
        {
            decision.Resubmit();
        }

        var outstanding = waiting.Count + (await LatestCostSignOffAsync(db, request.Id, cancellationToken) == SignOffState.Pending ? 1 : 0);
        if (request.Status == RequestStatus.Received)
        {
            request.StartWork(officer, at);
        }
        else if (request.Status == RequestStatus.Returned)
        {
            request.Resume(officer, at);
        }

        request.SubmitForSignOff(officer, at, outstanding);
    }

    private static Task<SignOffState?> LatestCostSignOffAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken) =>
        db.CostDecisions.Where(d => d.FoiRequestId == requestId).OrderByDescending(d => d.Id).Select(d => (SignOffState?)d.SignOff).FirstOrDefaultAsync(cancellationToken);
}
