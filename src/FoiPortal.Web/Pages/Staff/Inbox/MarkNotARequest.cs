using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>Marks an email as not a request (spam, business as usual, a subject access request, other), with the reason.</summary>
public static class MarkNotARequest
{
    public static IReadOnlyList<Infrastructure.TagHelpers.RadioItem> Reasons { get; } =
    [
        new(nameof(NotARequestReason.Spam), "Spam"),
        new(nameof(NotARequestReason.BusinessAsUsual), "Business as usual", "A question the service answers in the normal course of business."),
        new(nameof(NotARequestReason.SubjectAccessRequest), "Subject access request", "The sender asks for their own personal data: handle it under data protection law (UK GDPR Article 15), not FOIA (FOIA s.40(1))."),
        new(nameof(NotARequestReason.Other), "Other"),
    ];

    public sealed class Command : ICommand, IStaffCommand
    {
        [BindNever]
        public long MessageId { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Reason { get; set; }

        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason)
                .Must(r => Reasons.Any(x => x.Value == r)).WithMessage("Select why this email is not a request");
            RuleFor(c => c.Note).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter why this email is not a request")
                .When(c => c.Reason == nameof(NotARequestReason.Other));
            RuleFor(c => c.Note)
                .MaximumLength(InboundMessage.NoteMaxLength).WithMessage($"The reason must be {InboundMessage.NoteMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var message = await db.InboundMessages.SingleOrDefaultAsync(m => m.Id == command.MessageId, cancellationToken)
                ?? throw new DomainException("This email is no longer in the inbox");
            message.MarkNotARequest(Enum.Parse<NotARequestReason>(command.Reason!), command.Note, command.Actor, time.GetUtcNow());
            return Unit.Value;
        }
    }
}
