using System.Text.RegularExpressions;
using FoiPortal.Core.Staff;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 14 end to end, on the seeded FOI/DEMO/00008 (a response sent three days ago, its review window open): the
/// requester asks for a review from the tracking link, a manager assigns a reviewer who took no part in the case (the
/// officer who handled it is refused), the reviewer overturns question 2 and records its new decision, the manager
/// signs it off, the reviewer sends the outcome letter, and the requester reads it. axe-core checks every page; the
/// staff review pages are also checked with JavaScript off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InternalReviewJourney(PortalServer server, BrowserFixture browser)
{
    private const string Reference = "FOI/DEMO/00008";
    private const string TrackPath = "/track/Demo-review-window-open-tracking-link-00001";
    private const string ReviewerEmail = "reviewer@foiportal.test";
    private const string ReviewerName = "Rita Reviewer";

    /// <summary>A second officer, who took no part in FOI/DEMO/00008, to review it (the demo officer handled it).</summary>
    private async Task EnsureReviewerAccountAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(ReviewerEmail) is null)
        {
            var user = new StaffUser { UserName = ReviewerEmail, Email = ReviewerEmail, EmailConfirmed = true, DisplayName = ReviewerName };
            Assert.True((await users.CreateAsync(user, StaffJourney.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, StaffRoles.Officer);
        }
    }

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

        await EnsureReviewerAccountAsync();
        string reviewPath;
        await using (var manager = await browser.OpenAsync(server.BaseAddress))
        {
            var page = manager.Page;
            await StaffJourney.SignInAsync(page, StaffJourney.ManagerEmail);
            await page.GotoAsync("/staff/reviews");
            await page.AssertNoAxeViolationsAsync();
            await page.Locator("#reviews").GetByRole(AriaRole.Link, new() { Name = Reference, Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/staff/reviews/\d+$"));
            reviewPath = new Uri(page.Url).AbsolutePath;
            await page.AssertNoAxeViolationsAsync();

            // The officer handled the case: refused, saying why (s.45 Code para 5.8).
            await page.GetByLabel("Olivia Officer").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign reviewer" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("handled the original request");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel(ReviewerName).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign reviewer" }).ClickAsync();
            await Expect(page.Locator("#reviewer")).ToContainTextAsync(ReviewerName);
        }

        await using var reviewer = await browser.OpenAsync(server.BaseAddress);
        var review = reviewer.Page;
        await StaffJourney.SignInAsync(review, ReviewerEmail);
        await review.GotoAsync(reviewPath);
        await review.Locator("#record-outcome").ClickAsync();
        await review.AssertNoAxeViolationsAsync();
        await review.Locator("input[name='Data.Findings[0].Outcome'][value='Upheld']").CheckAsync();
        await review.Locator("textarea[name='Data.Findings[0].Reasons']").FillAsync("The number of dogs was correct.");
        await review.Locator("input[name='Data.Findings[1].Outcome'][value='Overturned']").CheckAsync();
        await review.Locator("textarea[name='Data.Findings[1].Reasons']").FillAsync("The training cost is held in the budget report.");
        await review.GetByRole(AriaRole.Button, new() { Name = "Save and preview the letter" }).ClickAsync();
        await Expect(review).ToHaveURLAsync(new Regex(@"/staff/reviews/\d+/send$"));

        // The new decision on question 2, with the first response's form: partly disclosed, the rest under s.24(1),
        // which this authority treats as sensitive, so a manager must sign it off.
        await review.GotoAsync(reviewPath);
        await review.Locator("#decision-2").ClickAsync();
        await Expect(review).ToHaveURLAsync(new Regex(@"/staff/reviews/\d+/decisions/2$"));
        await review.AssertNoAxeViolationsAsync();
        await review.Locator("input[name='Data.Outcome'][value='PartlyDisclosed']").CheckAsync();
        await review.Locator("textarea[name='Data.Released']").FillAsync("Training cost in 2025: £182,400.");
        await review.Locator("select[name='Data.Citations[0].ExemptionKey']").SelectOptionAsync("FOIA s.24(1)");
        await review.Locator("textarea[name='Data.Citations[0].FactorsForDisclosure']").FillAsync("Accountability for public spending.");
        await review.Locator("textarea[name='Data.Citations[0].FactorsForMaintaining']").FillAsync("The cost of specialist counter-terrorism dogs would show capability.");
        await review.Locator("textarea[name='Data.Citations[0].PublicInterestConclusion']").FillAsync("Maintain the exemption for that part only.");
        await review.GetByRole(AriaRole.Button, new() { Name = "Record the new decision" }).ClickAsync();
        await Expect(review.Locator("[data-new-decision='2']")).ToContainTextAsync("Needs sign-off");
        await review.AssertNoAxeViolationsAsync();
        await review.Locator("#send-outcome").ClickAsync();
        await Expect(review.Locator("#send-problems")).ToContainTextAsync("A manager must sign off the new decision on question 2.");
        await review.AssertNoAxeViolationsAsync();

        await using (var manager = await browser.OpenAsync(server.BaseAddress))
        {
            var page = manager.Page;
            await StaffJourney.SignInAsync(page, StaffJourney.ManagerEmail);
            await page.GotoAsync(reviewPath);
            await page.Locator("#sign-off").ClickAsync();
            await Expect(page.Locator("#pending-decisions")).ToContainTextAsync("Training cost in 2025");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Expect(page.Locator("[data-new-decision='2']")).ToContainTextAsync("Approved");
        }

        await review.GotoAsync(reviewPath + "/send");
        await Expect(review.Locator("#letter-preview")).ToContainTextAsync("Original decision overturned");
        await Expect(review.Locator("#letter-preview")).ToContainTextAsync("Our new decision on this question: partly disclosed: section 24(1).");
        // FOIA s.17(1): the new refusal names the provision by its title and gives its reasons, as a first response does.
        await Expect(review.Locator("#letter-preview")).ToContainTextAsync("We are withholding the rest under section 24(1) (National security) of the Freedom of Information Act 2000.");
        await review.AssertNoAxeViolationsAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = "Send the outcome letter" }).ClickAsync();
        await Expect(review.Locator("#review-status")).ToContainTextAsync("Outcome sent");
        await review.AssertNoAxeViolationsAsync();

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

    /// <summary>
    /// The staff review pages work and are accessible without JavaScript, on the seeded review in progress (FOI/DEMO/00009,
    /// assigned to the manager): the review, the findings form (an empty post gives the error summary), a question's new
    /// decision page, the sign-off page and the outcome letter.
    /// </summary>
    [BrowserFact]
    public async Task StaffReviewPages_WithoutJavaScript_AreAccessibleAndShowErrors()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        var page = session.Page;
        await StaffJourney.SignInAsync(page, StaffJourney.ManagerEmail);
        await page.GotoAsync("/staff/reviews");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#reviews").GetByRole(AriaRole.Link, new() { Name = "FOI/DEMO/00009", Exact = true }).ClickAsync();
        var reviewPath = new Uri(page.Url).AbsolutePath;
        await page.AssertNoAxeViolationsAsync();

        await page.Locator("#record-outcome").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and preview the letter" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether the original decision is upheld, partly upheld or overturned");
        await page.AssertNoAxeViolationsAsync();

        foreach (var path in new[] { "/decisions/1", "/sign-off", "/send" })
        {
            await page.GotoAsync(reviewPath + path);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();
        }
    }
}
