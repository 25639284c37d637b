using System.Net;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 18: the officer splits, merges and rewords questions; the request as received is what the letter and the
/// requester's page quote (docs/adr/023).
/// </summary>
public sealed class QuestionEditingTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private const string OneLine = "a) How many knives were seized in 2025? b) How many arrests followed? c) How many people were charged?";

    private async Task<HttpClient> OfficerAsync()
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return client;
    }

    private Task<(int Id, string Token)> AddAsync(string reference, Action<FoiRequest>? act = null) =>
        portal.WithDbAsync(async db =>
        {
            var (token, hash) = TrackingToken.Create();
            var request = FoiRequest.Submit(
                reference, new Requester("Pat Requester", "pat.requester@example.org", null), "Knife crime",
                [OneLine, "What training do officers get on knife crime?"],
                PreferredFormat.Email, Channel.Email, FixedClockPortal.Now.AddDays(-3), WorkingDayCalendar.UnitedKingdom(), hash);
            act?.Invoke(request);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return (request.Id, token);
        });

    private Task<List<string>> WorkingAsync(int id) => portal.WithDbAsync(db =>
        db.Set<RequestQuestion>().Where(q => EF.Property<int>(q, "RequestId") == id).OrderBy(q => q.Number).Select(q => q.Text).ToListAsync());

    private static async Task<HttpResponseMessage> SplitAsync(HttpClient client, int id, int number, string? parts = null)
    {
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/questions/{number}/split");
        // Without parts given, what the form suggests (a browser sends the textarea as shown).
        return await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Parts"] = parts ?? Suggested(form) });
    }

    private static string Suggested(AngleSharp.Dom.IDocument form) => form.QuerySelector("textarea[name='Data.Parts']")!.TextContent;

    [Fact]
    public async Task CasePage_LinksToTheQuestions_WhichListEachWithItsActions()
    {
        var (id, _) = await AddAsync("QE/1");
        var officer = await OfficerAsync();

        var casePage = await Html.GetAsync(officer, $"/staff/cases/{id}");
        var page = await Html.GetAsync(officer, casePage.QuerySelector("#questions-link")!.GetAttribute("href")!);

        Assert.Equal(["Question 1", "Question 2"], page.QuerySelectorAll("#questions .govuk-summary-list__key").Select(k => k.TextContent.Trim()));
        Assert.Equal(
            [$"/staff/cases/{id}/questions/1/split", $"/staff/cases/{id}/questions/1/reword", $"/staff/cases/{id}/questions/2/split", $"/staff/cases/{id}/questions/2/reword"],
            page.QuerySelectorAll("#questions a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("#merge-link"));
        Assert.Null(page.QuerySelector("#as-received"));
    }

    [Fact]
    public async Task Split_SuggestsTheMarkedParts_AndSplitsWhereTheOfficerChose_KeepingTheRequestAsReceived()
    {
        var (id, token) = await AddAsync("QE/2");
        var officer = await OfficerAsync();

        var form = await Html.GetAsync(officer, $"/staff/cases/{id}/questions/1/split");
        var suggested = form.QuerySelector("textarea[name='Data.Parts']")!.TextContent.Trim();
        var response = await Html.PostFormAsync(officer, form, new Dictionary<string, string>
        {
            ["Data.Parts"] = "How many knives were seized in 2025?\r\n\r\nHow many arrests followed? How many people were charged?",
        });

        Assert.Equal("How many knives were seized in 2025?\n\nHow many arrests followed?\n\nHow many people were charged?", suggested.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            ["How many knives were seized in 2025?", "How many arrests followed? How many people were charged?", "What training do officers get on knife crime?"],
            await WorkingAsync(id));
        var list = await Html.GetAsync(officer, $"/staff/cases/{id}/questions");
        Assert.Equal("Question 1 split into 2 questions.", list.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
        Assert.Equal([OneLine, "What training do officers get on knife crime?"], list.QuerySelectorAll("#as-received li").Select(li => li.TextContent.Trim()));
        var timeline = (await Html.GetAsync(officer, $"/staff/cases/{id}")).QuerySelector(".app-timeline")!.TextContent;
        Assert.Contains("Question 1 split into questions 1 to 2; question 2 now is 3. Was: \u201ca) How many knives", timeline, StringComparison.Ordinal);
        // The requester's page shows their request as they sent it.
        var tracking = await Html.GetAsync(portal.CreateBrowserLikeClient(), $"/track/{token}");
        Assert.Contains(OneLine, tracking.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("How many arrests followed? How many people were charged?", tracking.QuerySelector("main")!.TextContent.Replace(OneLine, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseLetter_AfterASplit_QuotesTheRequestAsReceived()
    {
        var (id, _) = await AddAsync("QE/3");
        var officer = await OfficerAsync();
        await SplitAsync(officer, id, 1);
        var compose = await Html.GetAsync(officer, $"/staff/cases/{id}/response");
        await Html.PostFormAsync(officer, compose, new Dictionary<string, string> { ["Data.Response"] = "1. None.\n2. None." }, $"/staff/cases/{id}/response");

        var preview = await Html.GetAsync(officer, $"/staff/cases/{id}/response/preview");

        Assert.Equal(4, (await WorkingAsync(id)).Count);
        var asked = preview.QuerySelectorAll("main ol").First(ol => ol.TextContent.Contains("knives", StringComparison.Ordinal));
        Assert.Equal([OneLine, "What training do officers get on knife crime?"], asked.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Merge_AfterSplit_PutsTheQuestionsBackTogether_AndMissingChoiceIsAnError()
    {
        var (id, _) = await AddAsync("QE/4");
        var officer = await OfficerAsync();
        await SplitAsync(officer, id, 1);
        var form = await Html.GetAsync(officer, $"/staff/cases/{id}/questions/merge");

        var missing = await Html.PostFormAsync(officer, form, new Dictionary<string, string>());
        var first = await Html.PostFormAsync(officer, await Html.GetAsync(officer, $"/staff/cases/{id}/questions/merge"), new Dictionary<string, string> { ["Data.First"] = "2" });
        var second = await Html.PostFormAsync(officer, await Html.GetAsync(officer, $"/staff/cases/{id}/questions/merge"), new Dictionary<string, string> { ["Data.First"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["Select which questions to merge"], Html.ErrorSummary(await Html.ParseAsync(missing)));
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(
            ["How many knives were seized in 2025? How many arrests followed? How many people were charged?", "What training do officers get on knife crime?"],
            await WorkingAsync(id));
    }

    [Theory]
    [InlineData("Only one part, no blank line", "Put a blank line between the parts: the question must be split into at least 2 parts")]
    [InlineData("  ", "Enter the parts of the question, with a blank line between parts")]
    public async Task Split_BadParts_ShowsTheErrorSummaryLinkedToTheFieldAndKeepsTheText(string parts, string message)
    {
        var (id, _) = await AddAsync($"QE/5{parts.Length}");
        var officer = await OfficerAsync();

        var refused = await SplitAsync(officer, id, 1, parts);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = await Html.ParseAsync(refused);
        Assert.Equal([message], Html.ErrorSummary(shown));
        Assert.Equal(["#Data_Parts"], Html.ErrorSummaryLinks(shown));
        Assert.Equal(parts.Trim(), shown.QuerySelector("textarea[name='Data.Parts']")!.TextContent.Trim());
        Assert.Equal(2, (await WorkingAsync(id)).Count);
    }

    [Fact]
    public async Task Reword_ChangesTheQuestion_AndEmptyWordingIsAnError()
    {
        var (id, _) = await AddAsync("QE/6");
        var officer = await OfficerAsync();
        var url = $"/staff/cases/{id}/questions/2/reword";

        var empty = await Html.PostFormAsync(officer, await Html.GetAsync(officer, url), new Dictionary<string, string> { ["Data.Text"] = " " });
        var done = await Html.PostFormAsync(officer, await Html.GetAsync(officer, url), new Dictionary<string, string> { ["Data.Text"] = "What knife crime training did officers get in 2025?" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["Enter the new wording"], Html.ErrorSummary(await Html.ParseAsync(empty)));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("What knife crime training did officers get in 2025?", (await WorkingAsync(id))[1]);
    }

    [Fact]
    public async Task Split_OnAFormMadeStaleByAnotherOfficersChange_Gives409AndSavesNothing()
    {
        var (id, _) = await AddAsync("QE/7");
        var officer = await OfficerAsync();
        var stale = await Html.GetAsync(officer, $"/staff/cases/{id}/questions/1/split");
        await Html.PostFormAsync(officer, await Html.GetAsync(officer, $"/staff/cases/{id}/questions/2/reword"), new Dictionary<string, string> { ["Data.Text"] = "Reworded by a colleague" });

        var response = await Html.PostFormAsync(officer, stale, new Dictionary<string, string> { ["Data.Parts"] = Suggested(stale) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("reload", Assert.Single(Html.ErrorSummary(await Html.ParseAsync(response))), StringComparison.Ordinal);
        Assert.Equal([OneLine, "Reworded by a colleague"], await WorkingAsync(id));
    }

    [Fact]
    public async Task Split_OfAQuestionBeforeOneWithADecision_IsRefusedWithTheReason()
    {
        var (id, _) = await AddAsync("QE/8");
        await portal.WithDbAsync(async db =>
        {
            db.ExemptionDecisions.Add(ExemptionDecision.Record(
                id, new ExemptionDecisionDraft { QuestionNumber = 2, Outcome = QuestionOutcome.Disclosed }, Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, FixedClockPortal.Now.UtcDateTime));
            return await db.SaveChangesAsync();
        });
        var officer = await OfficerAsync();

        var refused = await SplitAsync(officer, id, 1);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            ["Question 1 cannot be split: an outcome or exemption decision is recorded on question 2, and question 2 would be renumbered. Remove it first, or split or merge later questions only."],
            Html.ErrorSummary(await Html.ParseAsync(refused)));
        Assert.Equal(2, (await WorkingAsync(id)).Count);
    }

    [Fact]
    public async Task AfterTheResponseIsSent_ThePagesSaySoAndOfferNoForm()
    {
        var (id, _) = await AddAsync("QE/9", r =>
        {
            r.StartWork(Officer, FixedClockPortal.Now.AddDays(-2));
            r.RecordResponseSent(Officer, FixedClockPortal.Now.AddDays(-1));
        });
        var officer = await OfficerAsync();

        var list = await Html.GetAsync(officer, $"/staff/cases/{id}/questions");
        var split = await Html.GetAsync(officer, $"/staff/cases/{id}/questions/1/split");

        Assert.Equal("This request is responded, so its questions cannot be changed.", list.QuerySelector("#cannot-change")!.TextContent.Trim());
        Assert.Null(list.QuerySelector("#merge-link"));
        Assert.Empty(list.QuerySelectorAll("#questions a"));
        Assert.Null(split.QuerySelector("main form[method=post]"));
    }
}
