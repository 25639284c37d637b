using FluentValidation;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Pages.Requests.New;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Cases.New;

/// <summary>Logs a request that came by email or post (or, with <see cref="Command.PreviewOnly"/>, works out its due date to check first).</summary>
public static class LogRequest
{
    /// <summary>The form (<see cref="RequestIntakeForm"/>) with how and when the request arrived; logged by the signed-in officer.</summary>
    public sealed class Command : RequestIntakeForm, ICommand<Result>, IStaffCommand
    {
        [BindNever]
        public bool PreviewOnly { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Channel { get; set; }

        public DateInput ReceivedOn { get; set; } = new();

        public string? ReceivedTime { get; set; }

        /// <summary>The inbox email this request is made from (issue 16), marked "made a request" in the same transaction.</summary>
        public long? FromEmailId { get; set; }

        /// <summary>When it arrived, once the date and time are valid.</summary>
        public DateTimeOffset? ReceivedAt() =>
            ReceivedOn.ToDate() is { } date && UkTime.Parse(ReceivedTime) is { } clock ? UkTime.ToInstant(date, clock) : null;
    }

    public sealed record Result(int? RequestId, string? Reference, DateTime ReceivedAtUtc, DateOnly ReceivedOnDate, DateOnly DueOn, IReadOnlyList<NonWorkingDay> Skipped);

    public sealed class Validator : AbstractValidator<Command>
    {
        private const string PostOnly = nameof(Core.Requests.Channel.Post);

        public Validator(TimeProvider time)
        {
            // Field order is the page's order: the error summary lists errors in this order.
            RuleFor(c => c.Channel)
                .Must(c => c is nameof(Core.Requests.Channel.Email) or PostOnly)
                .WithMessage("Select how the request was received");
            RuleFor(c => c.ReceivedOn).Custom((input, context) =>
            {
                if (input.Problem("Date received", "Enter the date the request was received") is { } problem)
                {
                    context.AddFailure(problem);
                }
                else if (input.ToDate() > UkTime.Today(time))
                {
                    context.AddFailure("Date received must be today or in the past");
                }
            });
            RuleFor(c => c.ReceivedTime).Custom((text, context) =>
            {
                var command = context.InstanceToValidate;
                if (string.IsNullOrWhiteSpace(text))
                {
                    context.AddFailure("Enter the time the request was received");
                }
                else if (UkTime.Parse(text) is not { } clock)
                {
                    context.AddFailure("Enter the time received in the correct format, like 9:30am or 14:30");
                }
                else if (command.ReceivedOn.ToDate() is { } date && date <= UkTime.Today(time))
                {
                    var instant = UkTime.ToInstant(date, clock);
                    if (instant is null)
                    {
                        context.AddFailure("That time did not happen in the UK: the clocks went forward. Enter the time shown on the email or letter");
                    }
                    else if (instant > time.GetUtcNow())
                    {
                        context.AddFailure("Time received must be in the past");
                    }
                }
            });
            Include(new RequesterDetailsValidator<Command>(IntakeWording.Staff, c => c.Channel != PostOnly));
            // With no email address, the response can only go by post.
            RuleFor(c => c.PostalAddress)
                .NotEmpty().WithMessage("Enter the requester's postal address, or their email address")
                .When(c => c.Channel == PostOnly && string.IsNullOrWhiteSpace(c.Email));
            Include(new RequestDetailsValidator<Command>(IntakeWording.Staff));
        }
    }

    public sealed class Handler(RequestRegistration registration, Core.Data.FoiDbContext db, TimeProvider time) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var receivedAt = command.ReceivedAt() ?? throw new DomainException("Enter when the request was received.");
            var calendar = await registration.CalendarAsync(cancellationToken);
            var receivedOn = UkLocalDate.FromInstant(receivedAt);
            if (command.PreviewOnly)
            {
                var deadline = StatutoryClock.DueDate(receivedOn, registration.Regime, calendar);
                return new Result(null, null, receivedAt.UtcDateTime, receivedOn, deadline.DueOn, deadline.Skipped);
            }

            var email = await Inbox.MakeRequestFromEmail.LoadOpenAsync(db, command.FromEmailId, cancellationToken);
            var (request, _) = await registration.RegisterAsync(
                (reference, tokenHash) => FoiRequest.Log(
                    reference,
                    // No email for a postal request: stored empty; the response goes by post.
                    command.ToRequester(),
                    command.Title!,
                    QuestionParser.Parse(command.QuestionsText),
                    Enum.Parse<PreferredFormat>(command.PreferredFormat!),
                    Enum.Parse<Channel>(command.Channel!),
                    receivedAt,
                    command.Actor,
                    now,
                    calendar,
                    tokenHash,
                    registration.Regime),
                now,
                cancellationToken);
            email?.MarkMadeRequest(request.Id, command.Actor, now);
            var skipped = calendar.HolidaysBetween(request.ReceivedOn, request.DueOn);
            return new Result(request.Id, request.Reference, request.ReceivedAtUtc, request.ReceivedOn, request.DueOn, skipped);
        }
    }
}
