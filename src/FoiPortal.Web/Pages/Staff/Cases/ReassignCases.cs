using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>
/// Issue 18: move several cases to another officer at once (a colleague is away), chosen with the queue's checkboxes.
/// Each case gets its own "Assigned" timeline event through <see cref="FoiRequest.AssignTo"/>; all move or none do.
/// </summary>
public static class ReassignCases
{
    /// <summary>At most one queue page's worth and a little more, so a forged list cannot make one request do unbounded work.</summary>
    public const int MaxCases = 100;

    public sealed record Query(IReadOnlyList<int> Ids) : IQuery<Form>;

    public sealed record Case(int Id, string Reference, string Title, RequestStatus Status, bool IsOpen, CaseWorker? Officer, Guid Version);

    /// <param name="Cases">The chosen cases that exist, in the order chosen.</param>
    public sealed record Form(IReadOnlyList<Case> Cases, IReadOnlyList<CaseWorker> Officers)
    {
        public IReadOnlyList<Case> Closed => Cases.Where(c => !c.IsOpen).ToList();
    }

    [RequiresRole(StaffRoles.Officer, StaffRoles.Manager)]
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        /// <summary>The cases, each with the version the officer saw (optimistic concurrency), in the same order.</summary>
        public List<int> Ids { get; set; } = [];

        public List<Guid> Versions { get; set; } = [];

        public string? Officer { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(FoiDbContext db)
        {
            RuleFor(c => c.Ids).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Select the cases to reassign in the queue")
                .Must(ids => ids.Count <= MaxCases).WithMessage($"Select {MaxCases} cases or fewer at a time")
                .Must((c, ids) => c.Versions.Count == ids.Count).WithMessage("The list of cases was incomplete: go back to the queue and select them again");
            RuleFor(c => c.Officer).MustBeACaseWorker(db, "Select who to reassign the cases to");
        }
    }

    public sealed class QueryHandler(FoiDbContext db) : IQueryHandler<Query, Form>
    {
        public async ValueTask<Form> Handle(Query query, CancellationToken cancellationToken)
        {
            var ids = query.Ids.Distinct().Take(MaxCases).ToList();
            var rows = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.Reference, r.Title, r.Status, r.AssignedOfficer, r.Version })
                .ToListAsync(cancellationToken);
            var officers = await CaseWorkers.ListAsync(db, cancellationToken);
            var names = await CaseWorkers.NamesAsync(db, rows.Select(r => r.AssignedOfficer), cancellationToken);
            var cases = rows.OrderBy(r => ids.IndexOf(r.Id))
                .Select(r => new Case(
                    r.Id, r.Reference, r.Title, r.Status, FoiRequest.OpenStatuses.Contains(r.Status),
                    r.AssignedOfficer is null ? null : names[r.AssignedOfficer], r.Version))
                .ToList();
            return new Form(cases, officers);
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var officer = (await CaseWorkers.FindAsync(db, command.Officer, cancellationToken))!;
            var now = time.GetUtcNow();
            for (var i = 0; i < command.Ids.Count; i++)
            {
                // A case changed by someone since the list was shown is refused (409) and nothing is saved: the
                // pipeline's one transaction covers every case.
                var request = await db.LoadForChangeAsync(db.Requests, command.Ids[i], command.Versions[i], cancellationToken);
                request.AssignTo(officer.UserName, command.Actor, now, officer.Shown);
            }

            return command.Ids.Count;
        }
    }
}
