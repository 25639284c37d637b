using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Departments;

/// <summary>The departments officers can consult (issue 18), active first, with how many tasks each is still to answer.</summary>
public static class Departments
{
    public sealed record Query : IQuery<IReadOnlyList<Row>>;

    public sealed record Row(int Id, string Name, IReadOnlyList<string> Addresses, bool IsActive, int Waiting);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var rows = await db.Departments.AsNoTracking()
                .OrderByDescending(d => d.IsActive).ThenBy(d => d.Name)
                .Select(d => new
                {
                    d.Id,
                    d.Name,
                    d.ContactEmails,
                    d.IsActive,
                    Waiting = db.ConsultationTasks.Count(t => t.DepartmentId == d.Id && t.State == ConsultationState.Sent),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Id, r.Name, Department.ParseEmails(r.ContactEmails), r.IsActive, r.Waiting)).ToList();
        }
    }
}
