using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Letters;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Track;

/// <summary>
/// The requester withdraws their request from the tracking page, after a confirmation step: the case closes as
/// withdrawn (the aggregate allows it only while the request is open) and the withdrawal lands on the case as
/// incoming correspondence, so the officer sees it. The requester gets an email confirming it.
/// </summary>
public static class WithdrawFromTracking
{
    public const int ReasonMaxLength = 2_000;

    public sealed class Command : ICommand<bool>
    {
        [BindNever]
        public string TokenHash { get; set; } = string.Empty;

        /// <summary>Optional: why they withdraw.</summary>
        public string? Reason { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .MaximumLength(ReasonMaxLength).WithMessage($"Why you are withdrawing must be {ReasonMaxLength:N0} characters or fewer")
                .Must(Requests.New.TextRules.IsMultiLine).WithMessage("Why you are withdrawing must not include hidden or control characters");
    }

    /// <summary>False when there is no such request.</summary>
    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<AuthorityOptions> authority) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await TrackingMessage.FindForChangeAsync(db, command.TokenHash, cancellationToken) is not { } request)
            {
                return false;
            }

            var now = time.GetUtcNow();
            request.Withdraw(now);
            var text = string.IsNullOrWhiteSpace(command.Reason)
                ? "I withdraw my request."
                : $"I withdraw my request.\n\nMy reason: {command.Reason.Trim()}";
            var message = TrackingMessage.Create(request, "Request withdrawn", text, authority.Value.FoiEmail, now);
            db.InboundMessages.Add(message);
            message.FileTo(request.Id, TrackingMessage.Actor, now);

            // The requester is told by email that the case is closed (once: the key is the request's).
            var facts = new CaseLetterFacts(request.Regime, request.Requester.Name, request.Reference, request.Title, request.ReceivedOn, authority.Value.Name)
            {
                ClosedOn = UkLocalDate.FromInstant(now),
            };
            var letter = CaseLetterTemplates.Template(CaseLetterKind.WithdrawalConfirmation, facts);
            Staff.Cases.Letters.CaseLetters.Queue(db, request, CaseLetterKind.WithdrawalConfirmation, letter, now, CaseLetter.RequestOccasion);
            return true;
        }
    }
}
