using System.Net;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 13 through the pages. FOIA, authority type "Other": 18 hours (1,080 minutes). The journey's request has two questions.
/// Question 1: one search of 60 minutes (1.0 hour); question 2: 120 records × 15 minutes = 1,800 minutes (30.0 hours).
/// </summary>
public sealed class LegalAccuracyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";

    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return client;
    }

    private async Task<int> NewRequestAsync()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        return await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
    }

    private static Dictionary<string, string> Line(string question, string units, string kind, string minutes) => new()
    {
        ["Data.QuestionNumber"] = question,
        ["Data.Activity"] = "Extracting",
        ["Data.Description"] = "Manual review of each crime record",
        ["Data.Units"] = units,
        ["Data.UnitKind"] = kind,
        ["Data.MinutesPerUnit"] = minutes,
        ["Data.Evidence"] = "Sampling exercise: 10 records took 150 minutes",
    };

    private async Task<(HttpClient Client, int Id)> OneHourAndThirtyHoursAsync()
    {
        var id = await NewRequestAsync();
        var client = await OfficerAsync();
        foreach (var line in new[] { Line("1", "1", "Other", "60"), Line("2", "120", "Records", "15") })
        {
            var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
            Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(client, page, line, $"/staff/cases/{id}/costs")).StatusCode);
        }

        return (client, id);
    }

    [Fact]
    public async Task Costs_Reg5_2_a_OneHourAndThirtyHourQuestions_OnlyQuestionTwoIsOverTheLimit_AndTheLetterAnswersTheOther()
    {
        var (client, id) = await OneHourAndThirtyHoursAsync();

        var costs = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        Assert.Equal(
            "Estimate: 31.0 hours. Question 2 exceeds the appropriate limit of £450 (18.0 hours); the other questions are within it.",
            costs.QuerySelector("#verdict p")!.TextContent.Trim());
        Assert.Equal("Over the limit: question 2. Every other question must be answered.", costs.QuerySelector("#refused-questions")!.TextContent.Trim());

        var decision = await Html.GetAsync(client, $"/staff/cases/{id}/costs/decision");
        var response = await Html.PostFormAsync(client, decision, new Dictionary<string, string> { ["Data.Outcome"] = "Refuse", ["Data.Advice"] = "Narrow question 2." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var wording = await factory.WithDbAsync(db => db.CostDecisions.Where(d => d.FoiRequestId == id).Select(d => d.RefusalWording).SingleAsync());
        Assert.Contains("We estimate that the cost of complying with question 2 would exceed the appropriate limit.", wording, StringComparison.Ordinal);
        Assert.Contains("We are answering the other questions in this letter.", wording, StringComparison.Ordinal);
        Assert.Contains("Total: 30.0 hours, against a limit of 18.0 hours.", wording, StringComparison.Ordinal);
        Assert.Equal("2", await factory.WithDbAsync(db => db.CostDecisions.Where(d => d.FoiRequestId == id).Select(d => d.RefusedQuestionNumbers).SingleAsync()));
    }

    [Fact]
    public async Task SameOrSimilar_Reg5_2_a_OneQuestionOnly_IsRefusedWithTheErrorLinkedToTheCheckboxes()
    {
        var (client, id) = await OneHourAndThirtyHoursAsync();
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs/same-or-similar");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Questions"] = "1", ["Data.Reason"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Html.ParseAsync(response);
        Assert.Equal(
            ["Select at least 2 questions that are for the same or similar information", "Say why the questions are for the same or similar information"],
            Html.ErrorSummary(errors));
        Assert.Equal(["#Data_Questions", "#Data_Reason"], Html.ErrorSummaryLinks(errors));
    }

    [Fact]
    public async Task SameOrSimilar_Reg5_2_a_BothQuestionsRecorded_AreRefusedTogether_AndTheLetterGivesTheReason()
    {
        var (client, id) = await OneHourAndThirtyHoursAsync();
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs/same-or-similar");
        var form = page.QuerySelector("main form")!;
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var version = form.QuerySelector("input[name='Data.Version']")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Data.Version", version), new("Data.Questions", "1"), new("Data.Questions", "2"),
            new("Data.Reason", "Both ask for recorded offences from the same crime records"),
        ]);

        var saved = await client.PostAsync($"/staff/cases/{id}/costs/same-or-similar", content);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var costs = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        Assert.Equal(
            "Questions 1 and 2 are for the same or similar information, so their costs are added together: 31.0 hours. Reason: Both ask for recorded offences from the same crime records",
            costs.QuerySelector("#same-or-similar-finding")!.TextContent.Trim());
        Assert.Equal("Estimate: 31.0 hours. This exceeds the appropriate limit of £450 (18.0 hours).", costs.QuerySelector("#verdict p")!.TextContent.Trim());

        var decision = await Html.GetAsync(client, $"/staff/cases/{id}/costs/decision");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(client, decision, new Dictionary<string, string> { ["Data.Outcome"] = "Refuse", ["Data.Advice"] = "Narrow it." })).StatusCode);
        var wording = await factory.WithDbAsync(db => db.CostDecisions.Where(d => d.FoiRequestId == id).Select(d => d.RefusalWording).SingleAsync());
        Assert.Contains(
            "We have added together the costs of questions 1 and 2, because they relate to the same or similar information: Both ask for recorded offences from the same crime records (regulation 5(2)(a)",
            wording,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_62A23_Reg5_2_a_KeepsAllFiveQuestionsAggregated_AndItsLetterSaysSo()
    {
        var (estimate, wording) = await factory.WithDbAsync(async db =>
        {
            var id = await db.Requests.Where(r => r.Reference == DevelopmentSeeder.GroomingReference).Select(r => r.Id).SingleAsync();
            var e = await db.CostEstimates.Include(x => x.Lines).SingleAsync(x => x.FoiRequestId == id);
            var w = await db.CostDecisions.Where(d => d.FoiRequestId == id).OrderBy(d => d.Id).Select(d => d.RefusalWording).FirstAsync();
            return (e, w);
        });

        Assert.Equal([1, 2, 3, 4, 5], estimate.SameOrSimilarQuestions);
        Assert.Contains(
            "We have added together the costs of questions 1, 2, 3, 4 and 5, because they relate to the same or similar information: "
            + DevelopmentSeeder.GroomingSameOrSimilarReason,
            wording,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Foia", "Cost estimate (section 12)")]
    [InlineData("Eir", "Charges (regulation 8)")]
    public async Task CasePage_EirReg8_CostsLinkNamesTheRegimesRule(string regime, string expected)
    {
        var id = await NewRequestAsync();
        var client = await OfficerAsync();
        if (regime != "Foia")
        {
            var form = await Html.GetAsync(client, $"/staff/cases/{id}/regime");
            Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Regime"] = regime })).StatusCode);
        }

        var page = await Html.GetAsync(client, $"/staff/cases/{id}");

        Assert.Equal(expected, page.QuerySelector("#costs-link")!.TextContent.Trim());
    }

    [Fact]
    public async Task ChargesPages_EirReg8_SpeakOfAdvancePaymentDisregardedDaysAndSixtyWorkingDays()
    {
        var id = await NewRequestAsync();
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/regime");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Regime"] = "Eir" })).StatusCode);

        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        var notice = await Html.GetAsync(client, $"/staff/cases/{id}/clock/fees-notice");
        var charges = await Html.GetAsync(client, $"/staff/cases/{id}/costs");

        Assert.Contains("Give an advance payment notice", casePage.QuerySelector("#clock-actions")!.TextContent, StringComparison.Ordinal);
        var effect = notice.QuerySelector("main h1 + p")!.TextContent;
        Assert.Contains("(EIR reg 8(4))", effect, StringComparison.Ordinal);
        Assert.Contains("do not count (EIR reg 8(6))", effect, StringComparison.Ordinal);
        Assert.Contains("Unpaid after 60 working days from the notification, the request lapses (EIR reg 8(5))", effect, StringComparison.Ordinal);
        Assert.DoesNotContain("3 months", effect, StringComparison.Ordinal);
        Assert.Equal("Charges (regulation 8)", charges.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("within 60 working days of the notification, the request lapses (regulation 8(5))", charges.QuerySelector("#eir-charges")!.TextContent, StringComparison.Ordinal);
    }
}
