using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Track;

/// <summary>
/// The requester writes to us from the tracking page (for example, to answer a clarification). It lands on the case as
/// incoming correspondence; while the case waits for clarification, it restarts the clock through the same rule as an
/// emailed answer (<see cref="CaseReply"/>, FOIA s.1(3)).
/// </summary>
public static class ReplyFromTracking
{
    public sealed class Command : ICommand<Result?>
    {
        [BindNever]
        public string TokenHash { get; set; } = string.Empty;

        public string? Message { get; set; }
    }

    /// <param name="RestartedClock">The message answered our request for clarification: the 20 working days start again.</param>
    public sealed record Result(bool RestartedClock);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Message).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter your message")
                .MaximumLength(TrackingMessage.MaxLength).WithMessage($"Your message must be {TrackingMessage.MaxLength:N0} characters or fewer")
                .Must(Requests.New.TextRules.IsMultiLine).WithMessage("Your message must not include hidden or control characters");
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time, IOptions<AuthorityOptions> authority) : ICommandHandler<Command, Result?>
    {
        public async ValueTask<Result?> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await TrackingMessage.FindForChangeAsync(db, command.TokenHash, cancellationToken) is not { } request)
            {
                return null;
            }

            var now = time.GetUtcNow();
            var message = TrackingMessage.Create(request, "Message from the tracking page", command.Message!.Trim(), authority.Value.FoiEmail, now);
            db.InboundMessages.Add(message);
            var restarted = CaseReply.File(message, request, TrackingMessage.Actor, now, await calendars.ForRegimeAsync(request.Regime, cancellationToken), restartClock: true, fromRequester: true);
            return new Result(restarted);
        }
    }
}
