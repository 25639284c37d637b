using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 7, staff side, in a browser: withdrawing and re-publishing the seeded 62A/23 entry, and preparing and
/// publishing an entry from a responded case through the forms. axe-core checks every staff and public page visited.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffDisclosureLogJourneyTests(PortalServer server, BrowserFixture browser)
{
    private const string GroomingPath = "/disclosure-log/online-grooming-62a-23";

    [BrowserFact]
    public async Task Officer_WithdrawsAndRepublishes62A23_ThenThePublicFindsIt()
    {
        await using (var officer = await browser.OpenAsync(server.BaseAddress))
        {
            var page = officer.Page;
            await StaffJourney.SignInAsOfficerAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Disclosure log entries", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/staff/disclosure-log$"));
            await page.AssertNoAxeViolationsAsync();
            await page.Locator("a[data-state=published]").ClickAsync();
            await page.GetByLabel("Search by reference or title").FillAsync("62A/23");
            await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"state=published&q=62A"));
            await page.AssertNoAxeViolationsAsync();
            await page.Locator("#entries").GetByRole(AriaRole.Link, new() { Name = "Online Grooming (62A/23)" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(EntryUrl());
            await Expect(page.Locator("#entry-state")).ToHaveTextAsync("Published");
            await page.AssertNoAxeViolationsAsync();

            // Withdraw: a reason is required, and kept in the audit trail.
            await page.Locator("#withdraw-link").ClickAsync();
            await page.AssertNoAxeViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the entry" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reason for withdrawing the entry");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Why are you withdrawing it?").FillAsync("Checking the figures in the attachment");
            await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the entry" }).ClickAsync();
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Entry withdrawn");
            await Expect(page.Locator("#entry-state")).ToHaveTextAsync("Withdrawn");
            await Expect(page.Locator("#audit-trail")).ToContainTextAsync("Reason: Checking the figures in the attachment");
            await page.AssertNoAxeViolationsAsync();

            await using (var visitor = await browser.OpenAsync(server.BaseAddress))
            {
                var gone = await visitor.Page.GotoAsync(GroomingPath);
                Assert.Equal(404, gone!.Status);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Publish again" }).ClickAsync();
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Entry published");
            await Expect(page.Locator("#entry-state")).ToHaveTextAsync("Published");
            await page.AssertNoAxeViolationsAsync();
        }

        await using var member = await browser.OpenAsync(server.BaseAddress);
        var publicPage = member.Page;
        await publicPage.GotoAsync("/disclosure-log?q=grooming");
        await Expect(publicPage.Locator("#results-heading")).ToHaveTextAsync(new Regex("1 entry matches"));
        await publicPage.AssertNoAxeViolationsAsync();
        await publicPage.GetByRole(AriaRole.Link, new() { Name = "Online Grooming", Exact = true }).ClickAsync();
        await Expect(publicPage).ToHaveURLAsync(new Regex("/disclosure-log/online-grooming-62a-23$"));
        await Expect(publicPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Online Grooming (62A/23)");
        await Expect(publicPage.Locator("main")).Not.ToContainTextAsync("Checking the figures");
        await publicPage.AssertNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Officer_PreparesAnEntryFromARespondedCase_AndPublishesIt()
    {
        var request = NewRequest.TwoQuestions();
        SentRequest sent;
        await using (var requester = await browser.OpenAsync(server.BaseAddress))
        {
            sent = await RequesterJourney.MakeRequestAsync(requester.Page, request);
        }

        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, sent.Reference);
        // Issue 12: every question needs its outcome before the response can be sent.
        await page.Locator("#exemptions-link").ClickAsync();
        foreach (var question in new[] { "Question 1", "Question 2" })
        {
            await page.Locator("#record-decision").GetByLabel(question, new() { Exact = true }).CheckAsync();
            await page.Locator("#record-decision").GetByLabel("Disclosed in full", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Decision recorded for");
        }

        await page.GotoAsync(new Uri(new Uri(page.Url), "/staff/cases").ToString());
        await StaffJourney.OpenCaseAsync(page, sent.Reference);
        await page.Locator("#response-link").ClickAsync();
        await page.GetByLabel("Response", new() { Exact = true }).FillAsync("1. 44 cameras.\n2. 19,870 offences.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save response" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Response saved.");
        await page.Locator("#send-link").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send response" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Response sent to the requester");

        await page.GetByRole(AriaRole.Link, new() { Name = "Prepare a disclosure log entry" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+/disclosure-log$"));
        await Expect(page.Locator("#Data_Title")).ToHaveValueAsync(request.Title);
        await Expect(page.Locator("#Data_ResponseText")).ToHaveValueAsync("1. 44 cameras.\n2. 19,870 offences.");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(request.FullName);
        await page.AssertNoAxeViolationsAsync();

        // No topic chosen: the error summary links to the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a topic");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Topic").SelectOptionAsync("Roads and traffic");
        await page.GetByLabel("Title").FillAsync($"Speed cameras {request.Title[^8..]}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(EntryUrl());
        await Expect(page.Locator("#entry-state")).ToHaveTextAsync("Draft");
        await Expect(page.Locator("#attachment-list li")).ToHaveCountAsync(1);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Entry published");
        await page.AssertNoAxeViolationsAsync();

        await page.Locator("#public-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Speed cameras {request.Title[^8..]} ({sent.Reference})");
        await Expect(page.Locator("main")).ToContainTextAsync("19,870 offences");
        await page.AssertNoAxeViolationsAsync();
    }

    [GeneratedRegex(@"/staff/disclosure-log/\d+$")]
    private static partial Regex EntryUrl();
}
