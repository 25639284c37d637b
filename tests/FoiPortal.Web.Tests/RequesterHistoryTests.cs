using System.Net;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task RepeatedRefusal_FromThePossibleRepeatFlag_NamesTheEarlierRequest_AndNeedsAManager()
    {
        var now = FixedClockPortal.Now;
        var person = new Requester("Rita Repeater", "rita@example.org", null);
        await AddAsync("REP/1", person, Knife, now.AddDays(-40), answeredAt: now.AddDays(-20));
        var id = await AddAsync("REP/2", person, KnifeReworded, now.AddDays(-2));
        var officer = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(officer, Officer);
        var flagged = (await Html.GetAsync(officer, $"/staff/cases/{id}")).QuerySelector("[data-flag='PossibleRepeat'] a")!.TextContent;

        var wrong = await RecordAsync(officer, id, "Repeated", "NOPE/1");
        var recorded = await RecordAsync(officer, id, "Repeated", flagged);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var shown = await Html.ParseAsync(wrong);
        Assert.Equal(["There is no request with the reference NOPE/1"], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_EarlierRequestReference"], Html.ErrorSummaryLinks(shown));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var decision = await portal.WithDbAsync(db => db.ExemptionDecisions.AsNoTracking().SingleAsync(d => d.FoiRequestId == id));
        Assert.Equal(("REP/1", DateOnly.FromDateTime(now.AddDays(-40).UtcDateTime), SignOffState.Pending), (decision.EarlierRequestReference, decision.EarlierRequestReceivedOn, decision.SignOff.State));
        var exemptions = await Html.GetAsync(officer, $"/staff/cases/{id}/exemptions");
        Assert.Contains("1 decision needs a manager's sign-off", exemptions.QuerySelector("#awaiting-sign-off")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Close without a further refusal notice (section 17(6))", (await Html.GetAsync(officer, $"/staff/cases/{id}")).QuerySelector("#no-further-notice-link")!.TextContent);
    }

    [Fact]
    public async Task NoFurtherNotice_AfterAnEarlierSection14Notice_ClosesTheCase_OtherwiseRefused()
    {
        var now = FixedClockPortal.Now;
        var person = new Requester("Vera Vexed", "vera@example.org", null);
        var earlierId = await AddAsync("VEX/1", person, Knife, now.AddDays(-60));
        await RefuseAsync(earlierId, QuestionOutcome.Vexatious, sentAt: now.AddDays(-30));
        var notRefusedId = await AddAsync("VEX/2", person, ["How many drones does the force operate?"], now.AddDays(-50), answeredAt: now.AddDays(-40));
        var id = await AddAsync("VEX/3", person, KnifeReworded, now.AddDays(-3));
        await RefuseAsync(id, QuestionOutcome.Vexatious, sentAt: null);
        var officer = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(officer, Officer);

        var page = await Html.GetAsync(officer, $"/staff/cases/{id}/no-further-notice");
        Assert.Equal(["VEX/1"], page.QuerySelectorAll("#earlier-refusals a").Select(a => a.TextContent));
        var refused = await Html.PostFormAsync(officer, page, new Dictionary<string, string> { ["Data.EarlierReference"] = "VEX/2", ["Data.Reason"] = "Third identical request this month." });
        var closed = await Html.PostFormAsync(officer, await Html.GetAsync(officer, $"/staff/cases/{id}/no-further-notice"), new Dictionary<string, string> { ["Data.EarlierReference"] = "VEX/1", ["Data.Reason"] = "Third identical request this month." });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Request VEX/2 was not refused under section 14 with a notice, so a refusal notice must be sent for this request"], Html.ErrorSummary(await Html.ParseAsync(refused)));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var (status, reference, letters) = await portal.WithDbAsync(async db =>
        {
            var r = await db.Requests.AsNoTracking().SingleAsync(x => x.Id == id);
            return (r.Status, r.NoFurtherNoticeEarlierReference, await db.ResponseLetters.CountAsync(l => l.FoiRequestId == id));
        });
        Assert.Equal((RequestStatus.Responded, "VEX/1", 0), (status, reference, letters));
        var timeline = (await Html.GetAsync(officer, $"/staff/cases/{id}")).QuerySelector(".app-timeline")!.TextContent;
        Assert.Contains("Closed without a further refusal notice (section 17(6)): a section 14 notice was given for VEX/1", timeline, StringComparison.Ordinal);
        Assert.NotEqual(0, notRefusedId);
    }

    private static async Task<HttpResponseMessage> RecordAsync(HttpClient client, int id, string outcome, string earlier)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/exemptions");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string>
        {
            ["Data.QuestionNumber"] = "1",
            ["Data.Outcome"] = outcome,
            ["Data.EarlierRequestReference"] = earlier,
        }, $"/staff/cases/{id}/exemptions");
    }

    /// <summary>A s.14 refusal recorded, sent for sign-off and approved by a manager; sent when <paramref name="sentAt"/> is given.</summary>
    private Task<int> RefuseAsync(int id, QuestionOutcome outcome, DateTimeOffset? sentAt) =>
        portal.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.Questions).Include(r => r.ClockEvents).SingleAsync(r => r.Id == id);
            var at = request.ReceivedAtUtc.AddDays(1);
            var decision = ExemptionDecision.Record(id, new ExemptionDecisionDraft { QuestionNumber = 1, Outcome = outcome }, Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, at);
            db.ExemptionDecisions.Add(decision);
            var signOffs = new CaseSignOffs(id, null, [decision]);
            request.EnsureWorkStarted(Officer, at);
            request.SubmitForSignOff(Officer, at, signOffs);
            request.RecordApproval(new SignOffReviewer("manager@foiportal.test", true), at.AddHours(1), signOffs, SignOffPart.ExemptionDecisions);
            if (sentAt is { } sent)
            {
                request.RecordResponseSent(Officer, sent);
            }

            await db.SaveChangesAsync();
            return 0;
        });
}
