using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Reviews;

/// <summary>
/// The review queue's three tab counts in one aggregate (<see cref="ReviewDeadlines.Counts"/>) agree with the views'
/// own conditions. A FOIA response sent Mon 1 Dec 2025; today Thu 12 Feb 2026, so "due soon" runs to Thu 19 Feb (5
/// working days). Hand-counted due dates (20 working days, day 1 the next working day): received Mon 5 Jan -> Mon 2 Feb
/// (overdue); Thu 15 Jan -> Thu 12 Feb (due today: due soon); Mon 26 Jan -> Mon 23 Feb (neither). A second request for
/// review of the same response is linked to the first, so not open.
/// </summary>
public class ReviewQueueCountsTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();
    private static readonly DateOnly Today = new(2026, 2, 12);

    private static List<InternalReview> Reviews()
    {
        var reviews = new List<InternalReview>();
        foreach (var received in new[] { new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 26) })
        {
            var request = FoiRequest.Submit(
                "FOI/2025/00001", new Requester("Jo Bloggs", "jo@example.org", null), "Grooming", ["One?"],
                PreferredFormat.Email, Channel.Web, new DateTimeOffset(2025, 11, 3, 10, 0, 0, TimeSpan.Zero), Uk, TrackingToken.Create().Hash);
            request.StartWork("officer@foiportal.test", new DateTimeOffset(2025, 11, 3, 11, 0, 0, TimeSpan.Zero));
            request.RecordResponseSent("officer@foiportal.test", new DateTimeOffset(2025, 12, 1, 12, 0, 0, TimeSpan.Zero));
            var at = new DateTimeOffset(received.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            var review = InternalReview.Ask(request, null, Channel.Web, received, "Look again.", new Dictionary<int, string>(), null, null, at, Uk);
            reviews.Add(review);
            if (reviews.Count == 1)
            {
                reviews.Add(InternalReview.Ask(request, review, Channel.Web, received, "Again.", new Dictionary<int, string>(), null, null, at, Uk));
            }
        }

        return reviews;
    }

    [Fact]
    public void DueDates_AreTheHandCountedOnes() =>
        Assert.Equal(
            [new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 12), new DateOnly(2026, 2, 23)],
            Reviews().Select(r => r.DueOn));

    [Fact]
    public void Counts_OneAggregate_AgreesWithTheViewsAndTheHandCount()
    {
        var deadlines = new ReviewDeadlines(DeadlineWindow.On(Today, Uk, WorkingDayCalendar.ForRegime(Regime.Foisa)));
        var reviews = Reviews();

        var counted = reviews.Where(ReviewDeadlines.IsOpen.Compile()).GroupBy(_ => 1).Select(deadlines.Counts.Compile()).Single();

        Assert.Equal(new ReviewCounts(3, 1, 1), counted);
        Assert.Equal(
            new ReviewCounts(reviews.Count(ReviewDeadlines.IsOpen.Compile()), reviews.Count(deadlines.DueSoon.Compile()), reviews.Count(deadlines.Overdue.Compile())),
            counted);
    }
}
