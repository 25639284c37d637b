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
}
