using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Track.Review;

/// <summary>
/// Opens the internal review of a response, however it was asked for: the tracking page (<see cref="AskForReview"/>)
/// or an email filed to the case (by the importer or an officer). A further request for review of the same response is
/// linked to the first (s.45 Code para 5).
/// </summary>
public static class OpenReview
{
    public sealed record Opened(InternalReview Review, InternalReview? Earlier, DateOnly DueOn);

    /// <summary>Opens the review (or a further one linked to the first); the aggregate refuses one it cannot accept (<see cref="WhyNot"/>).</summary>
    public static async Task<Opened> OpenAsync(
        FoiDbContext db, FoiRequest request, Channel channel, DateOnly receivedOn, string grounds, string? loggedBy, DateTimeOffset now, WorkingDayCalendar calendar,
        CancellationToken ct, IReadOnlyDictionary<int, string>? perQuestion = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var earlier = await db.InternalReviews.Where(v => v.FoiRequestId == request.Id && v.LinkedToReviewId == null)
            .OrderBy(v => v.Id).FirstOrDefaultAsync(ct);
        var review = InternalReview.Ask(request, earlier, channel, receivedOn, grounds, perQuestion ?? new Dictionary<int, string>(), loggedBy, acceptedLateReason: null, now, calendar);
        db.InternalReviews.Add(review);
        return new Opened(review, earlier, earlier?.DueOn ?? review.DueOn);
    }

    /// <summary>Why a review asked for on <paramref name="receivedOn"/> cannot be opened now, or null (the aggregate's own rule).</summary>
    public static string? WhyNot(FoiRequest request, DateOnly receivedOn, DateTimeOffset now, WorkingDayCalendar calendar, string? loggedBy)
    {
        ArgumentNullException.ThrowIfNull(request);
        var respondedOn = request.ClockEvents.LastOrDefault(e => e.Kind == ClockEventKind.ResponseSent)?.On;
        return ReviewRules.WhyNotAsk(request.Status, respondedOn, receivedOn, UkLocalDate.FromInstant(now), calendar, loggedBy, acceptedLateReason: null);
    }
}
