using System.Net;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// The cost estimate, the decision and the manager's sign-off. Figures by hand: FOIA, authority type "Other": £450 at £25 an
/// hour = 18 hours = 1,080 minutes. 720 records × 15 minutes = 10,800 minutes = 180.0 hours; 72 × 15 = 1,080 = exactly 18.0 hours.
/// </summary>
public sealed class CostsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";

    private static Dictionary<string, string> Line(
        string question = "1", string activity = "Extracting", string description = "Manual review of each crime record", string units = "720",
        string kind = "Records", string minutes = "15", string low = "", string high = "", string evidence = "Sampling exercise: 20 records took 300 minutes",
        bool confirm = false)
    {
        var values = new Dictionary<string, string>
        {
            ["Data.QuestionNumber"] = question,
            ["Data.Activity"] = activity,
            ["Data.Description"] = description,
            ["Data.Units"] = units,
            ["Data.UnitKind"] = kind,
            ["Data.MinutesPerUnit"] = minutes,
            ["Data.MinutesLow"] = low,
            ["Data.MinutesHigh"] = high,
            ["Data.Evidence"] = evidence,
        };
        if (confirm)
        {
            values["Data.ConfirmedOverEightHoursPerUnit"] = "true";
        }

        return values;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);
        return client;
    }

    private async Task<int> NewRequestAsync()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        return await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
    }

    private static async Task<HttpResponseMessage> AddLineAsync(HttpClient client, int id, Dictionary<string, string> line)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        return await Html.PostFormAsync(client, page, line, $"/staff/cases/{id}/costs");
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient client, int id, string outcome, string? advice = null)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs/decision");
        var values = new Dictionary<string, string> { ["Data.Outcome"] = outcome };
        values["Data.Advice"] = advice ?? page.QuerySelector("#Data_Advice")!.TextContent;
        return await Html.PostFormAsync(client, page, values);
    }

    /// <summary>An officer's s.12(1) refusal on a new request with one evidenced line of 180 hours.</summary>
    private async Task<(int RequestId, int DecisionId)> RefusedByAsync(string staff)
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(staff);
        Assert.Equal(HttpStatusCode.Redirect, (await AddLineAsync(client, id, Line())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(client, id, "RefuseWithGoodwill")).StatusCode);
        var decisionId = await factory.WithDbAsync(db => db.CostDecisions.Where(d => d.FoiRequestId == id).Select(d => d.Id).SingleAsync());
        return (id, decisionId);
    }

    private static async Task<HttpResponseMessage> SignOffAsync(HttpClient client, int decisionId, string decision, string comment = "")
    {
        var page = await Html.GetAsync(client, $"/staff/sign-off/{decisionId}");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Decision"] = decision, ["Data.Comment"] = comment });
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task Post_Line_ShowsHoursPerQuestionAndTheVerdict()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        var response = await AddLineAsync(client, id, Line(low: "5", high: "30"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        Assert.Contains("180.0", Text(page, "#line-1"));
        Assert.Contains("180.0", Text(page, "#question-1-total"));
        Assert.StartsWith("Estimate: 180.0 hours. This exceeds the appropriate limit of £450 (18.0 hours).", Text(page, "#verdict"), StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.CostEstimates.Include(e => e.Lines).SingleAsync(e => e.FoiRequestId == id));
        Assert.Equal((720, 15, 5, 30, 10_800L), (stored.Lines[0].Units, stored.Lines[0].MinutesPerUnit, stored.Lines[0].MinutesLow!.Value, stored.Lines[0].MinutesHigh!.Value, stored.TotalMinutes));
    }

    [Fact]
    public async Task Post_LineOfExactlyTheLimit_IsWithinIt()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        await AddLineAsync(client, id, Line(units: "72"));

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        Assert.StartsWith("Estimate: 18.0 hours. This is within the appropriate limit of £450 (18.0 hours).", Text(page, "#verdict"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DeterminingWhetherHeldOverTheLimit_FlagsSection12Two()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        await AddLineAsync(client, id, Line(activity: "DeterminingWhetherHeld", units: "73"));

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        Assert.NotNull(page.QuerySelector("#s12-2"));
    }

    [Fact]
    public async Task Post_EmptyLine_ShowsEveryErrorInFieldOrder()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        var response = await AddLineAsync(client, id, Line(question: "", activity: "", description: "", units: "", kind: "", minutes: "", evidence: ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(
            [
                "Select which question this line is for",
                "Select the activity this time is for",
                "Enter a description of the work, for example the records to be checked",
                "Enter the number of units",
                "Select what each unit is, for example records or years",
                "Enter the minutes per unit",
            ],
            Html.ErrorSummary(page));
        Assert.Equal(["#Data_QuestionNumber", "#Data_Activity", "#Data_Description", "#Data_Units", "#Data_UnitKind", "#Data_MinutesPerUnit"], Html.ErrorSummaryLinks(page));
        Assert.False(await factory.WithDbAsync(db => db.CostEstimates.AnyAsync(e => e.FoiRequestId == id)));
    }

    [Theory]
    [InlineData("units", "lots", "Number of units must be a whole number, like 720")]
    [InlineData("units", "0", "Number of units must be 1 or more")]
    [InlineData("units", "-3", "Number of units must be 1 or more")]
    [InlineData("minutes", "ten", "Minutes per unit must be a whole number, like 15")]
    [InlineData("minutes", "0", "Minutes per unit must be 1 or more")]
    [InlineData("minutes", "481", "More than 8 hours (480 minutes) per unit needs a confirmation: check the figure and confirm it")]
    [InlineData("minutes", "6001", "Minutes per unit must be 6,000 or fewer")]
    [InlineData("range", "40", "Minutes per unit used must be between the lowest (5) and the highest (30)")]
    [InlineData("question", "3", "Select one of the request's 2 questions")]
    public async Task Post_BadLine_ShowsOneError(string field, string value, string expected)
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        var line = field switch
        {
            "units" => Line(units: value),
            "minutes" => Line(minutes: value),
            "range" => Line(minutes: value, low: "5", high: "30"),
            _ => Line(question: value),
        };

        var response = await AddLineAsync(client, id, line);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([expected], Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task Post_OverEightHoursConfirmed_IsSaved()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);

        var response = await AddLineAsync(client, id, Line(units: "2", minutes: "600", confirm: true));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1_200L, await factory.WithDbAsync(db => db.CostEstimates.Where(e => e.FoiRequestId == id).SelectMany(e => e.Lines).SumAsync(l => (long)l.Units * l.MinutesPerUnit)));
    }

    [Fact]
    public async Task PostRemove_DeletesTheLine()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        await AddLineAsync(client, id, Line());
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");

        var version = page.QuerySelector("#line-1 input[name=version]")!.GetAttribute("value")!;

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["version"] = version }, $"/staff/cases/{id}/costs?handler=remove&line=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.CostEstimates.Where(e => e.FoiRequestId == id).SelectMany(e => e.Lines).CountAsync()));
        var timeline = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync());
        Assert.Contains("Estimate line 1 added (question 1, 180.0 hours); estimate now 180.0 hours", timeline);
        Assert.Contains("Estimate line 1 removed; estimate now 0.0 hours", timeline);
    }

    [Fact]
    public async Task Post_LineFromAStalePage_IsRefusedAndNothingIsAdded()
    {
        var id = await NewRequestAsync();
        var first = await SignedInAsync(Officer);
        var second = await SignedInAsync(Manager);
        var stale = await Html.GetAsync(first, $"/staff/cases/{id}/costs");
        Assert.Equal(HttpStatusCode.Redirect, (await AddLineAsync(second, id, Line(units: "10"))).StatusCode);

        var response = await Html.PostFormAsync(first, stale, Line(), $"/staff/cases/{id}/costs");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var units = await factory.WithDbAsync(db => db.CostEstimates.Where(e => e.FoiRequestId == id).SelectMany(e => e.Lines).Select(l => l.Units).ToListAsync());
        Assert.Equal([10], units);
    }

    [Fact]
    public async Task Post_LineOnAClosedCase_IsRefused()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        await factory.WithDbAsync(async db =>
        {
            var request = await db.Requests.SingleAsync(r => r.Id == id);
            request.Withdraw(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var response = await Html.PostFormAsync(client, page, Line());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["This request is withdrawn, so its cost estimate cannot be changed."], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.NotNull((await Html.GetAsync(client, $"/staff/cases/{id}/costs")).QuerySelector("#not-editable"));
    }

    [Fact]
    public async Task Decide_RefusalWithoutEvidence_IsRefused()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        await AddLineAsync(client, id, Line(evidence: ""));

        var response = await DecideAsync(client, id, "Refuse");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the evidence for line 1 (question 1), for example the results of a sampling exercise"], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.False(await factory.WithDbAsync(db => db.CostDecisions.AnyAsync(d => d.FoiRequestId == id)));
    }

    [Fact]
    public async Task Decide_Refusal_StoresWordingAndAwaitsSignOff()
    {
        var (id, decisionId) = await RefusedByAsync(Officer);

        var decision = await factory.WithDbAsync(db => db.CostDecisions.AsNoTracking().SingleAsync(d => d.Id == decisionId));
        var status = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
        Assert.Equal(RequestStatus.AwaitingSignOff, status);
        Assert.Equal((CostOutcome.RefuseSection12, true, SignOffState.Pending, 450m, 1_080L, 10_800L),
            (decision.Outcome, decision.GoodwillDisclosure, decision.SignOff.State, decision.LimitAmount!.Value, decision.LimitMinutes!.Value, decision.EstimateMinutes));
        Assert.Contains("180.0 hours", decision.RefusalWording, StringComparison.Ordinal);
        Assert.Contains("gesture of goodwill", decision.RefusalWording, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOff_AsOfficer_IsDenied()
    {
        var client = await SignedInAsync(Officer);

        var response = await client.GetAsync(new Uri("/staff/sign-off", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/staff/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOff_ManagerApproves_RecordsEventAndEmailsTheOfficer()
    {
        var (id, decisionId) = await RefusedByAsync(Officer);
        var manager = await SignedInAsync(Manager);

        var response = await SignOffAsync(manager, decisionId, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id));
        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Contains(request.Events, e => e.Kind == "Approved" && e.Actor == Manager);
        var reference = request.Reference;
        Assert.True(await factory.WithDbAsync(db => db.OutboundEmails.AnyAsync(m => m.ToAddress == Officer && m.Subject.Contains(reference) && m.Subject.Contains("approved"))));
        Assert.Equal(SignOffState.Approved, await factory.WithDbAsync(db => db.CostDecisions.Where(d => d.Id == decisionId).Select(d => d.SignOff.State).SingleAsync()));
    }

    [Fact]
    public async Task SignOff_ReturnWithoutComment_ShowsError()
    {
        var (_, decisionId) = await RefusedByAsync(Officer);
        var manager = await SignedInAsync(Manager);

        var response = await SignOffAsync(manager, decisionId, "Return");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a comment saying what the officer needs to change"], Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task SignOff_ReturnWithComment_PutsTheCommentOnTheTimeline()
    {
        var (id, decisionId) = await RefusedByAsync(Officer);
        var manager = await SignedInAsync(Manager);

        var response = await SignOffAsync(manager, decisionId, "Return", "Add the sampling figures for 2019");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id));
        Assert.Equal(RequestStatus.Returned, request.Status);
        Assert.Contains(request.Events, e => e.Description == "Cost decision returned for changes: Add the sampling figures for 2019" && e.Actor == Manager);
        var officer = await SignedInAsync(Officer);
        var estimatePage = await Html.GetAsync(officer, $"/staff/cases/{id}/costs");
        Assert.Equal("Comment: Add the sampling figures for 2019", Text(estimatePage, "#review-comment"));
        Assert.NotNull(estimatePage.QuerySelector("#decide-link"));
    }

    [Fact]
    public async Task Decide_AfterReturn_GoesBackForSignOff()
    {
        var (id, decisionId) = await RefusedByAsync(Officer);
        await SignOffAsync(await SignedInAsync(Manager), decisionId, "Return", "Reword the advice");
        var officer = await SignedInAsync(Officer);

        var response = await DecideAsync(officer, id, "Refuse", "You could ask for one year of records instead.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RequestStatus.AwaitingSignOff, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        var states = await factory.WithDbAsync(db => db.CostDecisions.Where(d => d.FoiRequestId == id).OrderBy(d => d.Id).Select(d => d.SignOff.State).ToListAsync());
        Assert.Equal([SignOffState.Returned, SignOffState.Pending], states);
    }

    [Fact]
    public async Task SignOff_ManagerOwnDecision_IsRefused()
    {
        var (id, decisionId) = await RefusedByAsync(Manager);
        var manager = await SignedInAsync(Manager);

        var response = await SignOffAsync(manager, decisionId, "Approve");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You made this decision, so you cannot approve it: another manager must sign it off"], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal(RequestStatus.AwaitingSignOff, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task SignOff_Queue_ShowsTheSeededCounterTerrorismRefusal()
    {
        var manager = await SignedInAsync(Manager);

        var page = await Html.GetAsync(manager, "/staff/sign-off");

        var item = page.QuerySelectorAll("#sign-off-queue > li[data-kind=cost-refusal]").Single(li => li.TextContent.Contains(DevelopmentSeeder.AwaitingSignOffReference, StringComparison.Ordinal));
        // 1,200 search records × 2 minutes = 2,400 minutes = 40 hours.
        Assert.Contains("Estimate 40.0 hours against a limit of £450 (18.0 hours)", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("question 1 40.0 hours", item.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("with goodwill disclosure", item.TextContent, StringComparison.Ordinal);
        // 62A/23 was signed off and answered in the seed: it is no longer in the queue.
        Assert.DoesNotContain(DevelopmentSeeder.GroomingReference, page.QuerySelector("#sign-off-queue")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOff_Queue_ShowsTheSeededAggregatedRefusal()
    {
        var manager = await SignedInAsync(Manager);

        var page = await Html.GetAsync(manager, "/staff/sign-off");

        var item = page.QuerySelectorAll("#sign-off-queue > li").Single(li => li.TextContent.Contains(DevelopmentSeeder.AggregatedRefusalReference, StringComparison.Ordinal));
        // FOI/DEMO/00005: 12 × 20 + 160 × 3 = 720 minutes; FOI/DEMO/00006: 120 × 5 = 600; together 1,320 minutes = 22.0 hours.
        Assert.Contains("Estimate 22.0 hours against a limit of £450 (18.0 hours)", item.TextContent, StringComparison.Ordinal);
        var officer = await SignedInAsync(Officer);
        var costs = await Html.GetAsync(officer, "/staff/cases/" + await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == DevelopmentSeeder.AggregatedPartnerReference).Select(r => r.Id).SingleAsync()) + "/costs");
        Assert.Contains("Aggregated estimate: 22.0 hours (10.0 hours for this request)", costs.QuerySelector("#verdict")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyLineForm_ListsWhatIsMissing_AndSavesNothing()
    {
        var id = await NewRequestAsync();
        var client = await SignedInAsync(Officer);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string>(), $"/staff/cases/{id}/costs");

        var body = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select which question this line is for", Html.ErrorSummary(body));
        Assert.False(await factory.WithDbAsync(db => db.CostEstimates.AnyAsync(e => e.FoiRequestId == id)));
    }
}
