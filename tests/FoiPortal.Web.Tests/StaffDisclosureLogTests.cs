using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 7, staff side: prepare from a responded case, publish (blocked on the requester's details), withdraw, correct, approval.</summary>
public sealed class StaffDisclosureLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";
    private const string RequesterName = "Jo Bloggs";
    private const string RequesterEmail = "jo.bloggs@example.org";
    private const string RequesterAddress = "12 Acacia Avenue\nBirmingham\nB1 1AA";
    private const string Topic = "Crime and offences";

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await Journey.SignInAsync(client, email);
        return client;
    }

    /// <summary>A request from Jo Bloggs (with a postal address), answered and sent, optionally with a dataset.</summary>
    private async Task<(int Id, string Reference, string Title)> RespondedCaseAsync(HttpClient officer, string response = "1. 312 offences.\n2. 298 offences.", string? csv = null)
    {
        var title = $"Grooming figures {Guid.NewGuid():N}"[..30];
        var answers = Journey.ValidAnswers(title);
        answers["Data.PostalAddress"] = RequesterAddress;
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient(), answers));
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        await CaseOutcomes.RecordAsync(officer, id, "Disclosed", 1, 2);

        var compose = await Html.GetAsync(officer, $"/staff/cases/{id}/response");
        var saved = await Html.PostFormAsync(officer, compose, new Dictionary<string, string>
        {
            ["Data.Response"] = response,
            ["Data.Reason"] = string.Empty,
            ["Data.Advice"] = string.Empty,
            ["Data.Caveats"] = "Figures are from the live crime system.",
        }, $"/staff/cases/{id}/response");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        if (csv is not null)
        {
            var page = await Html.GetAsync(officer, $"/staff/cases/{id}/response");
            var form = page.QuerySelectorAll("main form").Single(f => f.GetAttribute("action")!.EndsWith("handler=Upload", StringComparison.Ordinal));
            using var body = new MultipartFormDataContent
            {
                { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
                { new StringContent(form.QuerySelector("input[name=letterVersion]")!.GetAttribute("value")!), "letterVersion" },
                { new StringContent("Recorded offences by year"), "title" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "offences.csv" },
            };
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), body)).StatusCode);
        }

        var send = await Html.GetAsync(officer, $"/staff/cases/{id}/response/send");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(officer, send, new Dictionary<string, string>(), $"/staff/cases/{id}/response/send")).StatusCode);
        return (id, reference, title);
    }

    /// <summary>Every field of a form as a browser would send it (text, checked radios, selected options, text areas), with changes.</summary>
    private static Dictionary<string, string> FormValues(IDocument page, string action, IDictionary<string, string>? changes = null)
    {
        var form = page.QuerySelectorAll("main form").Single(f => f.GetAttribute("action") == action);
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>())
        {
            if (input.Name is null || input.Name == "__RequestVerificationToken" || (input.Type is "radio" or "checkbox" && !input.IsChecked))
            {
                continue;
            }

            values[input.Name] = input.Value;
        }

        foreach (var area in form.QuerySelectorAll("textarea").OfType<IHtmlTextAreaElement>())
        {
            values[area.Name!] = area.Value;
        }

        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>())
        {
            values[select.Name!] = select.Value ?? string.Empty;
        }

        foreach (var change in changes ?? new Dictionary<string, string>())
        {
            values[change.Key] = change.Value;
        }

        return values;
    }

    private static async Task<int> PrepareAsync(HttpClient officer, int caseId, IDictionary<string, string>? changes = null)
    {
        var page = await Html.GetAsync(officer, $"/staff/cases/{caseId}/disclosure-log");
        var values = FormValues(page, $"/staff/cases/{caseId}/disclosure-log", new Dictionary<string, string>(changes ?? new Dictionary<string, string>()) { ["Data.Topic"] = Topic });
        var saved = await Html.PostFormAsync(officer, page, values, $"/staff/cases/{caseId}/disclosure-log");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient client, int entryId)
    {
        var page = await Html.GetAsync(client, $"/staff/disclosure-log/{entryId}");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string>(), $"/staff/disclosure-log/{entryId}?handler=Publish");
    }

    private async Task<(EntryState State, string Slug, int Version)> EntryAsync(int entryId) =>
        await factory.WithDbAsync(async db =>
        {
            var e = await db.DisclosureLogEntries.AsNoTracking().SingleAsync(x => x.Id == entryId);
            return (e.State, e.Slug, e.Version);
        });

    [Fact]
    public async Task Prepare_FromARespondedCase_IsFilledFromTheLetter_WithoutTheRequestersDetails()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, reference, title) = await RespondedCaseAsync(officer, csv: "Year,Offences\n2021,312\n2022,298\n");
        var casePage = await Html.GetAsync(officer, $"/staff/cases/{caseId}");
        Assert.Equal(($"/staff/cases/{caseId}/disclosure-log", "Prepare a disclosure log entry"),
            (casePage.QuerySelector("#disclosure-log-link")!.GetAttribute("href"), casePage.QuerySelector("#disclosure-log-link")!.TextContent.Trim()));

        var page = await Html.GetAsync(officer, $"/staff/cases/{caseId}/disclosure-log");

        Assert.Equal(title, ((IHtmlInputElement)page.QuerySelector("#Data_Title")!).Value);
        Assert.Equal(reference, ((IHtmlInputElement)page.QuerySelector("#Data_Reference")!).Value);
        Assert.Equal("1. How many offences were recorded in 2022?\n2. How many in 2021?", page.QuerySelector("#Data_RequestText")!.TextContent.Trim());
        Assert.Equal("1. 312 offences.\n2. 298 offences.", page.QuerySelector("#Data_ResponseText")!.TextContent.Trim());
        Assert.Equal("granted-in-full", page.QuerySelector("input[name='Data.Outcome'][checked]")!.GetAttribute("value"));
        var files = page.QuerySelectorAll("#prepared-files li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal([$"{reference.Replace('/', '-')}-response-v2.pdf", $"{reference.Replace('/', '-')}-offences.pdf", "offences.csv"], files);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain(RequesterName, main, StringComparison.Ordinal);
        Assert.DoesNotContain(RequesterEmail, main, StringComparison.Ordinal);
        Assert.DoesNotContain("Acacia", main, StringComparison.Ordinal);

        var entryId = await PrepareAsync(officer, caseId);

        var entry = await factory.WithDbAsync(db => db.DisclosureLogEntries.AsNoTracking().Include(e => e.Attachments).SingleAsync(e => e.Id == entryId));
        Assert.Equal((EntryState.Draft, caseId, Topic, 3), (entry.State, entry.FoiRequestId, entry.Topic, entry.Attachments.Count));
        var letter = PdfText.Pages(entry.Attachments.Single(a => a.FileName.EndsWith("-response-v2.pdf", StringComparison.Ordinal)).Content)!;
        var letterText = string.Join(' ', letter);
        Assert.Contains(reference, letterText, StringComparison.Ordinal);
        Assert.Contains("312 offences", letterText, StringComparison.Ordinal);
        Assert.DoesNotContain("Bloggs", letterText, StringComparison.Ordinal);
        Assert.DoesNotContain("Acacia", letterText, StringComparison.Ordinal);
        Assert.Empty(entry.FindPersonalData(new RequesterIdentity(RequesterName, RequesterEmail, RequesterAddress), PdfText.Pages));
        // The case now links to its entry, and preparing again goes to it.
        Assert.Equal($"/staff/disclosure-log/{entryId}", (await Html.GetAsync(officer, $"/staff/cases/{caseId}")).QuerySelector("#disclosure-log-link")!.GetAttribute("href"));
        var again = await officer.GetAsync(new Uri($"/staff/cases/{caseId}/disclosure-log", UriKind.Relative));
        Assert.Equal($"/staff/disclosure-log/{entryId}", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Prepare_BeforeTheResponseIsSent_IsNotOffered()
    {
        var officer = await SignedInAsync(factory, Officer);
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        var caseId = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());

        Assert.Null((await Html.GetAsync(officer, $"/staff/cases/{caseId}")).QuerySelector("#disclosure-log-link"));
        var page = await Html.GetAsync(officer, $"/staff/cases/{caseId}/disclosure-log");

        Assert.Equal("The response to this request has not been sent, so there is nothing to publish yet.", page.QuerySelector("#cannot-prepare")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Prepare_FromALetterSentWithAPlaceholder_IsRefused()
    {
        // Issue 12: a first draft still holding "[Answer to question 1]" was sent (before sending checked it) and went into
        // the disclosure log draft. Such a case, recorded as sending was then allowed, must not reach the log.
        var officer = await SignedInAsync(factory, Officer);
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        var caseId = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        await CaseOutcomes.RecordAsync(officer, caseId, "Disclosed", 1, 2);
        await factory.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.ClockEvents).SingleAsync(r => r.Id == caseId);
            var letter = new Core.Responses.ResponseLetter(caseId, new Core.Responses.ResponseSections("1. [Answer to question 1]\n2. 298 offences.", string.Empty, string.Empty, string.Empty), Officer, DateTime.UtcNow);
            db.ResponseLetters.Add(letter);
            letter.BeginSending();
            Pages.Staff.Cases.Response.SendResponse.Handler.RecordSent(request, letter, [], Core.Statute.WorkingDayCalendar.ForRegime(request.Regime), Officer, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        const string Expected = "The response as sent still holds \u201C[Answer to question 1]\u201D in its Response section, so it cannot be published.";

        var page = await Html.GetAsync(officer, $"/staff/cases/{caseId}/disclosure-log");
        // A hand-made post: the page offers no form, so the token comes from the header's sign-out form.
        var forced = await officer.PostAsync(new Uri($"/staff/cases/{caseId}/disclosure-log", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
            ["Data.Title"] = "Grooming figures",
            ["Data.Topic"] = Topic,
        }));

        Assert.Equal(Expected, page.QuerySelector("#cannot-prepare")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal([Expected], Html.ErrorSummary(await Html.ParseAsync(forced)));
        Assert.False(await factory.WithDbAsync(db => db.DisclosureLogEntries.AnyAsync(e => e.FoiRequestId == caseId)));
    }

    [Fact]
    public async Task Prepare_WithoutATopicOrTitle_SaysWhatToFix_InFieldOrder()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, _, _) = await RespondedCaseAsync(officer);
        var page = await Html.GetAsync(officer, $"/staff/cases/{caseId}/disclosure-log");

        var response = await Html.PostFormAsync(officer, page,
            FormValues(page, $"/staff/cases/{caseId}/disclosure-log", new Dictionary<string, string> { ["Data.Title"] = " ", ["Data.Exemptions"] = "FOIA s.99" }),
            $"/staff/cases/{caseId}/disclosure-log");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errorPage = await Html.ParseAsync(response);
        Assert.Equal(
            ["Enter the title", "Select a topic", "“FOIA s.99” is not in the exemptions catalogue: enter keys such as “FOIA s.23(5)”, separated by commas"],
            Html.ErrorSummary(errorPage));
        Assert.Equal(["#Data_Title", "#Data_Topic", "#Data_Exemptions"], Html.ErrorSummaryLinks(errorPage));
        Assert.Equal("1. 312 offences.\n2. 298 offences.", errorPage.QuerySelector("#Data_ResponseText")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.DisclosureLogEntries.AnyAsync(e => e.FoiRequestId == caseId)));
    }

    [Fact]
    public async Task Publish_ACleanDraft_PutsItOnThePublicLog_AndAuditsIt()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, _, title) = await RespondedCaseAsync(officer);
        var entryId = await PrepareAsync(officer, caseId);
        var (_, slug, _) = await EntryAsync(entryId);
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative))).StatusCode);
        Assert.Equal("Publish", (await Html.GetAsync(officer, $"/staff/disclosure-log/{entryId}")).QuerySelector("#publish-form button")!.TextContent.Trim());

        var published = await PublishAsync(officer, entryId);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await Html.GetAsync(officer, $"/staff/disclosure-log/{entryId}");
        Assert.Equal("Published", page.QuerySelector("#entry-state")!.TextContent.Trim());
        var trail = page.QuerySelectorAll("#audit-trail tbody tr").ToList();
        // Prepared, its one file (the letter) attached, published: each with who did it.
        Assert.Equal(["Created", "Edited", "Published"], trail.Select(r => r.GetAttribute("data-kind")!).ToList());
        Assert.Equal(Officer, trail[^1].QuerySelectorAll("td")[2].TextContent.Trim());
        var publicPage = await Html.GetAsync(anonymous, $"/disclosure-log/{slug}");
        Assert.StartsWith(title, publicPage.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithTheRequestersDetailsInTheTextAndADataset_IsBlocked_ListingEveryPlace()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, reference, _) = await RespondedCaseAsync(officer, csv: "Year,Offences,Contact\n2021,312,none\n2022,298,jo.bloggs@example.org\n");
        var entryId = await PrepareAsync(officer, caseId, new Dictionary<string, string> { ["Data.ResponseText"] = "Thank you.\n\nDear Jo Bloggs, we hold 312 records." });
        var (_, slug, _) = await EntryAsync(entryId);

        var refused = await PublishAsync(officer, entryId);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        var errors = Html.ErrorSummary(page);
        Assert.StartsWith("This entry cannot be published: the requester's details appear in it 3 times", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("The requester's name appears in the response, line 3: “", errors[1], StringComparison.Ordinal);
        Assert.Contains("Dear [name], we hold 312 records", errors[1], StringComparison.Ordinal);
        Assert.Equal(
            $"The requester's email address appears in {reference.Replace('/', '-')}-offences.pdf, page 1",
            errors[2][..errors[2].IndexOf(':', StringComparison.Ordinal)]);
        Assert.StartsWith("The requester's email address appears in offences.csv, row 3, column 3 (“Contact”)", errors[3], StringComparison.Ordinal);
        Assert.Equal(4, errors.Count);
        // The text finding links to its field on the edit page; file findings say the file, row or page.
        Assert.Equal([$"/staff/disclosure-log/{entryId}/edit#Data_ResponseText"], Html.ErrorSummaryLinks(page));
        Assert.DoesNotContain("Jo Bloggs", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(RequesterEmail, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(EntryState.Draft, (await EntryAsync(entryId)).State);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserLikeClient().GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Withdraw_NeedsAReason_ThenThePublicPageIs404_AndItCanBePublishedAgain()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, _, _) = await RespondedCaseAsync(officer);
        var entryId = await PrepareAsync(officer, caseId);
        await PublishAsync(officer, entryId);
        var (_, slug, _) = await EntryAsync(entryId);
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative))).StatusCode);
        var withdrawPage = await Html.GetAsync(officer, $"/staff/disclosure-log/{entryId}/withdraw");

        var noReason = await Html.PostFormAsync(officer, withdrawPage, new Dictionary<string, string> { ["Data.Reason"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var noReasonPage = await Html.ParseAsync(noReason);
        Assert.Equal(["Enter the reason for withdrawing the entry"], Html.ErrorSummary(noReasonPage));
        Assert.Equal(["#Data_Reason"], Html.ErrorSummaryLinks(noReasonPage));
        Assert.Equal(EntryState.Published, (await EntryAsync(entryId)).State);

        var withdrawn = await Html.PostFormAsync(officer, withdrawPage, new Dictionary<string, string> { ["Data.Reason"] = "The requester asked us to check a figure" });

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative))).StatusCode);
        var staffPage = await Html.GetAsync(officer, $"/staff/disclosure-log/{entryId}");
        Assert.Equal("Withdrawn", staffPage.QuerySelector("#entry-state")!.TextContent.Trim());
        Assert.Contains("Reason: The requester asked us to check a figure", staffPage.QuerySelector("#audit-trail tr[data-kind=Withdrawn]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Publish again", staffPage.QuerySelector("#publish-form button")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(officer, entryId)).StatusCode);
        var again = await Html.GetAsync(anonymous, $"/disclosure-log/{slug}");
        Assert.DoesNotContain("check a figure", again.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(EntryState.Published, (await EntryAsync(entryId)).State);
    }

    [Fact]
    public async Task Correct_NeedsANote_ThenIsANewVersion_AndThePublicPageSaysUpdated()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, _, _) = await RespondedCaseAsync(officer);
        var entryId = await PrepareAsync(officer, caseId);
        await PublishAsync(officer, entryId);
        var (_, slug, _) = await EntryAsync(entryId);
        var correctPage = await Html.GetAsync(officer, $"/staff/disclosure-log/{entryId}/correct");
        const string Action = "/staff/disclosure-log/{0}/correct";
        var action = string.Format(System.Globalization.CultureInfo.InvariantCulture, Action, entryId);

        var noNote = await Html.PostFormAsync(officer, correctPage, FormValues(correctPage, action, new Dictionary<string, string> { ["Data.ResponseText"] = "1. 313 offences.\n2. 298 offences." }), action);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Equal(["Enter a note of what was corrected"], Html.ErrorSummary(await Html.ParseAsync(noNote)));

        var corrected = await Html.PostFormAsync(officer, correctPage, FormValues(correctPage, action, new Dictionary<string, string>
        {
            ["Data.ResponseText"] = "1. 313 offences.\n2. 298 offences.",
            ["Data.Note"] = "The 2022 figure was one short.",
        }), action);

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal((EntryState.Published, 2), ((await EntryAsync(entryId)).State, (await EntryAsync(entryId)).Version));
        var publicPage = await Html.GetAsync(factory.CreateBrowserLikeClient(), $"/disclosure-log/{slug}");
        Assert.StartsWith("Updated on", publicPage.QuerySelector("#updated dd")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("(version 2)", publicPage.QuerySelector("#updated dd")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("313 offences", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("one short", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_PuttingTheRequestersNameInTheTitle_IsRefused_LinkedToTheField_AndChangesNothing()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, _, title) = await RespondedCaseAsync(officer);
        var entryId = await PrepareAsync(officer, caseId);
        await PublishAsync(officer, entryId);
        var action = $"/staff/disclosure-log/{entryId}/correct";
        var correctPage = await Html.GetAsync(officer, action);

        var refused = await Html.PostFormAsync(officer, correctPage, FormValues(correctPage, action, new Dictionary<string, string>
        {
            ["Data.Title"] = "Figures for Jo Bloggs",
            ["Data.Note"] = "Clearer title",
        }), action);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("#Data_Title", Html.ErrorSummaryLinks(page));
        Assert.Equal("Figures for Jo Bloggs", ((IHtmlInputElement)page.QuerySelector("#Data_Title")!).Value);
        var stored = await factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Id == entryId).Select(e => new { e.Title, e.Version }).SingleAsync());
        Assert.Equal((title, 1), (stored.Title, stored.Version));
    }

    [Fact]
    public async Task EditDraft_FromAStaleForm_SaysSomeoneElseChangedIt_AndKeepsTheirChange()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, _, _) = await RespondedCaseAsync(officer);
        var entryId = await PrepareAsync(officer, caseId);
        var action = $"/staff/disclosure-log/{entryId}/edit";
        var first = await Html.GetAsync(officer, action);
        var second = await Html.GetAsync(officer, action);
        Assert.Equal(HttpStatusCode.Redirect,
            (await Html.PostFormAsync(officer, first, FormValues(first, action, new Dictionary<string, string> { ["Data.Title"] = "Online grooming offences" }), action)).StatusCode);

        var stale = await Html.PostFormAsync(officer, second, FormValues(second, action, new Dictionary<string, string> { ["Data.Title"] = "Something else" }), action);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await Html.ParseAsync(stale);
        Assert.Equal(["Someone else changed this entry while you were working on it. Nothing was saved: reload the page and try again."], Html.ErrorSummary(page));
        Assert.Equal("Something else", ((IHtmlInputElement)page.QuerySelector("#Data_Title")!).Value);
        Assert.Equal("Online grooming offences", await factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Id == entryId).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task Approval_WhenRequired_OfficerSubmits_ManagerReturnsThenApproves_AndNobodyApprovesTheirOwn()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("DisclosureLog:RequireApproval", "true"));
        var officer = await SignedInAsync(app, Officer);
        var manager = await SignedInAsync(app, Manager);
        var (caseId, _, _) = await RespondedCaseAsync(officer);
        var entryId = await PrepareAsync(officer, caseId);
        var (_, slug, _) = await EntryAsync(entryId);
        var officerPage = await Html.GetAsync(officer, $"/staff/disclosure-log/{entryId}");
        Assert.Equal("Submit for approval", officerPage.QuerySelector("#publish-form button")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(officer, entryId)).StatusCode);

        Assert.Equal(EntryState.AwaitingApproval, (await EntryAsync(entryId)).State);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative))).StatusCode);
        // An officer cannot approve, even by posting the form by hand.
        var waiting = await Html.GetAsync(officer, $"/staff/disclosure-log/{entryId}");
        Assert.Null(waiting.QuerySelector("#approve-form"));
        var forced = await Html.PostFormAsync(officer, officerPage, new Dictionary<string, string>(), $"/staff/disclosure-log/{entryId}?handler=Approve");
        // Refused by the pipeline's role check on the command, with the reason in the error summary.
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.Equal(["Only managers can do this."], Html.ErrorSummary(await Html.ParseAsync(forced)));
        Assert.Equal(EntryState.AwaitingApproval, (await EntryAsync(entryId)).State);

        var managerPage = await Html.GetAsync(manager, $"/staff/disclosure-log/{entryId}");
        var noComment = await Html.PostFormAsync(manager, managerPage, new Dictionary<string, string> { ["Data.Comment"] = "" }, $"/staff/disclosure-log/{entryId}?handler=Return");
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal(["#Data_Comment"], Html.ErrorSummaryLinks(await Html.ParseAsync(noComment)));
        var returned = await Html.PostFormAsync(manager, managerPage, new Dictionary<string, string> { ["Data.Comment"] = "Choose the topic Public protection" }, $"/staff/disclosure-log/{entryId}?handler=Return");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(EntryState.Draft, (await EntryAsync(entryId)).State);
        Assert.Contains("Comment: Choose the topic Public protection",
            (await Html.GetAsync(officer, $"/staff/disclosure-log/{entryId}")).QuerySelector("#audit-trail tr[data-kind=ReturnedFromApproval]")!.TextContent, StringComparison.Ordinal);

        await PublishAsync(officer, entryId);
        var approvePage = await Html.GetAsync(manager, $"/staff/disclosure-log/{entryId}");
        var approved = await Html.PostFormAsync(manager, approvePage, new Dictionary<string, string>(), $"/staff/disclosure-log/{entryId}?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(EntryState.Published, (await EntryAsync(entryId)).State);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri($"/disclosure-log/{slug}", UriKind.Relative))).StatusCode);
        var kinds = (await Html.GetAsync(manager, $"/staff/disclosure-log/{entryId}")).QuerySelectorAll("#audit-trail tbody tr").Select(r => r.GetAttribute("data-kind")).ToList();
        Assert.Equal(["SubmittedForApproval", "ReturnedFromApproval", "SubmittedForApproval", "Approved", "Published"], kinds.Skip(2).ToList());

        // A manager who prepared an entry cannot approve it.
        var (ownCase, _, _) = await RespondedCaseAsync(manager);
        var ownEntry = await PrepareAsync(manager, ownCase);
        await PublishAsync(manager, ownEntry);
        var own = await Html.GetAsync(manager, $"/staff/disclosure-log/{ownEntry}");
        Assert.Null(own.QuerySelector("#approve-form"));
        Assert.NotNull(own.QuerySelector("#cannot-approve"));
        var ownStamp = await factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Id == ownEntry).Select(e => e.ConcurrencyStamp).SingleAsync());
        var ownForced = await Html.PostFormAsync(manager, approvePage, new Dictionary<string, string> { ["stamp"] = ownStamp.ToString() }, $"/staff/disclosure-log/{ownEntry}?handler=Approve");
        Assert.Equal(HttpStatusCode.BadRequest, ownForced.StatusCode);
        Assert.Equal(["You prepared or submitted this entry, so another manager must approve it"], Html.ErrorSummary(await Html.ParseAsync(ownForced)));
        Assert.Equal(EntryState.AwaitingApproval, (await EntryAsync(ownEntry)).State);
    }

    [Fact]
    public async Task Approval_WhenNotRequired_IsNeverAsked()
    {
        var manager = await SignedInAsync(factory, Manager);
        var (caseId, _, _) = await RespondedCaseAsync(manager);
        var entryId = await PrepareAsync(manager, caseId);

        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(manager, entryId)).StatusCode);

        Assert.Equal(EntryState.Published, (await EntryAsync(entryId)).State);
        var kinds = await factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Id == entryId).SelectMany(e => e.Events).Select(e => e.Kind).ToListAsync());
        Assert.DoesNotContain(EntryEventKind.SubmittedForApproval, kinds);
    }

    [Theory]
    [InlineData("/staff/disclosure-log")]
    [InlineData("/staff/disclosure-log/1")]
    [InlineData("/staff/disclosure-log/1/edit")]
    [InlineData("/staff/disclosure-log/1/withdraw")]
    [InlineData("/staff/disclosure-log/1/attachments/62A_23_attachment.csv")]
    public async Task StaffPages_SendThePublicToSignIn_AndAreForbiddenToAdmins(string path)
    {
        var anonymous = factory.CreateBrowserLikeClient();
        var admin = await SignedInAsync(factory, "admin@foiportal.test");

        var asPublic = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        var asAdmin = await admin.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, asPublic.StatusCode);
        Assert.StartsWith("/staff/sign-in", asPublic.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, asAdmin.StatusCode);
        Assert.StartsWith("/staff/access-denied", asAdmin.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffList_ShowsEachStateOnItsOwnTab_NewestFirst()
    {
        var officer = await SignedInAsync(factory, Officer);
        var (caseId, reference, _) = await RespondedCaseAsync(officer);
        var entryId = await PrepareAsync(officer, caseId);

        var drafts = await Html.GetAsync(officer, "/staff/disclosure-log");
        var published = await Html.GetAsync(officer, "/staff/disclosure-log?state=published");

        Assert.Equal($"/staff/disclosure-log/{entryId}", drafts.QuerySelector("#entries tbody tr a")!.GetAttribute("href"));
        Assert.Contains(reference, drafts.QuerySelector("#entries tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.All(published.QuerySelectorAll("#entries tbody tr"), r => Assert.Equal("Published", r.QuerySelector(".govuk-tag")!.TextContent.Trim()));
        Assert.DoesNotContain(published.QuerySelectorAll("#entries tbody tr a"), a => a.GetAttribute("href") == $"/staff/disclosure-log/{entryId}");
        Assert.NotNull(published.QuerySelector("nav.govuk-pagination a[rel=next]"));
        Assert.Equal("page", drafts.QuerySelector("a.govuk-service-navigation__link[href='/staff/disclosure-log']")!.GetAttribute("aria-current"));
    }
}

internal static class UriPaths
{
    /// <summary>The path and query of a redirect, whether the app gave it absolute or relative.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
