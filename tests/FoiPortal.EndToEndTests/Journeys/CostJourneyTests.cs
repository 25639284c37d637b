using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 4 end to end: an officer estimates the cost of a new request and refuses it under s.12; a manager approves the
/// refusal. Every page on the way is checked with axe-core. Figures by hand: 720 records × 15 minutes = 180.0 hours,
/// against the 18-hour limit (£450 at £25 an hour).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CostJourneyTests(PortalServer server, BrowserFixture browser)
{
    [BrowserFact]
    public async Task Officer_EstimatesAndRefuses_ManagerApproves()
    {
        var request = NewRequest.TwoQuestions();
        SentRequest sent;
        await using (var requester = await browser.OpenAsync(server.BaseAddress))
        {
            sent = await RequesterJourney.MakeRequestAsync(requester.Page, request);
        }

        await using (var officer = await browser.OpenAsync(server.BaseAddress))
        {
            var page = officer.Page;
            await StaffJourney.SignInAsOfficerAsync(page);
            await StaffJourney.OpenCaseAsync(page, sent.Reference);
            await page.Locator("#costs-link").ClickAsync();
            await Expect(page).ToHaveURLAsync(CostsUrl());
            await page.AssertNoAxeViolationsAsync();

            // A bad line first: the error summary names what to fix, and nothing is saved.
            await page.GetByRole(AriaRole.Button, new() { Name = "Add line" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await Expect(page.Locator(".govuk-error-summary__list")).ToContainTextAsync("Select which question this line is for");
            await page.AssertNoAxeViolationsAsync();

            await page.Locator("input[name='Data.QuestionNumber'][value='2']").CheckAsync();
            await page.Locator("input[name='Data.Activity'][value='Extracting']").CheckAsync();
            await page.GetByLabel("Describe the work").FillAsync("Manual review of the offence summary in each crime record");
            await page.GetByLabel("Number of units").FillAsync("720");
            await page.Locator("input[name='Data.UnitKind'][value='Records']").CheckAsync();
            await page.GetByLabel("Minutes per unit used in the estimate").FillAsync("15");
            await page.GetByLabel("Evidence for the figure").FillAsync("Sampling exercise: 20 records took 300 minutes");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add line" }).ClickAsync();

            await Expect(page.Locator("#verdict")).ToContainTextAsync("Estimate: 180.0 hours. This exceeds the appropriate limit of £450 (18.0 hours).");
            await Expect(page.Locator("#question-2-total")).ToContainTextAsync("180.0");
            await page.AssertNoAxeViolationsAsync();

            await page.Locator("#aggregation-link").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aggregate requests for the cost limit");
            await page.AssertNoAxeViolationsAsync();
            await page.GoBackAsync();

            await page.Locator("#decide-link").ClickAsync();
            await page.AssertNoAxeViolationsAsync();
            await page.Locator("input[name='Data.Outcome'][value='Refuse']").CheckAsync();
            await Expect(page.Locator("#Data_Advice")).ToContainTextAsync("1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Refusal sent to a manager for sign-off.");
            await page.AssertNoAxeViolationsAsync();
        }

        await using var manager = await browser.OpenAsync(server.BaseAddress);
        var review = manager.Page;
        await StaffJourney.SignInAsync(review, StaffJourney.ManagerEmail);
        await review.GotoAsync("/staff/sign-off");
        await review.AssertNoAxeViolationsAsync();
        var item = review.Locator("#sign-off-queue > li").Filter(new() { HasText = sent.Reference });
        await Expect(item).ToContainTextAsync("Estimate 180.0 hours against a limit of £450 (18.0 hours)");
        await item.GetByRole(AriaRole.Link).First.ClickAsync();
        // The breakdown reads as a table, as in the letter, not as the raw pipe rows.
        await Expect(review.Locator("#draft-wording table")).ToContainTextAsync("720 records");
        await Expect(review.Locator("#draft-wording")).Not.ToContainTextAsync("| 720 records |");
        await review.AssertNoAxeViolationsAsync();

        await review.Locator("input[name='Data.Decision'][value='Approve']").CheckAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(review).ToHaveURLAsync(new Regex("/staff/sign-off$"));
        await Expect(review.Locator("#sign-off-queue > li").Filter(new() { HasText = sent.Reference })).ToHaveCountAsync(0);
        await review.AssertNoAxeViolationsAsync();
    }

    [GeneratedRegex(@"/staff/cases/\d+/costs$")]
    private static partial Regex CostsUrl();
}
