using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Track.Review;

/// <summary>The requester asks for an internal review of the response, from their tracking link.</summary>
public static class AskForReview
{
    public sealed record Query(string TokenHash) : IQuery<Page?>;

    /// <param name="WindowClosesOn">The last day to ask (40 working days after the response).</param>
    /// <param name="WindowOpen">Whether today is within the window.</param>
    /// <param name="EarlierReviewOn">The day an earlier review of this response was asked for: a new one is linked to it.</param>
    public sealed record Page(string Reference, string Title, IReadOnlyList<string> Questions, DateOnly? RespondedOn, DateOnly? WindowClosesOn, bool WindowOpen, DateOnly? EarlierReviewOn);

    /// <summary>What the requester is unhappy with; <see cref="Send"/> is set by the page (false: check answers only).</summary>
    public sealed class Command : ICommand<Result?>
    {
        [BindNever]
        public string TokenHash { get; set; } = string.Empty;

        public string? Grounds { get; set; }

        /// <summary>One optional entry per question, in question order.</summary>
        public List<string?> QuestionGrounds { get; set; } = [];

        [BindNever]
        public bool Send { get; set; }
    }

    public sealed record Result(DateOnly DueOn, bool Linked);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Grounds).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what you are unhappy with")
                .MaximumLength(InternalReview.GroundsMaxLength).WithMessage($"What you are unhappy with must be {InternalReview.GroundsMaxLength:N0} characters or fewer");
            RuleForEach(c => c.QuestionGrounds)
                .MaximumLength(InternalReview.GroundsMaxLength).WithMessage($"What you say about a question must be {InternalReview.GroundsMaxLength:N0} characters or fewer");
        }
    }

    public sealed class QueryHandler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Page?>
    {
        public async ValueTask<Page?> Handle(Query query, CancellationToken cancellationToken)
        {
            var found = await db.Requests.AsNoTracking().Where(r => r.TrackingTokenHash == query.TokenHash)
                .Select(r => new
                {
                    r.Id,
                    r.Reference,
                    r.Title,
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
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var closesOn = found.RespondedOn is { } sent ? ReviewWindow.ClosesOn(sent, calendar) : (DateOnly?)null;
            var earlier = await db.InternalReviews.AsNoTracking().Where(v => v.FoiRequestId == found.Id && v.LinkedToReviewId == null)
                .OrderBy(v => v.Id).Select(v => (DateOnly?)v.ReceivedOn).FirstOrDefaultAsync(cancellationToken);
            return new Page(found.Reference, found.Title, found.Questions, found.RespondedOn, closesOn, found.RespondedOn is { } on && ReviewWindow.IsOpen(on, today, calendar), earlier);
        }
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time, IOptions<AuthorityOptions> authority)
        : ICommandHandler<Command, Result?>
    {
        public async ValueTask<Result?> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.Requests.Include(r => r.Questions).Include(r => r.ClockEvents).Include(r => r.Events)
                .AsSplitQuery().SingleOrDefaultAsync(r => r.TrackingTokenHash == command.TokenHash, cancellationToken);
            if (request is null)
            {
                return null;
            }

            var now = time.GetUtcNow();
            var today = UkLocalDate.FromInstant(now);
            var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
            var respondedOn = request.ClockEvents.LastOrDefault(e => e.Kind == ClockEventKind.ResponseSent)?.On;
            // The same rule the aggregate applies, checked at "Continue" too, so the requester hears it before checking answers.
            if (ReviewRules.WhyNotAsk(request.Status, respondedOn, today, today, calendar, loggedBy: null, acceptedLateReason: null) is { } why)
            {
                throw new DomainException(why);
            }

            if (!command.Send)
            {
                return null;
            }

            var perQuestion = command.QuestionGrounds.Select((text, i) => (Number: i + 1, Text: text))
                .Where(q => !string.IsNullOrWhiteSpace(q.Text)).ToDictionary(q => q.Number, q => q.Text!);
            var (review, earlier, dueOn) = await OpenReview.OpenAsync(db, request, Channel.Web, today, command.Grounds!, loggedBy: null, now, calendar, cancellationToken, perQuestion);
            if (!string.IsNullOrWhiteSpace(request.Requester.Email))
            {
                db.OutboundEmails.Add(ReviewAcknowledgement.Create(request, review, earlier, dueOn, authority.Value, now.UtcDateTime));
            }

            return new Result(dueOn, earlier is not null);
        }
    }
}

/// <summary>The email that acknowledges a request for review: received date, due date, and plain words when it was linked to an earlier one.</summary>
public static class ReviewAcknowledgement
{
    public static OutboundEmail Create(FoiRequest request, InternalReview review, InternalReview? earlier, DateOnly dueOn, AuthorityOptions authority, DateTime nowUtc)
    {
        var what = earlier is null
            ? $"Someone who took no part in the original decision will review it. We will send you the outcome by {UkDates.WithWeekday(dueOn)}."
            : $"You already asked for a review of this response on {UkDates.WithWeekday(earlier.ReceivedOn)}. We have added what you said to that review, and will send you its outcome by {UkDates.WithWeekday(dueOn)}.";
        var body = $"""
            Dear {request.Requester.Name},

            We received your request for an internal review of our response to your Freedom of Information request {request.Reference} ("{request.Title}") on {UkDates.WithWeekday(review.ReceivedOn)}.

            {what}

            You can follow the review from your tracking link, the one in our first email to you.

            {authority.Name}
            Freedom of Information team
            """;
        // Correspondence on the case, with the reference in square brackets so that a reply files itself.
        return new OutboundEmail(request.Requester.Email, request.Requester.Name, $"[{request.Reference}] Your request for an internal review", body, nowUtc).AboutRequest(request.Id);
    }
}
