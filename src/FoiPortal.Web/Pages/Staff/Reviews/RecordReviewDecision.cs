using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>
/// The reviewer records the new decision on a question whose refusal the review did not uphold, on the same form and
/// with the same rules as the first response's (<see cref="RecordExemptionDecision"/>, <see cref="ExemptionDecisionRules"/>),
/// and the information now released (<see cref="InternalReview.RecordDecision"/>).
/// </summary>
public static class RecordReviewDecision
{
    public sealed class Command : ICommand<bool>, IStaffCommand, ICitationFields
    {
        [BindNever]
        public int ReviewId { get; set; }

        [BindNever]
        public int QuestionNumber { get; set; }

        public Guid Version { get; set; }

        public string? Outcome { get; set; }

        public string? InformationDescription { get; set; }

        public List<RecordExemptionDecision.CitationForm> Citations { get; set; } =
            [.. Enumerable.Range(0, RecordExemptionDecision.CitationSlots).Select(_ => new RecordExemptionDecision.CitationForm())];

        public bool CitedInTheAlternative { get; set; }

        public bool ReasonsWithheld { get; set; }

        /// <summary>The information now released (Markdown tables allowed), for a disclosed or partly disclosed decision.</summary>
        public string? Released { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Released).MaximumLength(InternalReview.ReleasedMaxLength)
                .WithMessage($"The information released must be {InternalReview.ReleasedMaxLength:N0} characters or fewer");
    }

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var review = await ReviewConcurrency.LoadForChangeAsync(db, command.ReviewId, command.Version, cancellationToken);
            var request = await db.Requests.Include(r => r.Events).Include(r => r.Questions).SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var independence = await ReviewInvolvement.LoadAsync(db, request, cancellationToken);
            var decisions = await ReviewDecisionStore.LoadAsync(db, review, cancellationToken);
            if ((ReviewRules.WhyNotRecord(review, command.Actor, independence) ?? decisions.WhyNotRecord(command.QuestionNumber)) is { } why)
            {
                throw new DomainException(why);
            }

            var catalogue = await catalogues.GetAsync(cancellationToken);
            var (draft, slots, _) = RecordExemptionDecision.ToDraft(
                new RecordExemptionDecision.Command
                {
                    QuestionNumber = command.QuestionNumber.ToString(CultureInfo.InvariantCulture),
                    Outcome = command.Outcome,
                    InformationDescription = command.InformationDescription,
                    Citations = command.Citations,
                    CitedInTheAlternative = command.CitedInTheAlternative,
                    ReasonsWithheld = command.ReasonsWithheld,
                },
                request.Questions.Count);
            var failures = ExemptionDecisionRules.Validate(draft, review.Regime, catalogue)
                .Select(e => new ValidationFailure(RecordExemptionDecision.FormField(e.Field, slots), e.Message)).ToList();
            if (draft.Outcome is { } outcome && ReviewDecisions.WhyNotReleased(command.QuestionNumber, outcome, command.Released) is { } notReleased)
            {
                failures.Add(new(nameof(Command.Released), notReleased));
            }

            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            var replaced = decisions.For(command.QuestionNumber);
            var decision = review.RecordDecision(decisions, draft, command.Released, catalogue, command.Actor, independence, request, time.GetUtcNow());
            if (replaced is not null)
            {
                db.ExemptionDecisions.Remove(replaced);
            }

            db.ExemptionDecisions.Add(decision);
            return true;
        }
    }
}

/// <summary>The reviewer takes back the review's new decision on a question, until a manager approves it.</summary>
public static class RemoveReviewDecision
{
    public sealed record Command(int ReviewId, int QuestionNumber, Guid Version) : ICommand<bool>, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var review = await ReviewConcurrency.LoadForChangeAsync(db, command.ReviewId, command.Version, cancellationToken);
            var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var independence = await ReviewInvolvement.LoadAsync(db, request, cancellationToken);
            var decisions = await ReviewDecisionStore.LoadAsync(db, review, cancellationToken);
            var decision = decisions.For(command.QuestionNumber) ?? throw new DomainException($"Question {command.QuestionNumber} has no new decision to remove.");
            review.RemoveDecision(decisions, decision, command.Actor, independence, request, time.GetUtcNow());
            db.ExemptionDecisions.Remove(decision);
            return true;
        }
    }
}
