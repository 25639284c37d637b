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
}
