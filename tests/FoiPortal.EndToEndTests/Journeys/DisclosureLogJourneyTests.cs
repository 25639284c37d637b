using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using FoiPortal.Web.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>A member of the public searches the disclosure log and reads an entry; every page axe-clean.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DisclosureLogJourneyTests(PortalServer server, BrowserFixture browser)
{
    // Collects CSP violations in the page; init scripts are injected by the browser itself, so the CSP does not stop this one.
    private const string RecordCspViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    [BrowserFact]
    public async Task Public_SearchesForGrooming_AndReadsThe62A23Entry()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await page.AddInitScriptAsync(RecordCspViolations);

        await page.GotoAsync("/disclosure-log");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Disclosure log");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Search words").FillAsync("grooming");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/disclosure-log\?q=grooming"));
        await Expect(page.Locator("#results-heading")).ToHaveTextAsync(new Regex("1 entry matches"));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Online Grooming", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/disclosure-log/online-grooming-62a-23$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Online Grooming (62A/23)");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reason for decision" })).ToBeVisibleAsync();
        // Issue 18: attachments by what they are; the file name stays in the download's address.
        var dataset = page.GetByRole(AriaRole.Link, new() { Name = DevelopmentSeeder.GroomingAttachmentTitle + " (data)", Exact = true });
        await Expect(dataset).ToBeVisibleAsync();
        await Expect(dataset).ToHaveAttributeAsync("href", new Regex("/attachments/62A_23_attachment\\.csv$"));
        await page.AssertNoAxeViolationsAsync();
        await AssertScriptsRanUnderTheCspAsync(page);
    }

    [BrowserFact]
    public async Task EntryServedFromTheOutputCache_StillRunsItsScriptsUnderTheCsp()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await page.AddInitScriptAsync(RecordCspViolations);

        await page.GotoAsync("/disclosure-log/online-grooming-62a-23");
        var cached = await page.ReloadAsync();

        Assert.NotNull(cached);
        Assert.True((await cached.AllHeadersAsync()).ContainsKey("age"), "The reload should be served from the output cache.");
        await AssertScriptsRanUnderTheCspAsync(page);
    }

    [BrowserFact]
    public async Task NoResultsAndErrorPages_HaveNoAxeViolations()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;

        await page.GotoAsync("/disclosure-log?q=wombats");
        await Expect(page.Locator("#results-heading")).ToHaveTextAsync("No entries match your search");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/disclosure-log?q=grooming&year=1850&topic=astrology");
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/disclosure-log?page=2");
        await Expect(page.Locator("nav.govuk-pagination")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task WithoutJavaScript_TheFiltersWork()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        var page = session.Page;

        await page.GotoAsync("/disclosure-log");
        await page.GetByLabel("Outcome").SelectOptionAsync("Cost limit exceeded");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("outcome=cost-limit"));
        await Expect(page.Locator(".app-results__item .govuk-tag").First).ToHaveTextAsync("Cost limit exceeded");
        await page.AssertNoAxeViolationsAsync();
    }

    private static async Task AssertScriptsRanUnderTheCspAsync(IPage page)
    {
        // The layout's first script marks the body; govuk-frontend then initialises (its module is 'self').
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bjs-enabled\b"));
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bgovuk-frontend-supported\b"));
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.Empty(violations);
    }
}
