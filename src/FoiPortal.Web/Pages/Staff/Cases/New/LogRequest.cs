using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Pages.Requests.New;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.New;

/// <summary>Logs a request that came by email or post (or, with <see cref="Command.PreviewOnly"/>, works out its due date to check first).</summary>
public static class LogRequest
{
    /// <summary>The form (<see cref="IRequestIntake"/>) with how and when the request arrived; logged by the signed-in officer.</summary>
    public sealed class Command : ICommand<Result>, IRequestIntake, IStaffCommand
    {
        [BindNever]
        public bool PreviewOnly { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Channel { get; set; }

        public DateInput ReceivedOn { get; set; } = new();

        public string? ReceivedTime { get; set; }

        public string? FullName { get; set; }

        public string? Email { get; set; }

        public string? PostalAddress { get; set; }

        public string? YourReference { get; set; }

        public string? Title { get; set; }

        public string? QuestionsText { get; set; }

        public string? PreferredFormat { get; set; }

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

    public sealed class Handler(
        FoiDbContext db,
        ReferenceAllocator references,
        ICalendarSource calendars,
        TimeProvider time,
        IOptions<RequestOptions> options,
        IOptions<AuthorityOptions> authority) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var receivedAt = command.ReceivedAt() ?? throw new DomainException("Enter when the request was received.");
            // FOIA by default, as for web requests; the officer sets EIR or FOISA at triage.
            var calendar = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
            var receivedOn = UkLocalDate.FromInstant(receivedAt);
            if (command.PreviewOnly)
            {
                var deadline = StatutoryClock.DueDate(receivedOn, Regime.Foia, calendar);
                return new Result(null, null, receivedAt.UtcDateTime, receivedOn, deadline.DueOn, deadline.Skipped);
            }

            var (token, hash) = TrackingToken.Create();
            var reference = await references.NextAsync(UkLocalDate.FromInstant(now).Year, cancellationToken);
            var email = command.Email?.Trim() ?? string.Empty;
            var request = FoiRequest.Log(
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
                hash);
            db.Requests.Add(request);
            await db.SaveChangesAsync(cancellationToken);

            if (email.Length > 0)
            {
                db.OutboundEmails.Add(Acknowledgement.Create(request, token, options.Value.PublicBaseUrl, authority.Value.Name, now.UtcDateTime));
            }

            var skipped = calendar.HolidaysBetween(request.ReceivedOn, request.DueOn);
            return new Result(request.Id, request.Reference, request.ReceivedAtUtc, request.ReceivedOn, request.DueOn, skipped);
        }
    }
}
