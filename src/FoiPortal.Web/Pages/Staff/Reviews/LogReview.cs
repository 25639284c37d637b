using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>
/// Staff log a request for review that arrived by email or post, with its real received date; after the 40 working days
/// only with a reason for accepting it late (<see cref="ReviewRules.WhyNotAsk"/>).
/// </summary>
public static class LogReview
{
    public sealed record Query(int RequestId) : IQuery<Page?>;

    public sealed record Page(int RequestId, string Reference, string Title, RequestStatus Status, DateOnly? RespondedOn, DateOnly? WindowClosesOn, IReadOnlyList<string> Questions);

    public sealed class Command : ICommand<int>, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        public Channel? Channel { get; set; }

        public DateInput ReceivedOn { get; set; } = new();

        public string? Grounds { get; set; }

        public string? AcceptedLateReason { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Channel).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Select how the request for review arrived")
                .Must(c => c is Channel.Email or Channel.Post).WithMessage("Select email or post");
            RuleFor(c => c.ReceivedOn).Custom((date, context) =>
            {
                if (date.Problem("Date the request for review was received", "Enter the date the request for review was received") is { } problem)
                {
                    context.AddFailure("ReceivedOn", problem);
                }
            });
            RuleFor(c => c.Grounds).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what the requester is unhappy with")
                .MaximumLength(InternalReview.GroundsMaxLength).WithMessage($"What the requester is unhappy with must be {InternalReview.GroundsMaxLength:N0} characters or fewer");
            RuleFor(c => c.AcceptedLateReason).MaximumLength(InternalReview.ReasonMaxLength)
                .WithMessage($"The reason must be {InternalReview.ReasonMaxLength:N0} characters or fewer");
        }
    }

    public sealed class QueryHandler(FoiDbContext db, ICalendarSource calendars) : IQueryHandler<Query, Page?>
    {
        public async ValueTask<Page?> Handle(Query query, CancellationToken cancellationToken)
        {
            var found = await db.Requests.AsNoTracking().Where(r => r.Id == query.RequestId)
                .Select(r => new
                {
                    r.Id,
                    r.Reference,
                    r.Title,
                    r.Status,
                    r.Regime,
                    Questions = r.Questions.OrderBy(q => q.Number).Select(q => q.Text).ToList(),
                    RespondedOn = r.ClockEvents.Where(e => e.Kind == ClockEventKind.ResponseSent).Select(e => (DateOnly?)e.On).Max(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            var calendar = await calendars.ForRegimeAsync(found.Regime, cancellationToken);
            return new Page(found.Id, found.Reference, found.Title, found.Status, found.RespondedOn,
                found.RespondedOn is { } sent ? ReviewWindow.ClosesOn(sent, calendar) : null, found.Questions);
        }
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.Requests.Include(r => r.Questions).Include(r => r.ClockEvents).Include(r => r.Events)
                .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken)
                ?? throw new DomainException("This request no longer exists.");
            var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
            var earlier = await db.InternalReviews.Where(v => v.FoiRequestId == request.Id && v.LinkedToReviewId == null)
                .OrderBy(v => v.Id).FirstOrDefaultAsync(cancellationToken);
            var review = InternalReview.Ask(
                request, earlier, command.Channel!.Value, command.ReceivedOn.ToDate()!.Value, command.Grounds!, new Dictionary<int, string>(),
                command.Actor, command.AcceptedLateReason, time.GetUtcNow(), calendar);
            db.InternalReviews.Add(review);
            await db.SaveChangesAsync(cancellationToken);
            return review.LinkedToReviewId ?? review.Id;
        }
    }
}
