using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>The officer's decision on the estimate, with the s.16 advice; a refusal goes to a manager for sign-off.</summary>
public sealed class DecisionModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public DecideOnCosts.Command Data { get; set; } = new();

    public CostEstimatePage.Model Estimate { get; private set; } = null!;

    public string SuggestedAdvice { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new DecideOnCosts.Command { Version = await mediator.Send(new DecideOnCosts.VersionQuery(id)), Advice = SuggestedAdvice };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        Data.Officer = User.Identity?.Name ?? throw new InvalidOperationException("Case work needs a signed-in officer.");
        await mediator.Send(Data);
        TempData["Notice"] = Data.Outcome == DecideOnCosts.Proceed ? "Cost decision recorded: proceed with the request." : "Refusal sent to a manager for sign-off.";
        return Redirect($"/staff/cases/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new CostEstimatePage.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Estimate = found;
        SuggestedAdvice = string.Join("\n\n", CostAdvice.Suggest(found.Estimate, found.Limit, found.Combined, found.Reference).SuggestedWording);
        return null;
    }
}

public static class DecideOnCosts
{
    public const string Proceed = "Proceed";
    public const string Refuse = "Refuse";
    public const string RefuseWithGoodwill = "RefuseWithGoodwill";
    public const string RefuseSection12Two = "RefuseSection12Two";

    public sealed record VersionQuery(int Id) : IQuery<Guid>;

    public sealed class Command : ICommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public string Officer { get; set; } = string.Empty;

        public Guid Version { get; set; }

        public string? Outcome { get; set; }

        public string? Advice { get; set; }
    }

    public sealed class VersionHandler(FoiDbContext db) : IQueryHandler<VersionQuery, Guid>
    {
        public async ValueTask<Guid> Handle(VersionQuery query, CancellationToken cancellationToken) =>
            await db.Requests.Where(r => r.Id == query.Id).Select(r => r.Version).SingleOrDefaultAsync(cancellationToken);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Select what you have decided")
                .Must(o => o is Proceed or Refuse or RefuseWithGoodwill or RefuseSection12Two).WithMessage("Select what you have decided");
            RuleFor(c => c.Advice).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the advice and assistance to give the requester (section 16)")
                .When(c => c.Outcome is Refuse or RefuseWithGoodwill or RefuseSection12Two);
            RuleFor(c => c.Advice)
                .MaximumLength(CostDecision.AdviceMaxLength).WithMessage($"Advice must be {CostDecision.AdviceMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, IOptions<AuthorityOptions> authority, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            if (CostLimits.WhyNotEditable(request.Status) is { } why)
            {
                throw new DomainException(why);
            }

            var estimate = await CostLimits.LoadAsync(db, request.Id, request.Regime, cancellationToken);
            var limit = CostLimits.For(estimate.Regime, authority.Value);
            var outcome = command.Outcome switch
            {
                Proceed => CostOutcome.Proceed,
                RefuseSection12Two => CostOutcome.RefuseSection12Two,
                _ => CostOutcome.RefuseSection12,
            };
            var goodwill = command.Outcome == RefuseWithGoodwill;
            var combined = CostAggregations.Combine(request.Reference, estimate, await CostAggregations.PartnersAsync(db, request.Id, cancellationToken));
            var advice = command.Advice?.Trim() ?? string.Empty;
            string? wording = null;
            if (outcome != CostOutcome.Proceed)
            {
                // FOIA s.12(1): a refusal needs an evidenced estimate over the limit (ICO: "cogent evidence").
                var problems = estimate.ValidateForRefusal(limit, combined).Select(e => e.Message).ToList();
                if (outcome == CostOutcome.RefuseSection12Two && problems.Count == 0 && !estimate.DeterminingWhetherHeldAloneExceeds(limit))
                {
                    // FOIA s.12(2): only when determining whether held alone would exceed the limit.
                    problems.Add("Finding out whether the information is held does not by itself exceed the limit, so section 12(2) does not apply: refuse under section 12(1) instead");
                }

                if (problems.Count > 0)
                {
                    throw new ValidationException(problems.Select(p => new ValidationFailure(nameof(Command.Outcome), p)));
                }

                var suggested = CostAdvice.Suggest(estimate, limit, combined, request.Reference);
                var paragraphs = advice.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                wording = CostRefusalWording.Compose(estimate, limit, suggested with { SuggestedWording = paragraphs }, goodwill, combined).ToPlainText();
            }

            var now = time.GetUtcNow();
            db.CostDecisions.Add(new CostDecision(
                request.Id, outcome, goodwill, advice, wording, limit.Amount, limit.MaxMinutes, combined?.TotalMinutes ?? estimate.TotalMinutes, command.Officer, now.UtcDateTime));
            if (request.Status == RequestStatus.Received)
            {
                request.StartWork(command.Officer, now);
            }
            else if (request.Status == RequestStatus.Returned)
            {
                request.Resume(command.Officer, now);
            }

            if (outcome != CostOutcome.Proceed)
            {
                // A s.12 refusal is not sent until a manager approves it; exemption decisions waiting for sign-off go with it.
                await db.SaveChangesAsync(cancellationToken);
                await SignOffStatus.SubmitAsync(db, request, command.Officer, now, cancellationToken);
            }

            return Unit.Value;
        }
    }
}
