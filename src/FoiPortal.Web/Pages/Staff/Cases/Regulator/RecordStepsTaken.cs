using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Regulator;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Requests.New;
using Mediator;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>The steps the decision notice ordered were taken: when, what was done; by whom is the pipeline's actor.</summary>
public static class RecordStepsTaken
{
    public sealed class Command : ComplaintCommand, ICommand
    {
        public DateInput TakenOn { get; set; } = new();

        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            this.PastDate(c => c.TakenOn, "Date the steps were taken", "Enter the date the steps were taken", time);
            RuleFor(c => c.Note).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what was done")
                .MaximumLength(RegulatorDeadline.NoteMaxLength).WithMessage($"What was done must be {RegulatorDeadline.NoteMaxLength:N0} characters or fewer")
                .Must(TextRules.IsMultiLine).WithMessage("What was done must not include hidden or control characters");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            var complaint = await db.LoadComplaintAsync(request.Id, command.ComplaintId, cancellationToken);
            complaint.RecordStepsTaken(request, command.TakenOn.ToDate()!.Value, command.Note!, command.Actor, time.GetUtcNow());
            return Unit.Value;
        }
    }
}
