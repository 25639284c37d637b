using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Letters;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Letters;

/// <summary>
/// A letter that is not tied to a clock action: the acknowledgement of a request logged from email or post (FOIA
/// s.10(1): reference, date received, due date) and the acknowledgement of an internal review (s.45 Code para 5).
/// Once per case, and once per review.
/// </summary>
public static class SendCaseLetter
{
    /// <summary>The letters this page sends, by the slug in its address.</summary>
    public static CaseLetterKind? FromSlug(string? slug) => slug switch
    {
        "acknowledgement" => CaseLetterKind.Acknowledgement,
        "review-acknowledgement" => CaseLetterKind.ReviewAcknowledgement,
        _ => null,
    };

    public static string Slug(CaseLetterKind kind) => kind == CaseLetterKind.Acknowledgement ? "acknowledgement" : "review-acknowledgement";

    public static string Heading(CaseLetterKind kind) => kind == CaseLetterKind.Acknowledgement ? "Acknowledge the request" : "Acknowledge the internal review";

    public sealed class Command : ICommand, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public CaseLetterKind Kind { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Letter { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Letter).Custom((letter, context) =>
            {
                if (CaseLetter.WhyNotSendable(context.InstanceToValidate.Kind, letter) is { } whyNot)
                {
                    context.AddFailure(whyNot);
                }
            });
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken)
                ?? throw new DomainException("There is no such case");
            string occasion;
            if (command.Kind == CaseLetterKind.ReviewAcknowledgement)
            {
                var reviewId = await db.InternalReviews.Where(v => v.FoiRequestId == request.Id && v.LinkedToReviewId == null)
                    .OrderByDescending(v => v.Id).Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new DomainException("No internal review has been asked for on this case");
                occasion = $"review-{reviewId}";
            }
            else
            {
                if (!FoiRequest.IsOpenStatus(request.Status))
                {
                    throw new DomainException($"The request is {request.Status.Describe().ToLowerInvariant()}: it no longer needs an acknowledgement");
                }

                occasion = CaseLetter.RequestOccasion;
            }

            var key = CaseLetter.IdempotencyKey(command.Kind, request.Id, occasion);
            if (await db.OutboundEmails.AnyAsync(e => e.IdempotencyKey == key, cancellationToken))
            {
                throw new DomainException(command.Kind == CaseLetterKind.Acknowledgement
                    ? "The request has already been acknowledged by email: nothing was sent again"
                    : "This letter has already been sent: see the correspondence on the case");
            }

            if (CaseLetter.WhyNotRecipient(request.Requester.Email) is { } noRecipient)
            {
                throw new DomainException(noRecipient);
            }

            CaseLetters.Queue(db, request, command.Kind, command.Letter, time.GetUtcNow(), occasion);
            request.RecordCaseWork("LetterSent", $"{Heading(command.Kind)}: letter sent by email", command.Actor, time.GetUtcNow());
            return Unit.Value;
        }
    }
}
