using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Pages.Staff.Cases;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.SignOff;

/// <summary>
/// A manager approves or returns one part of a case (its cost decision, or its exemption decisions together). The
/// case decides (<see cref="FoiRequest.RecordApproval"/>, <see cref="FoiRequest.ReturnToOfficer"/> with
/// <see cref="CaseSignOffs"/>): who may sign off, and whether the request is now approved. Each officer who made a
/// decision of the part is emailed; the email names the case, never the requester.
/// </summary>
public static class ReviewSignOff
{
    public const string Approve = "Approve";
    public const string Return = "Return";

    [RequiresRole(StaffRoles.Manager)]
    public sealed class Command : CaseCommand, ICommand
    {
        [BindNever]
        public SignOffPart Part { get; set; }

        public string? Decision { get; set; }

        public string? Comment { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Decision).Cascade(CascadeMode.Stop)
                .Must(d => d is Approve or Return).WithMessage(c => c.Part == SignOffPart.CostDecision
                    ? "Select whether you approve the decision or return it"
                    : "Select whether you approve the decisions or return them");
            RuleFor(c => c.Comment).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a comment saying what the officer needs to change")
                .When(c => c.Decision == Return);
            RuleFor(c => c.Comment)
                .MaximumLength(DecisionSignOff.CommentMaxLength).WithMessage($"Comment must be {DecisionSignOff.CommentMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<RequestOptions> options) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            var signOffs = await SignOffStatus.LoadAsync(db, request.Id, cancellationToken);
            var reviewer = await SignOffStatus.ReviewerAsync(db, command.Actor, cancellationToken);
            var officers = signOffs.PendingIn(command.Part).Select(d => d.DecidedBy).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var part = signOffs.PartName(command.Part);
            var now = time.GetUtcNow();
            var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
            var approved = command.Decision == Approve;
            if (approved)
            {
                request.RecordApproval(reviewer, now, signOffs, command.Part, comment);
            }
            else
            {
                request.ReturnToOfficer(reviewer, now, signOffs, command.Part, comment ?? string.Empty);
            }

            var outcome = approved ? "approved" : "returned for changes";
            var stillOutstanding = approved ? signOffs.Outstanding.Count : 0;
            var waiting = stillOutstanding == 0 ? string.Empty : $" {stillOutstanding} other decision{(stillOutstanding == 1 ? " still awaits" : "s still await")} sign-off.";
            var what = command.Part == SignOffPart.CostDecision ? "cost decision" : "exemption decisions";
            var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/staff/cases/{request.Id}{(command.Part == SignOffPart.ExemptionDecisions ? "/exemptions" : string.Empty)}";
            foreach (var officer in officers)
            {
                var officerName = await db.Users.Where(u => u.UserName == officer).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
                var body = $"The {what} on FOI request {request.Reference} {(command.Part == SignOffPart.CostDecision ? "has" : "have")} been {outcome} by {command.Actor}.{waiting}\n\n"
                    + (comment is null ? string.Empty : $"Comment:\n{comment}\n\n")
                    + $"Open the case: {link}\n";
                db.OutboundEmails.Add(new OutboundEmail(officer, officerName ?? officer, $"FOI request {request.Reference}: {what} {outcome}", body, now.UtcDateTime));
            }

            return Unit.Value;
        }
    }
}
