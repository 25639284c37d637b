using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Reviews;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>The reviewer records a finding on every question, with reasons (s.45 Code para 5.9-5.10); information is released through a new decision (<see cref="RecordReviewDecision"/>).</summary>
public static class RecordOutcome
{
    public sealed class Finding
    {
        public ReviewFinding? Outcome { get; set; }

        public string? Reasons { get; set; }
    }

    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int ReviewId { get; set; }

        public Guid Version { get; set; }

        public string? Summary { get; set; }

        /// <summary>One per question, in question order.</summary>
        public List<Finding> Findings { get; set; } = [];

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Summary).MaximumLength(InternalReview.GroundsMaxLength)
                .WithMessage($"The summary must be {InternalReview.GroundsMaxLength:N0} characters or fewer");
            RuleForEach(c => c.Findings).ChildRules(f =>
            {
                f.RuleFor(x => x.Outcome).NotNull().WithMessage("Select whether the original decision is upheld, partly upheld or overturned");
                f.RuleFor(x => x.Reasons).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Enter the reasons for the finding")
                    .MaximumLength(InternalReview.ReasonMaxLength).WithMessage($"The reasons must be {InternalReview.ReasonMaxLength:N0} characters or fewer");
            });
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var review = await ReviewConcurrency.LoadForChangeAsync(db, command.ReviewId, command.Version, cancellationToken);
            var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var independence = await ReviewInvolvement.LoadAsync(db, request, cancellationToken);
            review.SetSummary(command.Summary, command.Actor, independence);
            for (var i = 0; i < command.Findings.Count && i < review.Questions.Count; i++)
            {
                var finding = command.Findings[i];
                review.RecordFinding(i + 1, finding.Outcome!.Value, finding.Reasons!, command.Actor, independence);
            }

            request.RecordCaseWork("ReviewFindings", "Internal review findings recorded", command.Actor, time.GetUtcNow());
            return true;
        }
    }
}
