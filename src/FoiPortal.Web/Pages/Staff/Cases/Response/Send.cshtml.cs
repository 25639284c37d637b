using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>Check and send: who gets what, whether every sign-off is approved, then one click that sends once.</summary>
public sealed class SendModel(IMediator mediator) : PageModel
{
    public SendCheck.Model Check { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, Guid version)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        var outcome = await mediator.Send(new SendResponse.Command(id, version, User.Identity?.Name ?? "unknown"));
        TempData["Notice"] = $"Response sent to the requester {outcome}.";
        return Redirect($"/staff/cases/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new SendCheck.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Check = found;
        return null;
    }
}

public static class SendCheck
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(int Id, string Reference, string Title, Guid Version, string RequesterEmail, int LetterVersion, IReadOnlyList<string> Attachments, DateOnly DueOn, string? WhyCannotSend);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == query.Id)
                .Select(x => new { x.Id, x.Reference, x.Title, x.Version, x.Requester.Email, x.Status, x.DueOn })
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var letter = await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == query.Id, cancellationToken);
            var files = new List<string>();
            if (letter is not null)
            {
                files.Add(ResponseComposer.LetterFileName(r.Reference, letter.Version));
                foreach (var a in letter.Attachments.OrderBy(a => a.Id))
                {
                    files.Add(ResponseComposer.DatasetPdfName(r.Reference, a));
                    files.Add(ResponseComposer.CsvName(a));
                }
            }

            return new Model(r.Id, r.Reference, r.Title, r.Version, r.Email, letter?.Version ?? 0, files, r.DueOn,
                await ResponseRules.WhyCannotSendAsync(db, query.Id, r.Status, letter, cancellationToken));
        }
    }
}

public static class SendResponse
{
    /// <summary>Returns "on time" or "N working days late".</summary>
    public sealed record Command(int RequestId, Guid Version, string Officer) : ICommand<string>;

    public sealed class Handler(
        FoiDbContext db,
        IMailTransport transport,
        IOptions<MailOptions> mail,
        IOptions<AuthorityOptions> authority,
        ICalendarSource calendars,
        TimeProvider time,
        ILogger<Handler> logger) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.ClockEvents), command.RequestId, command.Version, cancellationToken);
            var letter = await db.ResponseLetters.Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == request.Id, cancellationToken);
            if (await ResponseRules.WhyCannotSendAsync(db, request.Id, request.Status, letter, cancellationToken) is { } why)
            {
                throw new DomainException(why);
            }

            var now = time.GetUtcNow();
            letter!.BeginSending();
            var facts = (await ResponseComposer.LoadFactsAsync(db, request.Id, cancellationToken))!;
            var documents = await ResponseFiles.EnsureRenderedAsync(db, facts, letter, authority.Value, command.Officer, now, cancellationToken);
            // Claims the send inside this transaction: a second click's save finds the letter no longer a draft and fails.
            await db.SaveChangesAsync(cancellationToken);

            try
            {
                await transport.SendAsync(Email(request, documents), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The transaction rolls back: the case, the letter and its documents stay as they were.
                logger.LogWarning("Response email for request {RequestId} failed: {ErrorType}", request.Id, ex.GetType().Name);
                throw new DomainException("The email to the requester could not be sent, so the response has not been sent and nothing has changed. Try again in a few minutes.");
            }

            var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
            return RecordSent(request, letter, documents, calendar, command.Officer, now);
        }

        /// <summary>
        /// After the email has gone: the letter and its documents become immutable, the case is Responded (stopping the
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

            if (request.Status == RequestStatus.Received)
            {
                request.StartWork(officer, now);
            }

            // FOIA s.10(1): the due date read from the clock, extensions and stops included (needs the clock events loaded).
            var sentOn = UkLocalDate.FromInstant(now);
            var reading = FoiRequest.ReadClock(request.Regime, request.ReceivedOn, request.ClockEvents.Select(e => e.ToClockEvent()), calendar, sentOn);
            request.RecordResponseSent(officer, now);
            var timeliness = ResponseTimeliness.Of(reading.DueOn ?? request.DueOn, sentOn, calendar).Describe();
            request.RecordCaseWork("ResponseTimeliness", $"Response sent {timeliness} (due {UkDates.Full(reading.DueOn ?? request.DueOn)}); letter version {letter.Version}", officer, now);
            return timeliness;
        }

        private MimeMessage Email(FoiRequest request, IReadOnlyList<ResponseDocument> documents)
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(mail.Value.FromName, mail.Value.From));
            message.To.Add(new MailboxAddress(request.Requester.Name, request.Requester.Email));
            message.Subject = $"Your Freedom of Information request {request.Reference}: our response";
            var body = new BodyBuilder
            {
                TextBody = $"Dear {request.Requester.Name},\n\n"
                    + $"Please find attached our response to your Freedom of Information request {request.Reference}, \"{request.Title}\".\n\n"
                    + "You can also download these documents from your request's page, using the link in our acknowledgement email.\n\n"
                    + $"Freedom of Information team\n{authority.Value.Name}\n",
            };
            foreach (var document in documents)
            {
                body.Attachments.Add(document.FileName, document.Content, ContentType.Parse(document.ContentType));
            }

            message.Body = body.ToMessageBody();
            return message;
        }
    }
}
