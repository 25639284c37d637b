using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Regulator;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Requests.New;
using Mediator;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>The regulator asked for the authority's submissions by a date: the date and what is asked for, with reminders.</summary>
public static class AddSubmissionDeadline
{
    public sealed class Command : ComplaintCommand, ICommand
    {
        public DateInput DueOn { get; set; } = new();

        public string? Description { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.RealDate(c => c.DueOn, "Deadline", "Enter the date the submissions are due");
            RuleFor(c => c.Description).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what the regulator asked for")
                .MaximumLength(RegulatorDeadline.DescriptionMaxLength).WithMessage($"What the regulator asked for must be {RegulatorDeadline.DescriptionMaxLength} characters or fewer")
                .Must(TextRules.IsSingleLine).WithMessage("What the regulator asked for must not include hidden or control characters");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            var complaint = await db.LoadComplaintAsync(request.Id, command.ComplaintId, cancellationToken);
            complaint.AddSubmissionDeadline(request, command.DueOn.ToDate()!.Value, command.Description!, command.Actor, time.GetUtcNow());
            return Unit.Value;
        }
    }
}
