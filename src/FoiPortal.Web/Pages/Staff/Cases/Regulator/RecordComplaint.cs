using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Regulator;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Requests.New;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>The requester complained to the regulator (FOIA s.50; FOISA s.47): its reference and when the authority was told.</summary>
public static class RecordComplaint
{
    public sealed class Command : CaseCommand, ICommand<string>
    {
        public string? CaseReference { get; set; }

        public DateInput ToldOn { get; set; } = new();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.CaseReference).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the regulator's case reference")
                .MaximumLength(RegulatorComplaint.CaseReferenceMaxLength).WithMessage($"Case reference must be {RegulatorComplaint.CaseReferenceMaxLength} characters or fewer")
                .Must(TextRules.IsSingleLine).WithMessage("Case reference must not include hidden or control characters");
            this.PastDate(c => c.ToldOn, "Date the authority was told", "Enter the date the regulator told the authority of the complaint", time);
        }
    }

    /// <summary>Returns the regulator's name, for the notice.</summary>
    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.ClockEvents), command.RequestId, command.Version, cancellationToken);
            var existing = await db.RegulatorComplaints.Where(c => c.FoiRequestId == request.Id).ToListAsync(cancellationToken);
            var complaint = RegulatorComplaint.Record(request, existing, command.CaseReference!, command.ToldOn.ToDate()!.Value, command.Actor, time.GetUtcNow());
            db.RegulatorComplaints.Add(complaint);
            return complaint.Regulator.Name();
        }
    }
}
