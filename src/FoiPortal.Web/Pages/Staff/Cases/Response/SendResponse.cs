using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>
/// Sends the response, exactly once: in one transaction the letter and its documents become immutable, the case is
/// Responded, and the email with the documents is queued in the outbox under a key unique to this letter version. No
/// mail is sent here: <see cref="OutboxDispatcher"/> sends it after the commit. So a retried transaction queues it
/// once, a failed commit queues nothing, and a mail failure leaves the response recorded and its email retried.
/// </summary>
public static class SendResponse
{
    /// <summary>Returns "on time" or "N working days late".</summary>
    /// <param name="Posted">The officer has printed and posted the response (only for a requester who gets it by post).</param>
    public sealed record Command(int RequestId, Guid Version, bool Posted = false) : ICommand<string>, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(
        FoiDbContext db,
        IOptions<AuthorityOptions> authority,
        ICalendarSource calendars,
        TimeProvider time,
        AfterCommit afterCommit,
        OutboxSignal outbox) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.ClockEvents), command.RequestId, command.Version, cancellationToken);
            var letter = await db.ResponseLetters.Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == request.Id, cancellationToken);
            var facts = await ResponseRules.LoadSendFactsAsync(db, request.Id, letter, cancellationToken);
            if (SendReadiness.ToSend(facts) is { Count: > 0 } problems)
            {
                throw new SendRefusedException(problems);
            }

            // FOIA s.11(1)(a): by post when the requester asked for a paper copy, or gave no email address.
            switch (facts.Delivery)
            {
                case DeliveryMethod.Post when !command.Posted:
                    throw new DomainException("This requester gets the response by post: print the documents, post them, then choose \"Record as posted\".");
                case DeliveryMethod.Email when command.Posted:
                    throw new DomainException("This requester gets the response by email: choose \"Send response\".");
                default:
                    break;
            }

            var now = time.GetUtcNow();
            letter!.BeginSending();
            var caseFacts = (await ResponseComposer.LoadFactsAsync(db, request.Id, cancellationToken))!;
            var documents = await ResponseFiles.EnsureRenderedAsync(db, caseFacts, letter, authority.Value, command.Actor, now, cancellationToken);
            // The documents get their ids (the email refers to them); a second click's save finds the letter no longer a draft and fails.
            await db.SaveChangesAsync(cancellationToken);
            var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
            if (command.Posted)
            {
                request.RecordCaseWork("ResponsePosted", $"Response printed and posted to the requester's postal address; letter version {letter.Version}", command.Actor, now);
                return RecordSent(request, letter, documents, calendar, command.Actor, now);
            }

            var timeliness = RecordSent(request, letter, documents, calendar, command.Actor, now);
            if (await ResponseEmail.QueueAsync(db, request, letter, documents, authority.Value, now, cancellationToken))
            {
                request.RecordCaseWork("ResponseEmailQueued", $"Response email to the requester queued with {documents.Count} {(documents.Count == 1 ? "document" : "documents")}", command.Actor, now);
            }

            afterCommit.Add("outbox", _ =>
            {
                outbox.Notify();
                return Task.CompletedTask;
            });
            return timeliness;
        }

        /// <summary>
        /// The response is given: the letter and its documents become immutable, the case is Responded (stopping the
        /// clock) and the timeliness goes on the timeline. Returns "on time" or "N working days late". The Development
        /// seeder records its demo response with the same steps.
        /// </summary>
        public static string RecordSent(FoiRequest request, ResponseLetter letter, IEnumerable<ResponseDocument> documents, WorkingDayCalendar calendar, string officer, DateTimeOffset now)
        {
            letter.MarkSent(officer, now.UtcDateTime);
            foreach (var document in documents)
            {
                document.MarkSent();
            }

            request.EnsureWorkStarted(officer, now);

            // FOIA s.10(1): the due date read from the clock, extensions and stops included (needs the clock events loaded).
            var sentOn = UkLocalDate.FromInstant(now);
            var reading = FoiRequest.ReadClock(request.Regime, request.ReceivedOn, request.ClockEvents.Select(e => e.ToClockEvent()), calendar, sentOn);
            request.RecordResponseSent(officer, now);
            var timeliness = ResponseTimeliness.Of(reading.DueOn ?? request.DueOn, sentOn, calendar).Describe();
            request.RecordCaseWork("ResponseTimeliness", $"Response sent {timeliness} (due {UkDates.Full(reading.DueOn ?? request.DueOn)}); letter version {letter.Version}", officer, now);
            return timeliness;
        }
    }
}
