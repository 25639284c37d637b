using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>Give a request to any officer or manager.</summary>
public sealed class AssignModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AssignRequest.Command Data { get; set; } = new();

    public AssignRequest.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new AssignRequest.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Data = new AssignRequest.Command { Id = id, Version = form.Version, Officer = form.AssignedOfficer };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        // Loaded first so that a refusal re-renders the page with its radios.
        if (await mediator.Send(new AssignRequest.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Data.Id = id;
        await mediator.Send(Data);
        return Redirect($"/staff/cases/{id}");
    }
}

public static class AssignRequest
{
    public sealed record Query(int Id) : IQuery<Form?>;

    public sealed record Form(int Id, string Reference, string Title, RequestStatus Status, bool IsOpen, string? AssignedOfficer, Guid Version, IReadOnlyList<CaseWorker> Officers);

    /// <summary>The form: who gets the request, and the version the officer saw (optimistic concurrency).</summary>
    [RequiresRole(StaffRoles.Officer, StaffRoles.Manager)]
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        /// <summary>The assign page takes it from the route.</summary>
        public int Id { get; set; }

        public Guid Version { get; set; }

        public string? Officer { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(FoiDbContext db)
        {
            RuleFor(c => c.Officer).MustBeACaseWorker(db, "Select who to assign this request to");
        }
    }

    public sealed class QueryHandler(FoiDbContext db) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking()
                .Where(x => x.Id == query.Id)
                .Select(x => new { x.Id, x.Reference, x.Title, x.Status, x.AssignedOfficer, x.Version })
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var officers = await CaseWorkers.ListAsync(db, cancellationToken);
            return new Form(r.Id, r.Reference, r.Title, r.Status, FoiRequest.OpenStatuses.Contains(r.Status), r.AssignedOfficer, r.Version, officers);
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.Id, command.Version, cancellationToken);
            var officer = (await CaseWorkers.FindAsync(db, command.Officer, cancellationToken))!;
            request.AssignTo(officer.UserName, command.Actor, time.GetUtcNow(), officer.Shown);
            return true;
        }
    }
}
