using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Track.Review;

/// <summary>After sending: the review's due date (the first review's, when this one was linked to it).</summary>
public sealed class ConfirmationModel(IMediator mediator) : PageModel
{
    public TrackedReview.Model Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!TrackingToken.LooksValid(token) || await mediator.Send(new TrackedReview.Query(TrackingToken.Hash(token))) is not { } review)
        {
            return NotFound();
        }

        Response.Headers["Referrer-Policy"] = "no-referrer";
        Review = review;
        return Page();
    }
}

/// <summary>The requester's review, by tracking token: the first review of the response, and whether a later request was linked to it.</summary>
public static class TrackedReview
{
    public sealed record Query(string TokenHash) : IQuery<Model?>;

    public sealed record Model(int Id, string Reference, DateOnly ReceivedOn, DateOnly DueOn, ReviewStatus Status, DateOnly? RespondedOn, bool HasLetter, int LinkedCount, bool LastWasLinked);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var reviews = await (from v in db.InternalReviews.AsNoTracking()
                                 join r in db.Requests.AsNoTracking() on v.FoiRequestId equals r.Id
                                 where r.TrackingTokenHash == query.TokenHash
                                 orderby v.Id
                                 select new { v.Id, r.Reference, v.ReceivedOn, v.DueOn, v.Status, v.RespondedOn, HasLetter = v.OutcomeLetterSha256 != null, v.LinkedToReviewId })
                .ToListAsync(cancellationToken);
            var first = reviews.FirstOrDefault(v => v.LinkedToReviewId is null);
            return first is null ? null : new Model(
                first.Id, first.Reference, first.ReceivedOn, first.DueOn, first.Status, first.RespondedOn, first.HasLetter,
                reviews.Count(v => v.LinkedToReviewId == first.Id), reviews[^1].LinkedToReviewId is not null);
        }
    }
}
