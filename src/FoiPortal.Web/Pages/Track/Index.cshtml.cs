using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Track;

/// <summary>The requester's own view of one request, reached by the secret link in their email.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public TrackRequest.Model Found { get; private set; } = null!;

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
        IReadOnlyList<string> Questions);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var found = await db.Requests.AsNoTracking()
                .Where(r => r.TrackingTokenHash == query.TokenHash)
                .Select(r => new
                {
                    r.Reference,
                    r.Title,
                    r.Status,
                    r.Regime,
                    r.ReceivedOn,
                    r.DueOn,
                    Questions = r.Questions.OrderBy(q => q.Number).Select(q => q.Text).ToList(),
                    ClockEvents = r.ClockEvents.OrderBy(e => e.Id).Select(e => new ClockEvent(e.Kind, e.On, e.ExtraWorkingDays, null)).ToList(),
                })
                .AsSplitQuery()
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            var calendar = await calendars.ForRegimeAsync(found.Regime, cancellationToken);
            var reading = FoiRequest.ReadClock(found.Regime, found.ReceivedOn, found.ClockEvents, calendar, UkLocalDate.FromInstant(time.GetUtcNow()));
            var open = ClockActions.IsOpen(found.Status);
            var stop = open && reading.Stopped
                ? found.ClockEvents.LastOrDefault(e => e.Kind is ClockEventKind.ClarificationSought or ClockEventKind.FeesNoticeIssued)
                : null;
            return new Model(
                found.Reference,
                found.Title,
                found.Status,
                found.ReceivedOn,
                stop is not null ? reading.DueOn : found.DueOn,
                stop?.Kind,
                stop?.On,
                open ? reading.PublicInterestTargetOn : null,
                found.Questions);
        }
    }
}
