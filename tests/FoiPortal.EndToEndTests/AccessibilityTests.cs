using FoiPortal.EndToEndTests.Infrastructure;
using FoiPortal.EndToEndTests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests;

/// <summary>Pages the journey tests do not reach, or reach in one state only, checked with axe on their own.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(PortalServer server, BrowserFixture browser)
{
    private static readonly string[] StaticPages = ["/", "/accessibility", "/privacy", "/disclosure-log", "/staff/sign-in"];

    /// <summary>One browser context for all of them (axe loads once); every page is checked before the test fails.</summary>
    [BrowserFact]
    public async Task StaticPages_HaveNoAxeViolations()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        var problems = new List<string>();

        foreach (var path in StaticPages)
        {
            var response = await page.GotoAsync(path);
            if (response?.Status != 200)
            {
                problems.Add($"{path} answered {response?.Status}, not 200.");
                continue;
            }

            if (await Axe.DescribeViolationsAsync(page) is { } report)
            {
                problems.Add(report);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task StaffCaseListAndCase_HaveNoAxeViolations()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await StaffJourney.SignInAsOfficerAsync(page);

        // The unfiltered list: every seeded case with its status tag, and overdue tags where due.
        await Expect(page.Locator("table.govuk-table tbody tr")).Not.ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
        // The seeded 62A/23 case: five long questions and a timeline.
        await StaffJourney.OpenCaseAsync(page, "62A/23");
        await Expect(page.Locator(".govuk-grid-column-two-thirds > ol > li")).ToHaveCountAsync(5);
        await page.AssertNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task CostEstimateAndSignOff_HaveNoAxeViolations()
    {
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, "62A/23");
        await page.Locator("#costs-link").ClickAsync();
        // The seeded estimate: question 4 is 720 records at 15 minutes, 180 hours of a 184.5-hour total.
        await Expect(page.Locator("main")).ToContainTextAsync("184.5");
        await page.AssertNoAxeViolationsAsync();

        await using var manager = await browser.OpenAsync(server.BaseAddress);
        var managerPage = manager.Page;
        await StaffJourney.SignInAsync(managerPage, StaffJourney.ManagerEmail);
        await managerPage.GotoAsync("/staff/sign-off");
        await Expect(managerPage.Locator("main")).ToContainTextAsync("62A/23");
        await managerPage.AssertNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task ExemptionsPageAndCatalogueAdmin_HaveNoAxeViolations()
    {
        // The seeded 62A/23: five s.23(5) neither confirm nor deny decisions waiting for sign-off, and the notice preview.
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, "62A/23");
        await page.Locator("#exemptions-link").ClickAsync();
        await Expect(page.Locator("main .govuk-summary-card")).ToHaveCountAsync(5);
        await page.AssertNoAxeViolationsAsync();

        await using var admin = await browser.OpenAsync(server.BaseAddress);
        var adminPage = admin.Page;
        await adminPage.GotoAsync("/staff/sign-in");
        await adminPage.Locator("#Data_Email").FillAsync("admin@foiportal.test");
        await adminPage.Locator("#Data_Password").FillAsync(StaffJourney.DemoPassword);
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await adminPage.GotoAsync("/staff/admin/exemptions");
        await Expect(adminPage.Locator("#catalogue tbody tr")).Not.ToHaveCountAsync(0);
        await adminPage.AssertNoAxeViolationsAsync();
        await adminPage.GetByRole(AriaRole.Link, new() { Name = "Change Section 31(1)", Exact = true }).ClickAsync();
        await Expect(adminPage.Locator("#legal-character")).ToContainTextAsync("Qualified");
        await adminPage.AssertNoAxeViolationsAsync();
        await adminPage.GetByLabel("Standard wording for refusal notices").FillAsync(" ");
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(adminPage.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the standard wording for refusal notices");
        await adminPage.AssertNoAxeViolationsAsync();
    }

    /// <summary>The check itself: a page with known faults must fail, naming the rules and the elements.</summary>
    [BrowserFact]
    public async Task AxeCheck_OnPageWithKnownFaults_ReportsRulesAndSelectors()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/privacy");
        await page.EvaluateAsync("""
            () => document.querySelector('main').insertAdjacentHTML('beforeend',
              '<img id="e2e-no-alt" src="/favicon.svg"><input id="e2e-no-label" type="text">')
            """);

        var report = await Axe.DescribeViolationsAsync(page);

        Assert.NotNull(report);
        Assert.Contains("image-alt (critical)", report, StringComparison.Ordinal);
        Assert.Contains("#e2e-no-alt", report, StringComparison.Ordinal);
        Assert.Contains("label (critical)", report, StringComparison.Ordinal);
        Assert.Contains("#e2e-no-label", report, StringComparison.Ordinal);
    }
}
