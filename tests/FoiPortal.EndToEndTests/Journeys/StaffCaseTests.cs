using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class StaffCaseTests(PortalServer server, BrowserFixture browser)
{
    [BrowserFact]
    public async Task Officer_SearchesForNewRequest_SeesBothQuestions()
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
        await page.AssertNoAxeViolationsAsync();

        await StaffJourney.OpenCaseAsync(page, sent.Reference);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(request.Title);
        await Expect(page.Locator(".govuk-grid-column-two-thirds > ol > li")).ToHaveTextAsync(request.Questions.ToArray());
        await page.AssertNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Officer_LogsAPostalRequest_SeesTheDueDatePreviewFromTheApi()
    {
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);

        await page.GotoAsync("/staff/cases/new");
        await page.Locator("#Data_ReceivedOn").FillAsync("18");
        await page.Locator("#Data_ReceivedOn_Month").FillAsync("12");
        await page.Locator("#Data_ReceivedOn_Year").FillAsync("2026");

        // Received Fri 18 Dec 2026: 20 working days, skipping Christmas, Boxing Day (substitute),
        // New Year's Day and 2 January (substitute, Scotland), end on Thu 21 Jan 2027 (FOIA s.10(6)).
        var preview = page.Locator("#due-date-preview");
        await Expect(preview).ToBeVisibleAsync();
        await Expect(preview).ToContainTextAsync("Due by Thursday 21 January 2027");
        await Expect(preview).ToContainTextAsync("Christmas Day");
        await page.AssertNoAxeViolationsAsync();
    }
}
