using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 5 end to end: an officer records a qualified exemption with its public interest test and a neither confirm
/// nor deny decision, sends the case for sign-off, and a manager approves both. axe-core on every page visited.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ExemptionJourneyTests(PortalServer server, BrowserFixture browser)
{
    [BrowserFact]
    public async Task Officer_RecordsQualifiedExemptionAndNcnd_ManagerApprovesBoth()
    {
        SentRequest sent;
        await using (var requester = await browser.OpenAsync(server.BaseAddress))
        {
            sent = await RequesterJourney.MakeRequestAsync(requester.Page, NewRequest.TwoQuestions());
        }

        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, sent.Reference);
        await page.Locator("#exemptions-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(ExemptionsUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Exemptions and outcomes");
        // With JavaScript, nothing about exemptions shows until an outcome that relies on one is chosen.
        await Expect(page.Locator("#citations-section")).ToBeHiddenAsync();
        await page.AssertNoAxeViolationsAsync();

        // Question 1: withheld under section 24(1), qualified and class-based: a public interest test, no harm statement.
        await page.Locator("#record-decision").GetByLabel("Question 1", new() { Exact = true }).CheckAsync();
        await page.Locator("#record-decision").GetByLabel("Withheld", new() { Exact = true }).CheckAsync();
        var first = page.Locator("fieldset[data-citation='0']");
        await first.GetByLabel("Exemption", new() { Exact = true }).SelectOptionAsync("FOIA s.24(1)");
        await Expect(first.GetByLabel("Public interest: factors in favour of disclosure")).ToBeVisibleAsync();
        await Expect(first.GetByLabel("Harm: the prejudice disclosure would cause")).ToBeHiddenAsync();
        await page.AssertNoAxeViolationsAsync();
        await first.GetByLabel("Public interest: factors in favour of disclosure").FillAsync("Transparency about the use of speed enforcement.");
        await first.GetByLabel("Public interest: factors in favour of maintaining the exemption").FillAsync("Camera sites near protected locations must not be mapped.");
        // Submitted without the conclusion: the error summary names it and links to it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Enter the conclusion of the public interest test for section 24(1)");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("fieldset[data-citation='0']").GetByLabel("Public interest: conclusion").FillAsync("The public interest favours maintaining the exemption.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Decision recorded for question 1.");
        await Expect(page.Locator("#question-1 .govuk-summary-card")).ToContainTextAsync("section 24(1) (National security)");
        await page.AssertNoAxeViolationsAsync();

        // Question 2: neither confirm nor deny under section 23(5), absolute: no public interest test to enter.
        await page.Locator("#record-decision").GetByLabel("Question 2", new() { Exact = true }).CheckAsync();
        await page.Locator("#record-decision").GetByLabel("Neither confirm nor deny", new() { Exact = true }).CheckAsync();
        first = page.Locator("fieldset[data-citation='0']");
        await first.GetByLabel("Exemption", new() { Exact = true }).SelectOptionAsync("FOIA s.23(5)");
        await Expect(first.GetByLabel("Public interest: factors in favour of disclosure")).ToBeHiddenAsync();
        await page.GetByLabel("Information this decision covers (optional)").FillAsync("any other information relevant to this question");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Decision recorded for question 2.");
        await Expect(page.Locator("#notice-preview")).ToContainTextAsync("will neither confirm nor deny that it holds any other information relevant to this question");
        await Expect(page.Locator("#awaiting-sign-off")).ToContainTextAsync("2 decisions need a manager's sign-off");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send for sign-off" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
        await Expect(page.Locator("main .govuk-tag").First).ToHaveTextAsync("Awaiting sign-off");
        await page.AssertNoAxeViolationsAsync();

        await using var manager = await browser.OpenAsync(server.BaseAddress);
        var managerPage = manager.Page;
        await StaffJourney.SignInAsync(managerPage, StaffJourney.ManagerEmail);
        await managerPage.GotoAsync("/staff/sign-off");
        var item = managerPage.Locator("#sign-off-queue > li[data-kind='exemption']").Filter(new() { HasText = sent.Reference });
        await Expect(item).ToContainTextAsync("2 exemption decisions");
        await managerPage.AssertNoAxeViolationsAsync();
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(managerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign off the exemption decisions");
        await Expect(managerPage.Locator(".govuk-summary-card")).ToHaveCountAsync(2);
        await managerPage.AssertNoAxeViolationsAsync();
        await managerPage.GetByLabel("Approve the decisions").CheckAsync();
        await managerPage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(managerPage.Locator(".govuk-notification-banner")).ToContainTextAsync($"{sent.Reference}: exemption decisions approved.");
        await managerPage.AssertNoAxeViolationsAsync();

        await managerPage.GotoAsync("/staff/cases");
        await StaffJourney.OpenCaseAsync(managerPage, sent.Reference);
        await Expect(managerPage.Locator("main .govuk-tag").First).ToHaveTextAsync("Approved");
        await Expect(managerPage.Locator("#decisions")).ToContainTextAsync("Approved");
        await managerPage.AssertNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Officer_WithJavaScriptOff_SeesEveryFieldAndRecordsANcnd()
    {
        SentRequest sent;
        await using (var requester = await browser.OpenAsync(server.BaseAddress))
        {
            sent = await RequesterJourney.MakeRequestAsync(requester.Page, NewRequest.TwoQuestions());
        }

        await using var officer = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await StaffJourney.OpenCaseAsync(page, sent.Reference);
        await page.Locator("#exemptions-link").ClickAsync();
        await Expect(page.Locator("fieldset[data-citation='1']").GetByLabel("Public interest: conclusion")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.Locator("#record-decision").GetByLabel("Question 1", new() { Exact = true }).CheckAsync();
        await page.Locator("#record-decision").GetByLabel("Neither confirm nor deny", new() { Exact = true }).CheckAsync();
        await page.Locator("fieldset[data-citation='0']").GetByLabel("Exemption", new() { Exact = true }).SelectOptionAsync("FOIA s.23(5)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Decision recorded for question 1.");
        await Expect(page.Locator("#question-1 .govuk-summary-card")).ToContainTextAsync("Needs sign-off");
        await page.AssertNoAxeViolationsAsync();
    }

    [GeneratedRegex(@"/staff/cases/\d+/exemptions$")]
    private static partial Regex ExemptionsUrl();
}
