using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Letters;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Clock;

/// <summary>
/// Records one clock action on a case and, where the law has the requester told (clarification, fees notice,
/// extensions), queues the officer's letter in the same transaction through <see cref="Letters.CaseLetters"/>.
/// </summary>
public static class RecordClockAction
{
    public sealed record FormQuery(int Id) : IQuery<Form?>;

    public sealed record Form(int Id, string Reference, string Title, Regime Regime, DateOnly ReceivedOn, DateOnly? LastClockEventOn, Guid Version);

    /// <summary>The form. Strings and a <see cref="DateInput"/>, so any input binds and the validator explains what is wrong.</summary>
    public sealed class Command : ICommand, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public ClockEventKind Kind { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        /// <summary>The case's version when the page was loaded (optimistic concurrency).</summary>
        public Guid Version { get; set; }

        public DateInput On { get; set; } = new();

        public string? ExtraWorkingDays { get; set; }

        public string? Reason { get; set; }

        /// <summary>The action's letter, as the officer edited it (sent by email when the requester has an address).</summary>
        public string? Letter { get; set; }
    }

    public sealed class FormHandler(FoiDbContext db) : IQueryHandler<FormQuery, Form?>
    {
        public async ValueTask<Form?> Handle(FormQuery query, CancellationToken cancellationToken) =>
            await db.Requests.AsNoTracking()
                .Where(r => r.Id == query.Id)
                .Select(r => new Form(r.Id, r.Reference, r.Title, r.Regime, r.ReceivedOn, r.ClockEvents.Max(e => (DateOnly?)e.On), r.Version))
                .SingleOrDefaultAsync(cancellationToken);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(FoiDbContext db, TimeProvider time)
        {
            RuleFor(c => c.On).CustomAsync(async (input, context, ct) =>
            {
                var command = context.InstanceToValidate;
                var action = ClockActionText.For(command.Kind);
                if (input.Problem(action.DateLabel, $"Enter the {action.DateLabel.ToLowerInvariant()}") is { } problem)
                {
                    context.AddFailure(problem);
                    return;
                }

                var on = input.ToDate()!.Value;
                if (on > UkTime.Today(time))
                {
                    context.AddFailure($"{action.DateLabel} must be today or in the past");
                    return;
                }

                var receivedOn = await db.Requests.Where(r => r.Id == command.RequestId).Select(r => (DateOnly?)r.ReceivedOn).SingleOrDefaultAsync(ct);
                if (receivedOn is { } received && on < received)
                {
                    context.AddFailure($"{action.DateLabel} must be the same as or after {UkDates.Full(received)}, when the request was received");
                }
            });
            RuleFor(c => c.ExtraWorkingDays).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the number of extra working days")
                .Must(BeOneToTwenty).WithMessage($"Extra working days must be a whole number from 1 to {FoiRequest.PublicInterestMaxExtraWorkingDays}")
                .When(c => c.Kind == ClockEventKind.PublicInterestExtension);
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter why the public interest test needs more time")
                .When(c => c.Kind == ClockEventKind.PublicInterestExtension);
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .MaximumLength(RequestClockEvent.ReasonMaxLength).WithMessage($"Reason must be {RequestClockEvent.ReasonMaxLength:N0} characters or fewer")
                .Must(Requests.New.TextRules.IsMultiLine).WithMessage("Reason must not include hidden or control characters");
            RuleFor(c => c.Letter).CustomAsync(async (letter, context, ct) =>
            {
                var command = context.InstanceToValidate;
                if (CaseLetter.ForClockAction(command.Kind) is { } kind && await Letters.CaseLetters.HasEmailAsync(db, command.RequestId, ct)
                    && CaseLetter.WhyNotSendable(kind, letter) is { } whyNot)
                {
                    context.AddFailure(whyNot);
                }
            });
        }

        private static bool BeOneToTwenty(string? text) =>
            int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= FoiRequest.PublicInterestMaxExtraWorkingDays;
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, IExemptionCatalogueSource catalogues, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.ClockEvents), command.RequestId, command.Version, cancellationToken);

            var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
            var on = command.On.ToDate()!.Value;
            var at = time.GetUtcNow();
            var officer = command.Actor;
            switch (command.Kind)
            {
                case ClockEventKind.ClarificationSought:
                    request.SeekClarification(officer, on, at, calendar);
                    Letters.CaseLetters.Queue(db, request, CaseLetterKind.Clarification, command.Letter, at, Occasion(request));
                    break;
                case ClockEventKind.ClarificationReceived:
                    request.RecordClarificationReceived(officer, on, at, calendar);
                    break;
                case ClockEventKind.FeesNoticeIssued:
                    request.IssueFeesNotice(officer, on, at, calendar);
                    Letters.CaseLetters.Queue(db, request, CaseLetterKind.FeesNotice, command.Letter, at, Occasion(request));
                    break;
                case ClockEventKind.FeePaid:
                    request.RecordFeePaid(officer, on, at, calendar);
                    break;
                case ClockEventKind.PublicInterestExtension:
                    var engaged = ClockActions.QualifiedExemptionEngaged(
                        await Exemptions.ExemptionDecisions.ForRequestAsync(db, request.Id, cancellationToken), await catalogues.GetAsync(cancellationToken));
                    if (ClockActions.WhyNoPublicInterestExtension(request.Regime, engaged) is { } whyNot)
                    {
                        throw new DomainException(whyNot);
                    }

                    request.ExtendForPublicInterest(officer, on, command.Reason!, int.Parse(command.ExtraWorkingDays!.Trim(), CultureInfo.InvariantCulture), at, calendar);
                    if (!string.IsNullOrWhiteSpace(request.Requester.Email)
                        && CaseLetter.WhyNotStatesDecisionDate(command.Letter, request.WorkingToOn) is { } wrongDate)
                    {
                        // Nothing is saved: the pipeline's transaction covers the extension and its letter.
                        throw new ValidationException([new ValidationFailure(nameof(Command.Letter), wrongDate)]);
                    }

                    Letters.CaseLetters.Queue(db, request, CaseLetterKind.PublicInterestExtension, command.Letter, at, Occasion(request));
                    break;
                case ClockEventKind.EirExtension:
                    request.ExtendForEir(officer, on, command.Reason, at, calendar);
                    Letters.CaseLetters.Queue(db, request, CaseLetterKind.EirExtension, command.Letter, at, Occasion(request));
                    break;
                default:
                    throw new DomainException("That is not a clock action an officer can record.");
            }

            return Unit.Value;
        }

        /// <summary>One letter per clock event: the event this action just added.</summary>
        private static string Occasion(FoiRequest request) => request.ClockEvents.Count.ToString(CultureInfo.InvariantCulture);
    }
}
