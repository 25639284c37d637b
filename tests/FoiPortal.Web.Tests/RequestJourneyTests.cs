using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

public sealed partial class RequestJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Submit_ValidRequest_StoresItAndConfirmsReferenceAndDueDate()
    {
        var client = factory.CreateBrowserLikeClient();

        var check = await Journey.AnswerAsync(client);
        Assert.Equal(["How many offences were recorded in 2022?", "How many in 2021?"], check.QuerySelectorAll("ol.govuk-list--number li").Select(li => li.TextContent.Trim()));
        var confirmation = await Journey.SendAsync(client, check);

        var reference = Journey.Reference(confirmation);
        Assert.Matches(ReferencePattern(), reference);
        var stored = await factory.WithDbAsync(db => db.Requests.Include(r => r.Questions).SingleAsync(r => r.Reference == reference));
        Assert.Equal(RequestStatus.Received, stored.Status);
        Assert.Equal(Core.Statute.Regime.Foia, stored.Regime);
        Assert.Equal(Channel.Web, stored.Channel);
        Assert.Equal("Jo Bloggs", stored.Requester.Name);
        Assert.Equal(2, stored.Questions.Count);
        Assert.True(stored.DueOn > stored.ReceivedOn.AddDays(25), "20 working days span at least four weeks");
        var dueInWords = stored.DueOn.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        Assert.Contains($"by {dueInWords}", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WritesAcknowledgementEmailWithReferenceAndTrackingLink()
    {
        var client = factory.CreateBrowserLikeClient();
        var reference = Journey.Reference(await Journey.MakeRequestAsync(client, Journey.ValidAnswers("Acknowledgement email test")));

        var email = await Mailbox.WaitForAsync(factory, reference);
        Assert.Contains("To: Jo Bloggs <jo.bloggs@example.org>", email, StringComparison.Ordinal);
        var link = Mailbox.TrackLink().Match(email);
        Assert.True(link.Success, "the email contains a tracking link");

        var track = await Html.GetAsync(client, link.Groups["path"].Value);
        Assert.Contains(reference, track.QuerySelector("h1")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Received", track.QuerySelector("main .govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_EmptyForm_ShowsEveryErrorInFieldOrderWithStatus400()
    {
        var client = factory.CreateBrowserLikeClient();
        var form = await Html.GetAsync(client, "/requests/new");

        var response = await Html.PostFormAsync(client, form, new Dictionary<string, string>());
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Enter your full name", "Enter your email address", "Enter a short title for your request", "Enter the information you want", "Select how you would like to receive the information"],
            Html.ErrorSummary(page));
        Assert.Equal(["#Data_FullName", "#Data_Email", "#Data_Title", "#Data_QuestionsText", "#Data_PreferredFormat"], Html.ErrorSummaryLinks(page));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Data_PreferredFormat"));
        Assert.Equal("Error: Enter your full name", page.QuerySelector("#Data_FullName-error")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("Data.Email", "not-an-email", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("Data.Email", "jo@localhost", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("Data.FullName", "Jo\u0007Bloggs", "Full name must not include hidden or control characters")]
    [InlineData("Data.Title", "A title\u0001", "Title must not include hidden or control characters")]
    [InlineData("Data.QuestionsText", "Give me\u001b[31m everything", "Your request must not include hidden or control characters")]
    [InlineData("Data.PreferredFormat", "Pigeon", "Select how you would like to receive the information")]
    [InlineData("Data.PreferredFormat", "1", "Select how you would like to receive the information")]
    public async Task Post_InvalidField_ShowsOneClearErrorAndKeepsOtherAnswers(string field, string value, string expected)
    {
        var client = factory.CreateBrowserLikeClient();
        var answers = Journey.ValidAnswers();
        answers[field] = value;
        var form = await Html.GetAsync(client, "/requests/new");

        var response = await Html.PostFormAsync(client, form, answers);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([expected], Html.ErrorSummary(page));
        var kept = field == "Data.Title" ? "#Data_Email" : "#Data_Title";
        var keptValue = field == "Data.Title" ? answers["Data.Email"] : answers["Data.Title"];
        Assert.Equal(keptValue, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>(kept)!.Value);
        Assert.Equal(answers["Data.QuestionsText"], page.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Data_QuestionsText")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_TooLongFields_ShowsLimits()
    {
        var client = factory.CreateBrowserLikeClient();
        var answers = Journey.ValidAnswers();
        answers["Data.FullName"] = new string('a', 201);
        answers["Data.Title"] = new string('t', 201);
        answers["Data.QuestionsText"] = "1. Short question\n2. " + new string('q', 10_001);
        var form = await Html.GetAsync(client, "/requests/new");

        var page = await Html.ParseAsync(await Html.PostFormAsync(client, form, answers));

        Assert.Equal(
            ["Full name must be 200 characters or fewer", "Title must be 200 characters or fewer", "Question 2 must be 10,000 characters or fewer"],
            Html.ErrorSummary(page));
    }

    [Fact]
    public async Task Post_MoreThanTwentyQuestions_AsksForFewer()
    {
        var client = factory.CreateBrowserLikeClient();
        var answers = Journey.ValidAnswers();
        answers["Data.QuestionsText"] = string.Join("\n", Enumerable.Range(1, 21).Select(i => $"{i}. Question {i}"));
        var form = await Html.GetAsync(client, "/requests/new");

        var page = await Html.ParseAsync(await Html.PostFormAsync(client, form, answers));

        Assert.Equal(["Your request must have 20 questions or fewer. You can make another request for the rest"], Html.ErrorSummary(page));
    }

    [Fact]
    public async Task Post_PaperCopyWithoutAddress_AsksForAddress()
    {
        var client = factory.CreateBrowserLikeClient();
        var answers = Journey.ValidAnswers();
        answers["Data.PreferredFormat"] = "PaperCopy";
        var form = await Html.GetAsync(client, "/requests/new");

        var page = await Html.ParseAsync(await Html.PostFormAsync(client, form, answers));

        Assert.Equal(["Enter your postal address, or choose to receive the information by email"], Html.ErrorSummary(page));
        Assert.Equal(["#Data_PostalAddress"], Html.ErrorSummaryLinks(page));
    }

    [Fact]
    public async Task ScriptInEveryField_IsEncodedOnEveryPage()
    {
        const string Script = "<script>alert('x')</script>";
        var client = factory.CreateBrowserLikeClient();
        var answers = Journey.ValidAnswers(Script);
        answers["Data.FullName"] = Script;
        answers["Data.PostalAddress"] = Script;
        answers["Data.QuestionsText"] = $"1. {Script}\n2. <img src=x onerror=alert(1)>";

        var check = await Journey.AnswerAsync(client, answers);
        var checkHtml = check.DocumentElement.OuterHtml;
        var confirmation = await Journey.SendAsync(client, check);
        var reference = Journey.Reference(confirmation);
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");

        foreach (var html in new[] { checkHtml, casePage.DocumentElement.OuterHtml })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=\"x\"", html, StringComparison.Ordinal);
        }

        Assert.Contains(Script, casePage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, casePage.QuerySelectorAll("main script").Length);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400AndSavesNothing()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.GetAsync(new Uri("/requests/new", UriKind.Relative));
        var before = await factory.WithDbAsync(db => db.RequestDrafts.CountAsync());

        var response = await client.PostAsync(new Uri("/requests/new", UriKind.Relative), new FormUrlEncodedContent(Journey.ValidAnswers()));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with what was sent", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(before, await factory.WithDbAsync(db => db.RequestDrafts.CountAsync()));
    }

    [Fact]
    public async Task Post_NullCharacter_Is400WithAnExplanationAndSavesNothing()
    {
        // ASP.NET Core's form reader refuses NUL outright, so this never reaches the validator.
        var client = factory.CreateBrowserLikeClient();
        var form = await Html.GetAsync(client, "/requests/new");
        var answers = Journey.ValidAnswers("Null \u0000 title");
        var before = await factory.WithDbAsync(db => db.RequestDrafts.CountAsync());

        var response = await Html.PostFormAsync(client, form, answers);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("characters we cannot accept", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.RequestDrafts.CountAsync()));
    }

    [Fact]
    public async Task Post_OneMegabyteForm_Is413WithAnExplanation()
    {
        var client = factory.CreateBrowserLikeClient();
        var form = await Html.GetAsync(client, "/requests/new");
        var answers = Journey.ValidAnswers();
        answers["Data.QuestionsText"] = new string('x', 1024 * 1024);

        var response = await Html.PostFormAsync(client, form, answers);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("What you sent is too large", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Send_DoubleClicked_CreatesOneRequest()
    {
        var client = factory.CreateBrowserLikeClient();
        var check = await Journey.AnswerAsync(client, Journey.ValidAnswers("Double click test"));

        var first = Html.PostFormAsync(client, check, new Dictionary<string, string>());
        var second = Html.PostFormAsync(client, check, new Dictionary<string, string>());
        var responses = await Task.WhenAll(first, second);

        Assert.All(responses, r => Assert.Equal("/requests/new/confirmation", r.Headers.Location!.OriginalString));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Requests.CountAsync(r => r.Title == "Double click test")));
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.TextBody.Contains("Double click test"))));
    }

    [Fact]
    public async Task TwentyParallelSubmissions_GetTwentyDistinctReferences()
    {
        var clients = Enumerable.Range(0, 20).Select(_ => factory.CreateBrowserLikeClient()).ToList();
        var checks = await Task.WhenAll(clients.Select((c, i) => Journey.AnswerAsync(c, Journey.ValidAnswers($"Parallel {i}"))));

        var confirmations = await Task.WhenAll(clients.Select((c, i) => Journey.SendAsync(c, checks[i])));

        var references = confirmations.Select(Journey.Reference).ToList();
        Assert.Equal(20, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches(ReferencePattern(), r));
        Assert.Equal(20, await factory.WithDbAsync(db => db.Requests.CountAsync(r => r.Title.StartsWith("Parallel "))));
    }

    [Fact]
    public async Task ChangeLink_ReturnsToFormWithAnswersKept()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.AnswerAsync(client, Journey.ValidAnswers("Keep my answers"));

        var form = await Html.GetAsync(client, "/requests/new");

        Assert.Equal("Keep my answers", form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Data_Title")!.Value);
        Assert.True(form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Data_PreferredFormat")!.IsChecked);
    }

    [Fact]
    public async Task CheckAnswers_WithoutDraft_GoesBackToTheForm()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri("/requests/new/check-answers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/requests/new", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Submit_WithYourReference_ShowsItOnCheckAnswersAndStoresItOnTheRequester()
    {
        var client = factory.CreateBrowserLikeClient();
        var answers = Journey.ValidAnswers("Your reference test");
        answers["Data.YourReference"] = "  WDTK request 987654 ";

        var check = await Journey.AnswerAsync(client, answers);
        var row = check.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Your reference");
        Assert.Equal("WDTK request 987654", row.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
        Assert.Equal("/requests/new#Data_YourReference", row.QuerySelector("a")!.GetAttribute("href"));
        var reference = Journey.Reference(await Journey.SendAsync(client, check));

        var stored = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Reference == reference));
        Assert.Equal("WDTK request 987654", stored.Requester.YourReference);
    }

    [Fact]
    public async Task Submit_WithoutYourReference_StoresNone()
    {
        var client = factory.CreateBrowserLikeClient();

        var check = await Journey.AnswerAsync(client, Journey.ValidAnswers("No reference test"));
        var reference = Journey.Reference(await Journey.SendAsync(client, check));

        Assert.Contains(check.QuerySelectorAll(".govuk-summary-list__row"), r => r.TextContent.Contains("Your reference", StringComparison.Ordinal) && r.TextContent.Contains("Not given", StringComparison.Ordinal));
        Assert.Null(await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Requester.YourReference).SingleAsync()));
    }

    [Fact]
    public async Task Post_YourReferenceTooLong_ShowsOneErrorLinkedToIt()
    {
        var client = factory.CreateBrowserLikeClient();
        var form = await Html.GetAsync(client, "/requests/new");
        var answers = Journey.ValidAnswers();
        answers["Data.YourReference"] = new string('x', 101);

        var response = await Html.PostFormAsync(client, form, answers);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Reference must be 100 characters or fewer"], Html.ErrorSummary(page));
        Assert.Equal(["#Data_YourReference"], Html.ErrorSummaryLinks(page));
    }

    [Fact]
    public async Task LogRequest_WithTheRequestersReference_StoresItAndRecordsTheSignedInOfficer()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var form = await Html.GetAsync(client, "/staff/cases/new");
        var check = await Html.PostFormAsync(client, form, new Dictionary<string, string>
        {
            ["Data.Channel"] = "Email",
            ["Data.ReceivedOn.Day"] = "2",
            ["Data.ReceivedOn.Month"] = "11",
            ["Data.ReceivedOn.Year"] = "2026",
            ["Data.ReceivedTime"] = "9:15am",
            ["Data.FullName"] = "Pat Example",
            ["Data.Email"] = "pat.wdtk@example.org",
            ["Data.PostalAddress"] = string.Empty,
            ["Data.YourReference"] = "WDTK request 123456",
            ["Data.Title"] = "Logged with a reference",
            ["Data.QuestionsText"] = "How many collisions in 2025?",
            ["Data.PreferredFormat"] = "Email",
        });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var checkPage = await Html.ParseAsync(check);
        Assert.Contains("WDTK request 123456", checkPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var saved = await Html.PostFormAsync(client, checkPage, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var stored = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id));
        Assert.Equal("WDTK request 123456", stored.Requester.YourReference);
        Assert.Contains(stored.Events, e => e.Actor == "officer@foiportal.test");
    }

    [GeneratedRegex(@"^FOI/\d{4}/\d{5}$")]
    private static partial Regex ReferencePattern();
}
