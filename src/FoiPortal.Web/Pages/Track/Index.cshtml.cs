using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases.Response;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Track;

/// <summary>The requester's own view of one request, reached by the secret link in their email.</summary>
public sealed class IndexModel(IMediator mediator, Microsoft.Extensions.Options.IOptions<AuthorityOptions> authority) : PageModel
{
    public TrackRequest.Model Found { get; private set; } = null!;

    /// <summary>The internal review of the response, once asked for (issue 14).</summary>
    public Review.TrackedReview.Model? Review { get; private set; }

    /// <summary>Where the requester writes to: the configured FOI address (<c>Authority:FoiEmail</c>).</summary>
    public string FoiEmail => authority.Value.FoiEmail;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        // Never say whether a token exists: unknown and malformed both get the same 404.
        if (!TrackingToken.LooksValid(token) || await mediator.Send(new TrackRequest.Query(TrackingToken.Hash(token))) is not { } found)
        {
            return NotFound();
        }

        // The token is in the URL: keep it out of any Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Found = found;
        Review = await mediator.Send(new Review.TrackedReview.Query(TrackingToken.Hash(token)));
        return Page();
    }
}

public static class TrackRequest
{
    public sealed record Query(string TokenHash) : IQuery<Model?>;

    /// <summary>
    /// <paramref name="DueOn"/> is null while clarification is awaited (FOIA s.1(3): no date until the reply);
    /// <paramref name="StoppedSince"/> is the day we asked for clarification or the fee, while the clock is stopped.
    /// </summary>
    public sealed record Model(
        string Reference,
        string Title,
        RequestStatus Status,
        DateOnly ReceivedOn,
        DateOnly? DueOn,
        ClockEventKind? StoppedBy,
        DateOnly? StoppedSince,
        DateOnly? PublicInterestTargetOn,
        IReadOnlyList<string> Questions)
    {
        /// <summary>The response as sent: the letter and its datasets.</summary>
        public IReadOnlyList<SentDocument> Documents { get; init; } = [];

        /// <summary>The day the response was sent (the clock's ResponseSent event), once it has been.</summary>
        public DateOnly? RespondedOn { get; init; }

        /// <summary>The last day to ask for an internal review, while that is still possible (<see cref="ReviewWindow"/>); null otherwise.</summary>
        public DateOnly? ReviewOpenUntil { get; init; }
    }

    /// <param name="Label">What the requester sees as the link: "Our response letter", or the dataset's title.</param>
    public sealed record SentDocument(long Id, string FileName, string ContentType, long Length, string Label);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var found = await db.Requests.AsNoTracking()
                .Where(r => r.TrackingTokenHash == query.TokenHash)
                .Select(r => new
                {
                    r.Id,
                    r.Reference,
                    r.Title,
                    r.Status,
                    r.Regime,
                    r.ReceivedOn,
                    r.DueOn,
                    Questions = r.Questions.OrderBy(q => q.Number).Select(q => q.Text).ToList(),
                    Received = r.ReceivedQuestions.OrderBy(q => q.Number).Select(q => q.Text).ToList(),
                    ClockEvents = r.ClockEvents.OrderBy(e => e.Id).Select(e => new ClockEvent(e.Kind, e.On, e.ExtraWorkingDays, null)).ToList(),
                })
                .AsSplitQuery()
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            var calendar = await calendars.ForRegimeAsync(found.Regime, cancellationToken);
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var reading = FoiRequest.ReadClock(found.Regime, found.ReceivedOn, found.ClockEvents, calendar, today);
            var deadline = DeadlineStatus.Read(found.Status, reading, calendar, today);
            var open = deadline.State != DeadlineState.Closed;
            var stop = deadline.State == DeadlineState.Stopped
                ? found.ClockEvents.LastOrDefault(e => e.Kind is ClockEventKind.ClarificationSought or ClockEventKind.FeesNoticeIssued)
                : null;
            var respondedOn = found.ClockEvents.LastOrDefault(e => e.Kind == ClockEventKind.ResponseSent)?.On;
            return new Model(
                found.Reference,
                found.Title,
                found.Status,
                found.ReceivedOn,
                stop is not null ? reading.DueOn : found.DueOn,
                stop?.Kind,
                stop?.On,
                open ? reading.PublicInterestTargetOn : null,
                // The request is the requester's own: shown as received, whatever the officer has split or reworded (docs/adr/023).
                FoiRequest.AsReceived(found.Received, found.Questions))
            {
                RespondedOn = respondedOn,
                // The s.45 Code, EIR reg 11(2), FOISA s.20(5): 40 working days; no invitation once the window has closed.
                ReviewOpenUntil = respondedOn is { } sent && found.Status == RequestStatus.Responded && ReviewWindow.IsOpen(sent, today, calendar)
                    ? ReviewWindow.ClosesOn(sent, calendar)
                    : null,
                Documents = await SentDocumentsAsync(found.Id, found.Reference, cancellationToken),
            };
        }

        /// <summary>The sent documents, labelled in words: the letter, and each dataset's title (its table as PDF, its data as CSV).</summary>
        private async Task<IReadOnlyList<SentDocument>> SentDocumentsAsync(int requestId, string reference, CancellationToken cancellationToken)
        {
            var documents = await db.ResponseDocuments.AsNoTracking().Where(d => d.FoiRequestId == requestId && d.Sent).OrderBy(d => d.Id)
                .Select(d => new { d.Id, d.ResponseLetterId, d.Kind, d.FileName, d.ContentType, d.Length }).ToListAsync(cancellationToken);
            if (documents.Count == 0)
            {
                return [];
            }

            var letterId = documents[0].ResponseLetterId;
            var datasets = await db.ResponseLetters.AsNoTracking().Where(l => l.Id == letterId).SelectMany(l => l.Attachments)
                .Select(a => new { a.Title, a.FileName }).ToListAsync(cancellationToken);
            return documents.Select(d => new SentDocument(d.Id, d.FileName, d.ContentType, d.Length, d.Kind switch
            {
                ResponseDocumentKind.Letter => "Our response letter",
                ResponseDocumentKind.DatasetPdf => datasets.FirstOrDefault(a => ResponseComposer.DatasetPdfName(reference, a.FileName) == d.FileName) is { } a ? $"{a.Title}: table" : d.FileName,
                _ => datasets.FirstOrDefault(a => ResponseComposer.CsvName(a.FileName) == d.FileName) is { } a ? $"{a.Title}: data" : d.FileName,
            })).ToList();
        }
    }
}

/// <summary>A sent response document, for the requester who holds the tracking link.</summary>
public static class TrackedDocument
{
    public sealed record Query(string TokenHash, long DocumentId) : IQuery<File?>;

    public sealed record File(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, File?>
    {
        public async ValueTask<File?> Handle(Query query, CancellationToken cancellationToken) =>
            await (from d in db.ResponseDocuments.AsNoTracking()
                   join r in db.Requests.AsNoTracking() on d.FoiRequestId equals r.Id
                   where r.TrackingTokenHash == query.TokenHash && d.Id == query.DocumentId && d.Sent
                   select new File(d.FileName, d.ContentType, d.Content)).SingleOrDefaultAsync(cancellationToken);
    }
}
