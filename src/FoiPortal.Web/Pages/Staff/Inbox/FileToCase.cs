using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>
/// Files an email to an existing case as correspondence. When it answers our request for clarification, the clock
/// restarts from the day the email reached our mailbox (FOIA s.1(3)), through the same clock action an officer
/// records on the case. When it asks for an internal review, the review opens as it would from the tracking page.
/// </summary>
public static class FileToCase
{
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        [BindNever]
        public long MessageId { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Reference { get; set; }

        /// <summary>"true" when the email is the requester's clarification.</summary>
        public string? AnswersClarification { get; set; }

        /// <summary>"true" when the email asks for an internal review of our response.</summary>
        public string? AsksForReview { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(FoiDbContext db)
        {
            RuleFor(c => c.Reference).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the reference of the case to file this email to")
                .MustAsync(async (reference, ct) => await InboxMessage.FindCaseAsync(db, reference, ct) is not null)
                .WithMessage("Enter the reference of an existing case, like FOI/2026/00042");
            RuleFor(c => c.AsksForReview)
                .Must(value => value != "true").WithMessage("Choose either that this email answers our request for clarification or that it asks for an internal review, not both")
                .When(c => c.AnswersClarification == "true");
        }
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var message = await db.InboundMessages.SingleOrDefaultAsync(m => m.Id == command.MessageId, cancellationToken)
                ?? throw new DomainException("This email is no longer in the inbox");
            var request = await InboxMessage.FindCaseAsync(db, command.Reference, cancellationToken)
                ?? throw new DomainException("Enter the reference of an existing case, like FOI/2026/00042");
            var now = time.GetUtcNow();
            message.FileTo(request.Id, command.Actor, now);
            if (command.AnswersClarification == "true")
            {
                if (request.Status != RequestStatus.AwaitingClarification)
                {
                    throw new DomainException($"{request.Reference} is not waiting for clarification, so this email cannot restart its clock");
                }

                request.RecordClarificationReceived(command.Actor, message.ReceivedOn, now, await calendars.ForRegimeAsync(request.Regime, cancellationToken));
            }
            else if (command.AsksForReview == "true")
            {
                // s.45 Code para 5: the same review the tracking page opens, received the day the email reached our mailbox.
                var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
                await db.Entry(request).Collection(r => r.Questions).LoadAsync(cancellationToken);
                await Track.Review.OpenReview.OpenAsync(db, request, Channel.Email, message.ReceivedOn, Infrastructure.Mail.IntakeImporter.ReviewGrounds(message), command.Actor, now, calendar, cancellationToken);
            }

            return request.Id;
        }
    }
}
