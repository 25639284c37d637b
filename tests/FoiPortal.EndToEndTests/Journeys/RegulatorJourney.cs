using System.Globalization;
using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 14, complaints to the regulator: an officer records a second ICO complaint on the demo case FOI/DEMO/00040
/// (its first is decided), a submission deadline and the submissions sent, then an upheld decision notice with steps in
/// the usual 35 calendar days, and sees the appeal (28 days, FOIA s.57) and steps-due dates on the case and the
/// complaint in the queue's Regulator view. Every page is checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RegulatorJourney(PortalServer server, BrowserFixture browser)
{
    private const string DemoReference = "FOI/DEMO/00040";
    private const string IcoReference = "IC-505050-E2E0";

    [BrowserFact]
    public async Task Officer_RecordsAComplaintAndADecisionNotice_SeesTheDeadlines()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, DemoReference);
        await Expect(page.Locator("#regulator")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        // Record the complaint: first with nothing filled in.
        await page.Locator("#record-complaint").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the complaint" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary__list")).ToContainTextAsync("Enter the regulator's case reference");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#Data_CaseReference").FillAsync(IcoReference);
        await FillDateAsync(page, "Data.ToldOn", today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the complaint" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Complaint to the Information Commissioner recorded.");
        var complaint = page.Locator(".app-regulator-complaint").Filter(new() { HasText = IcoReference });

        // A submission deadline, then the submissions sent.
        await complaint.Locator("a[id$='-add-deadline']").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await FillDateAsync(page, "Data.DueOn", today.AddDays(14));
        await page.Locator("#Data_Description").FillAsync("Submissions on section 31(1)(a)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the deadline" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Submission deadline added.");
        await complaint.Locator("a[href$='/sent']").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await FillDateAsync(page, "Data.SentOn", today);
        await page.Locator("#Data_Note").FillAsync("Our submissions and the withheld list");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record as sent" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Submissions recorded as sent.");

        // The decision notice: upheld, steps in the default 35 calendar days.
        await complaint.Locator("a[id$='-decision']").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await Expect(page.Locator("#Data_StepsPeriodDays")).ToHaveValueAsync("35");
        await page.Locator("input[name='Data.Outcome'][value='Upheld']").CheckAsync();
        await page.Locator("#Data_Reference").FillAsync(IcoReference);
        await FillDateAsync(page, "Data.NoticeOn", today);
        await page.Locator("#Data_StepsOrdered").FillAsync("Disclose the income figures asked for in question 1.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(CaseUrl());
        var appealBy = Long(today.AddDays(28));
        var stepsDue = Long(today.AddDays(35));
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"Appeal by: {appealBy}");
        await Expect(complaint.Locator("table")).ToContainTextAsync(appealBy);
        await Expect(complaint.Locator("table")).ToContainTextAsync(stepsDue);
        await Expect(complaint).ToContainTextAsync("First-tier Tribunal (Information Rights) within 28 calendar days");
        await page.AssertNoAxeViolationsAsync();

        await complaint.Locator("a[id$='-steps']").ClickAsync();
        await Expect(page.Locator("#steps-due")).ToContainTextAsync(stepsDue);
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/staff/cases?view=regulator");
        await Expect(page.Locator($"tr[data-reference='{DemoReference}']")).ToContainTextAsync("Appeal by");
        await page.AssertNoAxeViolationsAsync();
    }

    private static async Task FillDateAsync(IPage page, string name, DateOnly date)
    {
        await page.Locator($"input[name='{name}.Day']").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"input[name='{name}.Month']").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"input[name='{name}.Year']").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static string Long(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/staff/cases/\d+(#regulator)?$")]
    private static partial Regex CaseUrl();
}
