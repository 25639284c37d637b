using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 14 end to end, on the seeded FOI/DEMO/00008 (a response sent three days ago, its review window open): the
/// requester asks for a review from the tracking link, a manager who took no part in the case assigns it to themselves,
/// overturns question 1 and sends the outcome letter, and the requester reads it. axe-core checks every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InternalReviewJourney(PortalServer server, BrowserFixture browser)
{
    private const string Reference = "FOI/DEMO/00008";
    private const string TrackPath = "/track/Demo-review-window-open-tracking-link-00001";

    [BrowserFact]
    public async Task Requester_AsksForAReview_ReviewerOverturnsAndSends_RequesterReadsTheOutcome()
    {
        await using (var requester = await browser.OpenAsync(server.BaseAddress))
        {
            var page = requester.Page;
            await page.GotoAsync(TrackPath);
            await page.AssertNoAxeViolationsAsync();
            await page.Locator("#ask-review").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/review$"));
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("What are you unhappy with?").FillAsync("You said you hold no training cost figures, but the budget report mentions them.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Expect(page.Locator("#check-answers")).ToContainTextAsync("budget report");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Send request for review" }).ClickAsync();
            await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Request for review received");
            await Expect(page.Locator("#review-due")).ToContainTextAsync("We will send you the outcome of the review by");
            await page.AssertNoAxeViolationsAsync();
        }

        await using (var reviewer = await browser.OpenAsync(server.BaseAddress))
        {
            var page = reviewer.Page;
            await StaffJourney.SignInAsync(page, StaffJourney.ManagerEmail);
            await page.GotoAsync("/staff/reviews");
            await page.AssertNoAxeViolationsAsync();
            await page.Locator("#reviews").GetByRole(AriaRole.Link, new() { Name = Reference, Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/staff/reviews/\d+$"));
            await page.AssertNoAxeViolationsAsync();

            // The officer handled the case: refused, saying why (s.45 Code para 5.8).
            await page.GetByLabel("Olivia Officer").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign reviewer" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("handled the original request");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Manoj Manager").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign reviewer" }).ClickAsync();
            await Expect(page.Locator("#reviewer")).ToContainTextAsync("Manoj Manager");

            await page.Locator("#record-outcome").ClickAsync();
            await page.AssertNoAxeViolationsAsync();
            await page.Locator("input[name='Data.Findings[0].Outcome'][value='Upheld']").CheckAsync();
            await page.Locator("textarea[name='Data.Findings[0].Reasons']").FillAsync("The number of dogs was correct.");
            await page.Locator("input[name='Data.Findings[1].Outcome'][value='Overturned']").CheckAsync();
            await page.Locator("textarea[name='Data.Findings[1].Reasons']").FillAsync("The training cost is held in the budget report.");
            await page.Locator("textarea[name='Data.Findings[1].Released']").FillAsync("Training cost in 2025: £182,400.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and preview the letter" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/staff/reviews/\d+/send$"));
            await Expect(page.Locator("#letter-preview")).ToContainTextAsync("Original decision overturned");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the outcome letter" }).ClickAsync();
            await Expect(page.Locator("#review-status")).ToContainTextAsync("Outcome sent");
            await page.AssertNoAxeViolationsAsync();
        }

        await using var again = await browser.OpenAsync(server.BaseAddress);
        var track = again.Page;
        await track.GotoAsync(TrackPath);
        await Expect(track.Locator("#review-responded-on")).ToBeVisibleAsync();
        await track.AssertNoAxeViolationsAsync();
        await track.Locator("#review-outcome").ClickAsync();
        await Expect(track.Locator("#outcome-letter")).ToContainTextAsync("Training cost in 2025: £182,400.");
        await Expect(track.Locator("#outcome-letter")).ToContainTextAsync("Information Commissioner's Office");
        await track.AssertNoAxeViolationsAsync();
    }

    /// <summary>The requester's form works and is accessible without JavaScript: an empty reason gives the error summary.</summary>
    [BrowserFact]
    public async Task ReviewForm_WithoutJavaScript_ShowsTheErrorSummaryAndChecksAnswers()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        var page = session.Page;
        await page.GotoAsync(TrackPath + "/review");
        if (await page.Locator("#window-closed").CountAsync() > 0)
        {
            Assert.Fail("The seeded review window should be open.");
        }

        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what you are unhappy with");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("What are you unhappy with?").FillAsync("Please look again.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator("#check-answers")).ToContainTextAsync("Please look again.");
        await page.AssertNoAxeViolationsAsync();
    }
}
