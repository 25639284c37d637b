using System.Net;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

public sealed class LapseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> AwaitingFeeSinceAsync(string reference, DateTimeOffset noticeAt) =>
        await factory.WithDbAsync(async db =>
        {
            var calendar = WorkingDayCalendar.UnitedKingdom();
            var request = FoiRequest.Submit(
                reference, new Requester("Pat", "pat@example.org", null), "Fees test", ["How many?"],
                PreferredFormat.Email, Channel.Email, noticeAt.AddDays(-3), calendar, TrackingToken.Create().Hash);
            request.StartWork("officer@foiportal.test", noticeAt);
            request.IssueFeesNotice("officer@foiportal.test", UkLocalDate.FromInstant(noticeAt), noticeAt, calendar);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    [Fact]
    public async Task FeeUnpaidForMoreThanThreeMonths_OfficerClosesTheRequestAsLapsed()
    {
        // FOIA s.9(2): a fee not paid within 3 months of the notice; four months ago is past that.
        var id = await AwaitingFeeSinceAsync("LAPSE/1", DateTimeOffset.UtcNow.AddMonths(-4));
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");

        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.NotNull(casePage.QuerySelector("form[action$='handler=Lapse']"));
        var response = await Html.PostFormAsync(client, casePage, new Dictionary<string, string>(), $"/staff/cases/{id}?handler=Lapse");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var status = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
        Assert.Equal(RequestStatus.Lapsed, status);
    }

    [Fact]
    public async Task FeeNoticeOneMonthOld_CannotBeClosedAsLapsed()
    {
        var id = await AwaitingFeeSinceAsync("LAPSE/2", DateTimeOffset.UtcNow.AddMonths(-1));
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        var version = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());

        // The page offers no button; post as a stale or hand-made form would.
        var response = await client.PostAsync(new Uri($"/staff/cases/{id}?handler=Lapse", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(casePage),
            ["version"] = version.ToString(),
        }));
        var page = await Html.ParseAsync(response);

        Assert.Null(casePage.QuerySelector("form[action$='handler=Lapse']"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The request cannot be closed as lapsed until", Html.ErrorSummary(page)[0], StringComparison.Ordinal);
        Assert.Equal(RequestStatus.AwaitingFee, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }
}
