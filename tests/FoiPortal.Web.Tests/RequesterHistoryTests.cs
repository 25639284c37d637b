using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 18: the requester's history on the case page: their other requests with how they were matched, and the possible
/// repeat (s.14(2)), aggregation (reg 5) and campaign flags with their scores and links. Nothing is refused automatically.
/// </summary>
public sealed class RequesterHistoryTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";

    private static readonly string[] Knife = ["How many knife crimes were recorded in Harrogate in 2030, broken down by month?"];
    private static readonly string[] KnifeReworded = ["Please tell me the number of knife crimes recorded in Harrogate during 2030, broken down by month."];

    private Task<int> AddAsync(string reference, Requester requester, string[] questions, DateTimeOffset receivedAt, DateTimeOffset? answeredAt = null) =>
        portal.WithDbAsync(async db =>
        {
            var request = FoiRequest.Submit(
                reference, requester, $"Title of {reference}", questions, PreferredFormat.Email, Channel.Email, receivedAt,
                WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash);
            if (answeredAt is { } at)
            {
                request.StartWork(Officer, at);
                request.RecordResponseSent(Officer, at);
            }

            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    [Fact]
    public async Task CasePage_ShowsTheOtherRequests_AndAPossibleRepeatWithItsScoreAndLink()
    {
        var now = FixedClockPortal.Now;
        var earlierId = await AddAsync("HIST/1", new("Hilda Historian", "Hilda.H@example.org", null), Knife, now.AddDays(-40), answeredAt: now.AddDays(-20));
        await AddAsync("HIST/2", new("Hilda Historian", "other@example.org", "3 Mill Lane, Harrogate HG1 1AA"), ["How many drones does the force operate?"], now.AddDays(-100));
        var currentId = await AddAsync("HIST/3", new("Hilda Historian", "hilda.h@example.org ", "3 Mill Lane, Harrogate HG1 1AA"), KnifeReworded, now.AddDays(-2));
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);

        var page = await Html.GetAsync(client, $"/staff/cases/{currentId}");

        var rows = page.QuerySelectorAll("#history-list tbody tr").Select(r => r.GetAttribute("data-reference")).ToList();
        Assert.Equal(["HIST/1", "HIST/2"], rows);
        var first = page.QuerySelector("#history-list tr[data-reference='HIST/1']")!.TextContent;
        Assert.Contains("Same email address (certain)", first, StringComparison.Ordinal);
        Assert.Contains("Responded", first, StringComparison.Ordinal);
        Assert.Contains("Same name and postcode (likely)", page.QuerySelector("#history-list tr[data-reference='HIST/2']")!.TextContent, StringComparison.Ordinal);

        var repeat = page.QuerySelector("[data-flag='PossibleRepeat']")!;
        Assert.Matches(@"Possible repeat request \(up to \d+% similar\)", repeat.TextContent);
        Assert.Contains("section 14(2)", repeat.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/staff/cases/{earlierId}", repeat.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("[data-flag='PossibleAggregation']"));
        Assert.Null(page.QuerySelector("[data-flag='Campaign']"));
    }

    [Fact]
    public async Task CasePage_FlagsACampaign_OfFiveNearIdenticalRequestsFromDifferentPeople()
    {
        string[] template = ["Please provide the number of cycle thefts reported at Knaresborough railway station in 2030, and how many were solved?"];
        var now = FixedClockPortal.Now;
        for (var i = 1; i <= 4; i++)
        {
            await AddAsync($"CAMP/{i}", new($"Campaigner Number{i}", $"campaigner{i}@example.org", null), template, now.AddDays(-10 + i));
        }

        var currentId = await AddAsync("CAMP/5", new("Another Campaigner", "campaigner5@example.org", null), template, now.AddDays(-1));
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);

        var page = await Html.GetAsync(client, $"/staff/cases/{currentId}");

        var campaign = page.QuerySelector("[data-flag='Campaign']")!;
        Assert.Contains("Possible campaign (up to 100% similar)", campaign.TextContent, StringComparison.Ordinal);
        Assert.Contains("5 near-identical requests", campaign.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, campaign.QuerySelectorAll("li a").Length);
        Assert.Equal("No other requests from this requester.", page.QuerySelector("#no-history")!.TextContent.Trim());
    }
}
