using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.TagHelpers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>What the "ask a department or third party" form offers: the case, its questions, active departments and colleagues.</summary>
public static class ConsultationForm
{
    public sealed record Query(int RequestId) : IQuery<Model?>;

    public sealed record Question(int Number, string Text);

    public sealed record Model(int RequestId, string Reference, string Title, bool IsOpen, DateOnly WorkingToOn, IReadOnlyList<Question> Questions, IReadOnlyList<SelectItem> Recipients);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().Include(r => r.Questions).SingleOrDefaultAsync(r => r.Id == query.RequestId, cancellationToken);
            if (request is null)
            {
                return null;
            }

            var departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
            var colleagues = await Colleagues.ListAsync(db, cancellationToken);
            List<SelectItem> recipients =
            [
                .. departments.Select(d => new SelectItem($"{SendConsultation.DepartmentPrefix}{d.Id}", d.Name, "Departments")),
                .. colleagues.Select(c => new SelectItem($"{SendConsultation.ColleaguePrefix}{c.UserName}", c.Shown, "Colleagues")),
                new SelectItem(SendConsultation.ThirdParty, "A third party outside the organisation (give their details below)", "Third party"),
            ];
            return new Model(
                request.Id,
                request.Reference,
                request.Title,
                request.IsOpen,
                request.WorkingToOn,
                request.Questions.OrderBy(q => q.Number).Select(q => new Question(q.Number, q.Text)).ToList(),
                recipients);
        }
    }
}
