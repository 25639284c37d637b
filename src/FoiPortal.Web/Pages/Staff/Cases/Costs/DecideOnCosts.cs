using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>Records the officer's decision on the estimate: proceed, or refuse under s.12(1) or s.12(2) with the s.16 advice (sent for sign-off).</summary>
public static class DecideOnCosts
{
    public const string Proceed = "Proceed";
    public const string Refuse = "Refuse";
    public const string RefuseWithGoodwill = "RefuseWithGoodwill";
    public const string RefuseSection12Two = "RefuseSection12Two";

    public sealed class Command : CaseCommand, ICommand
    {
        public string? Outcome { get; set; }

        public string? Advice { get; set; }
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

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, IOptions<AuthorityOptions> authority, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.Questions), command.RequestId, command.Version, cancellationToken);
            if (CaseSteps.WhyNotEditable(CaseStep.CostEstimate, request.Status) is { } why)
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
            var combination = await CostAggregations.CombineAsync(
                calendars, request.Id, request.Reference, request.Regime, request.ReceivedOn, estimate, await CostAggregations.PartnersAsync(db, request.Id, cancellationToken), cancellationToken);
            var combined = combination.Combined;
            var advice = command.Advice?.Trim() ?? string.Empty;
            string? wording = null;
            if (outcome != CostOutcome.Proceed)
            {
                // FOIA s.12(1): a refusal needs an evidenced estimate over the limit (ICO: "cogent evidence").
                if (combination.Problem is { } outside)
                {
                    // SI 2004/3244 reg 5(2)(b): one period of 60 consecutive working days for the whole set.
                    throw new DomainException($"{outside}. Separate the requests that fall outside before refusing on cost");
                }

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
                wording = CostRefusalWording.Compose(estimate, limit, suggested with { SuggestedWording = paragraphs }, goodwill, combined, request.Questions.Count).ToPlainText();
            }

            var now = time.GetUtcNow();
            var decision = new CostDecision(
                request.Id, outcome, goodwill, advice, wording, limit.Amount, limit.MaxMinutes, combined?.TotalMinutes ?? estimate.TotalMinutes, command.Actor, now.UtcDateTime);
            if (outcome == CostOutcome.RefuseSection12 && combined is null)
            {
                // ICO: each question a request in its own right; only those over the limit are refused.
                decision.RefuseOnly(estimate.Assess(limit).RefusedQuestions, request.Questions.Count);
            }

            db.CostDecisions.Add(decision);
            request.EnsureWorkStarted(command.Actor, now);
            if (outcome != CostOutcome.Proceed)
            {
                // A s.12 refusal is not sent until a manager approves it; exemption decisions waiting for sign-off go with it.
                request.SubmitForSignOff(command.Actor, now, await SignOffStatus.LoadAsync(db, request.Id, cancellationToken, decision));
            }

            return Unit.Value;
        }
    }
}
