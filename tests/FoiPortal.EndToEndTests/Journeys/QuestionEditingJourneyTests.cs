using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>Issue 18: the officer splits a question received as one line, then merges it back; with JavaScript and without.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuestionEditingJourneyTests(PortalServer server, BrowserFixture browser)
{
    private const string OneLine = "a) How many bikes were stolen in 2025? b) How many were recovered? c) How many thefts were solved?";

    [BrowserFact]
    public async Task Officer_SplitsTheDemoCasesQuestion_AndMergesItBack()
    {
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        await SplitAndMergeBackAsync(officer.Page, "FOI/DEMO/00050", "How many knives were surrendered");
    }

    [BrowserFact]
    public async Task Officer_SplitsAndMerges_WithJavaScriptOff_AtPhoneWidth()
    {
        var reference = await SmallScreens.AddRequestAsync(server, $"QEJ{Random.Shared.Next(10_000, 99_999)}/1", OneLine, "Which areas had the most thefts?");
        await using var officer = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        await officer.Page.SetViewportSizeAsync(390, 844);
        await SplitAndMergeBackAsync(officer.Page, reference, "How many bikes were stolen");
    }

    private static async Task SplitAndMergeBackAsync(IPage page, string reference, string firstPart)
    {
        await StaffJourney.SignInAsOfficerAsync(page);
        await page.GotoAsync($"/staff/cases?q={Uri.EscapeDataString(reference)}");
        await page.Locator($"a[href^='/staff/cases/']:text-is('{reference}'):visible").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
        var received = await page.Locator(".govuk-grid-column-two-thirds > ol > li").AllTextContentsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Split, merge or reword the questions" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Split question 1" }).ClickAsync();
        var parts = page.GetByLabel("The parts");
        await Expect(parts).ToHaveValueAsync(new Regex("^" + Regex.Escape(firstPart) + @"[^\n]*\n\n[^\n]+\n\n[^\n]+$"));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Split the question" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Question 1 split into 3 questions.");
        await Expect(page.Locator("#questions .govuk-summary-list__key")).ToHaveCountAsync(received.Count + 2);
        await Expect(page.Locator("#questions .govuk-summary-list__value").First).ToContainTextAsync(firstPart);
        await Expect(page.Locator("#as-received li")).ToHaveTextAsync(received.Select(t => t.Trim()).ToArray());
        await page.AssertNoHorizontalScrollingAsync();
        await page.AssertNoAxeViolationsAsync();

        for (var i = 0; i < 2; i++)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Merge two questions" }).ClickAsync();
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Questions 1 and 2").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Merge the questions" }).ClickAsync();
            await Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("Questions 1 and 2 merged into question 1.");
        }

        await Expect(page.Locator("#questions .govuk-summary-list__key")).ToHaveCountAsync(received.Count);
        await Expect(page.Locator("#questions .govuk-summary-list__value").First).ToContainTextAsync(firstPart);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the case" }).ClickAsync();
        await Expect(page.Locator(".app-timeline")).ToContainTextAsync("Questions 1 and 2 merged into question 1");
        await Expect(page.Locator(".app-timeline")).ToContainTextAsync("Question 1 split into questions 1 to 3");
    }
}
