using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 18 "Find", in a browser: an officer searches the queue for a word form that is not in the case ("groomed"),
/// finds the demo case 62A/23 ("Online Grooming") with the matching word marked, and opens it. axe-core on each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffSearchJourneyTests(PortalServer server, BrowserFixture browser)
{
    [BrowserFact]
    public async Task Officer_FindsACaseByAnotherFormOfAWordInIt_WithTheWordMarked()
    {
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);

        await page.GetByLabel("Search by reference or words").FillAsync("groomed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases\?q=groomed$"));
        await Expect(page.Locator("table caption")).ToContainTextAsync("best match first");
        var row = page.Locator("tbody tr[data-reference='62A/23']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("strong.app-search-match").First).ToHaveTextAsync(new Regex("^[Gg]rooming$"));
        await page.AssertNoAxeViolationsAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = "62A/23", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Online Grooming");
    }
}
