using FoiPortal.EndToEndTests.Infrastructure;
using FoiPortal.EndToEndTests.Journeys;
using FoiPortal.Web.Infrastructure.Seeding;
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
        // The law it is handled under: settled for 62A/23, open to change on a case still at triage.
        await page.Locator("#regime-link").ClickAsync();
        await Expect(page.Locator("#cannot-change")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        // Issue 18: tick two cases and open the reassign page (not submitted: other journeys rely on the seeded officers).
        await page.GotoAsync("/staff/cases?view=open");
        await page.Locator("input[name=ids]").Nth(0).CheckAsync();
        await page.Locator("input[name=ids]").Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reassign selected cases" }).ClickAsync();
        await Expect(page.Locator("#cases-to-reassign tbody tr")).ToHaveCountAsync(2);
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/staff/cases");
        await StaffJourney.OpenCaseAsync(page, "FOI/DEMO/00001");
        await page.Locator("#regime-link").ClickAsync();
        await Expect(page.Locator("input[name='Data.Regime']")).ToHaveCountAsync(3);
        await page.AssertNoAxeViolationsAsync();
    }

    /// <summary>Issue 18: the notes on 62A/23 (seeded, fixed), a refused empty note, a new note and its change form.</summary>
    [BrowserFact]
    public async Task CaseNotes_HaveNoAxeViolations()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, "62A/23");
        await Expect(page.Locator("#notes-list")).ToContainTextAsync("PNC check per record");
        await page.Locator("#notes-link").ClickAsync();
        await Expect(page.Locator("#notes-list a")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the note");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Add a note").FillAsync("Rang the custody team again: no change.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Note added.");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#notes-list a").First.ClickAsync();
        await Expect(page.GetByLabel("Note")).ToHaveValueAsync("Rang the custody team again: no change.");
        await page.AssertNoAxeViolationsAsync();
    }

    /// <summary>Issue 18: the questions of 62A/23 (responded, so fixed), then a new case's split, merge and reword forms refused.</summary>
    [BrowserFact]
    public async Task QuestionPages_WithTheirErrors_HaveNoAxeViolations()
    {
        var reference = await Journeys.SmallScreens.AddRequestAsync(server, $"AXQ{Random.Shared.Next(10_000, 99_999)}/1", "How many?", "Since when?");
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, "62A/23");
        await page.Locator("#questions-link").ClickAsync();
        await Expect(page.Locator("#questions .govuk-summary-list__key")).ToHaveCountAsync(5);
        await Expect(page.Locator("#cannot-change")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/staff/cases");
        await StaffJourney.OpenCaseAsync(page, reference);
        await page.Locator("#questions-link").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        var questions = page.Url;
        await page.GotoAsync(questions + "/1/split");
        await page.GetByLabel("The parts").FillAsync("One part only");
        await page.GetByRole(AriaRole.Button, new() { Name = "Split the question" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Put a blank line between the parts");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(questions + "/merge");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge the questions" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select which questions to merge");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(questions + "/2/reword");
        await page.GetByLabel("The question").FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the wording" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the new wording");
        await page.AssertNoAxeViolationsAsync();
    }

    /// <summary>Issue 18: the requester's history on 62A/23 (a possible repeat), a campaign case, and the s.17(6) page.</summary>
    [BrowserFact]
    public async Task RequesterHistory_HasNoAxeViolations()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, "62A/23");
        await Expect(page.Locator("[data-flag='PossibleRepeat']")).ToContainTextAsync(DevelopmentSeeder.EarlierGroomingReference);
        await Expect(page.Locator("#history-list tbody tr")).ToHaveCountAsync(1);
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(page.Url.TrimEnd('/') + "/no-further-notice");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Close without a further refusal notice");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/staff/cases");
        await StaffJourney.OpenCaseAsync(page, DevelopmentSeeder.CampaignReferencePrefix + "2");
        await Expect(page.Locator("[data-flag='Campaign'] li")).ToHaveCountAsync(4);
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
        // The seeded FOI/DEMO/00007 waits for its s.12 refusal and s.23(5) NCND to be signed off (62A/23 has been answered).
        await Expect(managerPage.Locator("#sign-off-queue")).ToContainTextAsync(DevelopmentSeeder.AwaitingSignOffReference);
        await Expect(managerPage.Locator("#sign-off-queue")).Not.ToContainTextAsync(DevelopmentSeeder.GroomingReference);
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
    public async Task SeededResponses_TrackingPageAndDraftLetter_HaveNoAxeViolations()
    {
        // The requester of 62A/23: the response sent on 27 February 2023, its letter and dataset to download.
        await using var requester = await browser.OpenAsync(server.BaseAddress);
        var track = requester.Page;
        await track.GotoAsync($"/track/{DevelopmentSeeder.GroomingDemoToken}");
        await Expect(track.Locator("#responded-on")).ToHaveTextAsync("Monday 27 February 2023");
        var documents = track.Locator("#response-documents a");
        await Expect(documents).ToHaveCountAsync(3);
        await track.AssertNoAxeViolationsAsync();
        var download = await track.RunAndWaitForDownloadAsync(() => documents.Last.ClickAsync());
        Assert.Equal("62A_23_attachment.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("2022,142,31,8,14,7,13,69", csv, StringComparison.Ordinal);

        // The officer's draft response on FOI/DEMO/00002, ready to send, and its preview.
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, DevelopmentSeeder.DraftResponseReference);
        await page.Locator("#response-link").ClickAsync();
        await Expect(page.Locator("#Data_Response")).ToContainTextAsync("1,012 marked police vehicles");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(page.Url + "/preview");
        await Expect(page.Locator("#letter-preview")).ToContainTextAsync("marked_fleet_by_type.csv");
        await page.AssertNoAxeViolationsAsync();
    }

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
