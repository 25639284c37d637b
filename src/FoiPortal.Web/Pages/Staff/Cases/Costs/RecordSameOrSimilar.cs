using FluentValidation;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>
/// Records which questions relate to the same or similar information, so their costs are added together (SI 2004/3244
/// reg 5(2)(a)), with the reason that goes into the letter; every other question is assessed on its own (ICO s.12 guidance).
/// </summary>
public static class RecordSameOrSimilar
{
    public sealed class Command : CaseCommand, ICommand
    {
        public List<int> Questions { get; set; } = [];

        public string? Reason { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Questions).Must(q => q.Distinct().Count() >= 2).WithMessage("Select at least 2 questions that are for the same or similar information");
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Say why the questions are for the same or similar information")
                .MaximumLength(CostEstimate.SameOrSimilarReasonMaxLength).WithMessage($"The reason must be {CostEstimate.SameOrSimilarReasonMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var estimate = await AddCostLine.EditableEstimateAsync(db, command.RequestId, cancellationToken);
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.Questions), command.RequestId, command.Version, cancellationToken);
            estimate.RecordSameOrSimilar(command.Questions, command.Reason, request.Questions.Count);
            request.RecordCaseWork(
                "SameOrSimilar",
                $"{char.ToUpperInvariant(CostFigures.QuestionList(estimate.SameOrSimilarQuestions)[0])}{CostFigures.QuestionList(estimate.SameOrSimilarQuestions)[1..]} found to be for the same or similar information; their costs are added together (regulation 5(2)(a))",
                command.Actor,
                time.GetUtcNow());
            return Unit.Value;
        }
    }
}

/// <summary>Every question is assessed on its own again.</summary>
public static class ClearSameOrSimilar
{
    public sealed record Command(int RequestId, Guid Version) : ICommand, Infrastructure.Mediation.IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var estimate = await AddCostLine.EditableEstimateAsync(db, command.RequestId, cancellationToken);
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            estimate.ClearSameOrSimilar();
            request.RecordCaseWork("SameOrSimilar", "Each question is assessed on its own for the cost limit", command.Actor, time.GetUtcNow());
            return Unit.Value;
        }
    }
}
