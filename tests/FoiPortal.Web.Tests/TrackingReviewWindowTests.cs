using FoiPortal.Web.Tests.Infrastructure;

namespace FoiPortal.Web.Tests;

/// <summary>The tracking page invites an internal review only while the 40 working days to ask are running (today Mon 10 Mar 2031).</summary>
public sealed class TrackingReviewWindowTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";

    [Fact]
    public async Task Track_RespondedLastWeek_InvitesAReviewUntilTheWindowCloses()
    {
        // Responded Mon 3 Mar 2031: day 40 is Thu 1 May (St Patrick's Day, Good Friday and Easter Monday not counted).
        var received = new DateTimeOffset(2031, 2, 3, 10, 0, 0, TimeSpan.Zero);
        var (_, token) = await portal.AddReceivedAsync("TR/1", received, r =>
        {
            r.StartWork(Officer, received);
            r.RecordResponseSent(Officer, new DateTimeOffset(2031, 3, 3, 12, 0, 0, TimeSpan.Zero));
        });

        var page = await Html.GetAsync(portal.CreateBrowserLikeClient(), $"/track/{token}");

        Assert.Contains("by Thursday 1 May 2031", page.QuerySelector("#review-rights")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Track_RespondedBeforeTheWindow_DoesNotInviteAReview()
    {
        // Responded Fri 3 Jan 2031: day 40 was Fri 28 Feb, before today.
        var received = new DateTimeOffset(2031, 1, 2, 10, 0, 0, TimeSpan.Zero);
        var (_, token) = await portal.AddReceivedAsync("TR/2", received, r =>
        {
            r.StartWork(Officer, received);
            r.RecordResponseSent(Officer, new DateTimeOffset(2031, 1, 3, 12, 0, 0, TimeSpan.Zero));
        });

        var page = await Html.GetAsync(portal.CreateBrowserLikeClient(), $"/track/{token}");

        Assert.NotNull(page.QuerySelector("#responded-on"));
        Assert.Null(page.QuerySelector("#review-rights"));
    }
}
