using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Regulator;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Requests.New;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>The submissions asked for were sent: when, and a note of what was sent.</summary>
public static class CompleteSubmission
{
    public sealed class Command : ComplaintCommand, ICommand
    {
        [BindNever]
        public int DeadlineId { get; set; }

        public DateInput SentOn { get; set; } = new();

        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            this.PastDate(c => c.SentOn, "Date sent", "Enter the date the submissions were sent", time);
            RuleFor(c => c.Note).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what was sent")
                .MaximumLength(RegulatorDeadline.NoteMaxLength).WithMessage($"What was sent must be {RegulatorDeadline.NoteMaxLength:N0} characters or fewer")
                .Must(TextRules.IsMultiLine).WithMessage("What was sent must not include hidden or control characters");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            var complaint = await db.LoadComplaintAsync(request.Id, command.ComplaintId, cancellationToken);
            complaint.CompleteSubmission(request, command.DeadlineId, command.SentOn.ToDate()!.Value, command.Note!, command.Actor, time.GetUtcNow());
            return Unit.Value;
        }
    }
}
