using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Infrastructure.TagHelpers;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Law;

/// <summary>Triage: which law the request is handled under (FOIA, the EIR, or FOISA), before any decision depends on it.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public static readonly IReadOnlyList<RadioItem> Options =
    [
        new("Foia", "Freedom of Information Act 2000 (FOIA)"),
        new("Eir", "Environmental Information Regulations 2004 (EIR)", "For environmental information (regulation 2(1)): the state of the air, water, land and living things, and what affects them, such as emissions, noise, planning and traffic measures."),
        new("Foisa", "Freedom of Information (Scotland) Act 2002 (FOISA)", "Only for a Scottish public authority."),
    ];

    [BindProperty]
    public ChangeRegime.Command Data { get; set; } = new();

    public ChangeRegime.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new ChangeRegime.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Data = new ChangeRegime.Command { Version = form.Version, Regime = form.Regime.ToString() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        // Loaded first so that a refusal re-renders the page with its radios.
        if (await mediator.Send(new ChangeRegime.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Data.Id = id;
        await mediator.Send(Data);
        TempData["Notice"] = $"{form.Reference} is now handled under the {ChangeRegime.Name(Enum.Parse<Regime>(Data.Regime!))}.";
        return Redirect($"/staff/cases/{id}");
    }
}

public static class ChangeRegime
{
    public sealed record Query(int Id) : IQuery<Form?>;

    /// <param name="WhyNot">Why the regime can no longer be changed; null while it can.</param>
    public sealed record Form(int Id, string Reference, string Title, Regime Regime, DateOnly DueOn, Guid Version, string? WhyNot);

    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int Id { get; set; }

        public Guid Version { get; set; }

        public string? Regime { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public static string Name(Regime regime) => regime switch
    {
        Regime.Eir => "Environmental Information Regulations 2004",
        Regime.Foisa => "Freedom of Information (Scotland) Act 2002",
        _ => "Freedom of Information Act 2000",
    };

    /// <summary>Loads what the rule needs; the rule is <see cref="CaseSteps.WhyRegimeCannotChange"/> in Core.</summary>
    public static async Task<string?> WhyNotAsync(FoiDbContext db, int requestId, RequestStatus status, CancellationToken ct)
    {
        if (!FoiRequest.IsOpenStatus(status))
        {
            return CaseSteps.WhyRegimeCannotChange(status, decisionOrResponseRecorded: false);
        }

        var decided = await db.CostDecisions.AnyAsync(d => d.FoiRequestId == requestId, ct)
            || await db.ExemptionDecisions.AnyAsync(d => d.FoiRequestId == requestId, ct)
            || await db.ResponseLetters.AnyAsync(l => l.FoiRequestId == requestId, ct);
        return CaseSteps.WhyRegimeCannotChange(status, decided);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Regime)
                .Must(r => Enum.TryParse<Regime>(r, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(r, out _))
                .WithMessage("Select the law this request is handled under");
        }
    }

    public sealed class QueryHandler(FoiDbContext db) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == query.Id)
                .Select(x => new { x.Id, x.Reference, x.Title, x.Regime, x.DueOn, x.Version, x.Status })
                .SingleOrDefaultAsync(cancellationToken);
            return r is null ? null : new Form(r.Id, r.Reference, r.Title, r.Regime, r.DueOn, r.Version, await WhyNotAsync(db, r.Id, r.Status, cancellationToken));
        }
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.ClockEvents), command.Id, command.Version, cancellationToken);
            if (await WhyNotAsync(db, request.Id, request.Status, cancellationToken) is { } why)
            {
                throw new DomainException(why);
            }

            var regime = Enum.Parse<Regime>(command.Regime!);
            if (regime == request.Regime)
            {
                return false;
            }

            // The due date is worked out again on the new regime's calendar (FOISA: Scottish bank holidays).
            request.ChangeRegime(command.Actor, regime, time.GetUtcNow(), await calendars.ForRegimeAsync(regime, cancellationToken));
            return true;
        }
    }
}
