using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class RequestJourneyTests(PortalServer server, BrowserFixture browser)
{
    [BrowserFact]
    public async Task Requester_MakesTwoQuestionRequest_SeesConfirmation()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        var request = NewRequest.TwoQuestions();

        var sent = await RequesterJourney.MakeRequestAsync(page, request);

        Assert.Matches(RequesterJourney.ReferencePattern(), sent.Reference);
        Assert.Matches(RequesterJourney.DueByPattern(), sent.DueBy);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Check progress of {sent.Reference}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/track/[^/]+$"));
        await Expect(page.Locator(".govuk-caption-l")).ToHaveTextAsync($"Your request {sent.Reference}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(request.Title);
        var status = page.Locator(".govuk-summary-list__row", new() { Has = page.Locator("dt", new() { HasTextString = "Status" }) }).Locator("dd");
        await Expect(status).ToHaveTextAsync("Received");
        await Expect(page.Locator("main ol > li")).ToHaveTextAsync(request.Questions.ToArray());
        await page.AssertNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Requester_SubmitsEmptyForm_SeesErrorSummaryLinkedToFields()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/requests/new");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);

        Assert.Equal(400, response.Status);
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        // govuk-frontend moves focus to the summary so screen reader users hear the errors first.
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        var firstLink = summary.GetByRole(AriaRole.Link).First;
        await Expect(firstLink).ToHaveAttributeAsync("href", "#Data_FullName");
        await Expect(firstLink).ToHaveTextAsync("Enter your full name");
        await page.AssertNoAxeViolationsAsync();

        await firstLink.ClickAsync();

        await Expect(page.Locator("#Data_FullName")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Requester_WithoutJavaScript_CompletesRequest()
    {
        await using var session = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        var page = session.Page;

        var sent = await RequesterJourney.MakeRequestAsync(page, NewRequest.TwoQuestions());

        Assert.Matches(RequesterJourney.ReferencePattern(), sent.Reference);
        Assert.Matches(RequesterJourney.DueByPattern(), sent.DueBy);
        Assert.False(await page.EvaluateAsync<bool>("() => document.body.classList.contains('js-enabled')"), "The page's own scripts ran although JavaScript was disabled.");
    }
}
