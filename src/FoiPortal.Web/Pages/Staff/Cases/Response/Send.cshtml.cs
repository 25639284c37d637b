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

    /// <param name="posted">True from "Record as posted" (a response that goes by post); false from "Send response" (by email).</param>
    public async Task<IActionResult> OnPostAsync(int id, Guid version, bool posted)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        var outcome = await mediator.Send(new SendResponse.Command(id, version, User.Identity?.Name ?? "unknown", posted));
        TempData["Notice"] = posted ? $"Response recorded as posted to the requester {outcome}." : $"Response sent to the requester {outcome}.";
        return Redirect($"/staff/cases/{id}");
    }

    /// <summary>Makes (or reuses) this version's documents, so they can be printed before posting.</summary>
    public async Task<IActionResult> OnPostPrintAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new RenderLetter.Command(id, User.Identity?.Name ?? "unknown"));
        return Redirect($"/staff/cases/{id}/response/send#print");
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

    /// <param name="Delivery">Email, or post (<see cref="ResponseDelivery.For"/>); null when there is no address of either kind.</param>
    /// <param name="Printable">This version's documents once made, to print for the post.</param>
    public sealed record Model(
        int Id, string Reference, string Title, Guid Version, string RequesterEmail, int LetterVersion, IReadOnlyList<string> Attachments, DateOnly DueOn, string? WhyCannotSend,
        DeliveryMethod? Delivery, IReadOnlyList<string> PostalLines, IReadOnlyList<(long Id, string FileName)> Printable);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == query.Id)
                .Select(x => new { x.Id, x.Reference, x.Title, x.Version, x.Requester.Email, x.Requester.Name, x.Requester.PostalAddress, x.PreferredFormat, x.Status, x.DueOn })
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

            var delivery = ResponseDelivery.For(r.Email, r.PostalAddress, r.PreferredFormat);
            var postal = new List<string> { r.Name };
            postal.AddRange((r.PostalAddress ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var printable = letter is null || delivery != DeliveryMethod.Post
                ? []
                : (await db.ResponseDocuments.AsNoTracking().Where(d => d.ResponseLetterId == letter.Id && d.LetterVersion == letter.Version && d.ContentType == ResponseFiles.PdfType)
                    .OrderBy(d => d.Id).Select(d => new { d.Id, d.FileName }).ToListAsync(cancellationToken)).Select(d => (d.Id, d.FileName)).ToList();
            var why = await ResponseRules.WhyCannotSendAsync(db, query.Id, r.Status, letter, cancellationToken)
                ?? (delivery is null ? ResponseRules.NoAddress : null);
            return new Model(r.Id, r.Reference, r.Title, r.Version, r.Email, letter?.Version ?? 0, files, r.DueOn, why, delivery, postal, printable);
        }
    }
}

public static class SendResponse
{
    /// <summary>Returns "on time" or "N working days late".</summary>
    /// <param name="Posted">The officer has printed and posted the response (only for a requester who gets it by post).</param>
    public sealed record Command(int RequestId, Guid Version, string Officer, bool Posted = false) : ICommand<string>;

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

            // FOIA s.11(1)(a): by post when the requester asked for a paper copy, or gave no email address.
            switch (ResponseDelivery.For(request.Requester.Email, request.Requester.PostalAddress, request.PreferredFormat))
            {
                case null:
                    throw new DomainException(ResponseRules.NoAddress);
                case DeliveryMethod.Post when !command.Posted:
                    throw new DomainException("This requester gets the response by post: print the documents, post them, then choose \"Record as posted\".");
                case DeliveryMethod.Email when command.Posted:
                    throw new DomainException("This requester gets the response by email: choose \"Send response\".");
                default:
                    break;
            }

            var now = time.GetUtcNow();
            letter!.BeginSending();
            var facts = (await ResponseComposer.LoadFactsAsync(db, request.Id, cancellationToken))!;
            var documents = await ResponseFiles.EnsureRenderedAsync(db, facts, letter, authority.Value, command.Officer, now, cancellationToken);
            // Claims the send inside this transaction: a second click's save finds the letter no longer a draft and fails.
            await db.SaveChangesAsync(cancellationToken);
            var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
            if (command.Posted)
            {
                request.RecordCaseWork("ResponsePosted", $"Response printed and posted to the requester's postal address; letter version {letter.Version}", command.Officer, now);
                return RecordSent(request, letter, documents, calendar, command.Officer, now);
            }

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
