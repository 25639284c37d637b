using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// Loads what the case counts: <see cref="CaseSignOffs"/> (the cost decision in force, the latest, and every exemption
/// decision), and who a reviewer is. The rules (what is outstanding and why, who may sign off, whether the case may be
/// sent) are Core's; this class only reads the database.
/// </summary>
public static class SignOffStatus
{
    /// <summary>
    /// The case's decisions, tracked, so a transition on <see cref="FoiRequest"/> changes them in the unit of work.
    /// <paramref name="newCostDecision"/> is a cost decision added in this unit of work and not saved yet: it is in force.
    /// </summary>
    public static async Task<CaseSignOffs> LoadAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken, CostDecision? newCostDecision = null)
    {
        var cost = newCostDecision
            ?? await db.CostDecisions.Where(d => d.FoiRequestId == requestId).OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        var exemptions = await db.ExemptionDecisions.Where(d => d.FoiRequestId == requestId).ToListAsync(cancellationToken);
        return new CaseSignOffs(requestId, cost, exemptions);
    }


    /// <summary>The member of staff as a reviewer, with their roles as the staff directory holds them now.</summary>
    public static async Task<SignOffReviewer> ReviewerAsync(FoiDbContext db, string userName, CancellationToken cancellationToken)
    {
        var roles = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.UserName == userName
                select role.Name!)
            .ToListAsync(cancellationToken);
        return SignOffReviewer.From(userName, roles);
    }
}
