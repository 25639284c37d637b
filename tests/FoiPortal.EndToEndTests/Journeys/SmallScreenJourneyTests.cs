using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 18: the queue and the case pages at 390px and 320px (a summary card per case, no sideways scrolling of the
/// page, axe-clean), and reassigning two cases ticked in the queue.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallScreenJourneyTests(PortalServer server, BrowserFixture browser)
{
    [BrowserFact]
    public async Task QueueCaseQuestionsNotesAndReassign_AtPhoneWidths_ShowCardsAndNeverScrollSideways()
    {
        var prefix = $"SSW{Random.Shared.Next(10_000, 99_999)}";
        await SmallScreens.AddRequestAsync(server, $"{prefix}/1", "a) How many? b) Since when?");
        await SmallScreens.AddRequestAsync(server, $"{prefix}/2");
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);

        foreach (var (width, height) in SmallScreens.Phones)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync("/staff/cases");
            await Expect(page.Locator(".app-queue-wide")).ToBeHiddenAsync();
            await Expect(page.Locator(".app-queue-card").First).ToBeVisibleAsync();
            await page.AssertNoHorizontalScrollingAsync();
            await page.AssertNoAxeViolationsAsync();

            await page.GotoAsync($"/staff/cases?q={prefix}");
            var card = page.Locator($".app-queue-card[data-reference='{prefix}/1']");
            await Expect(card).ToContainTextAsync("Small screen case");
            await Expect(card).ToContainTextAsync("Not assigned");
            await card.GetByRole(AriaRole.Link, new() { Name = $"{prefix}/1" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
            var caseUrl = page.Url;
            await page.AssertNoHorizontalScrollingAsync();
            await page.AssertNoAxeViolationsAsync();

            foreach (var path in new[] { "/questions", "/questions/1/split", "/questions/merge", "/notes" })
            {
                await page.GotoAsync(caseUrl + path);
                await page.AssertNoHorizontalScrollingAsync();
                await page.AssertNoAxeViolationsAsync();
            }

            // 62A/23 has the longest case page: its tables scroll inside their wrappers, not the page.
            await page.GotoAsync("/staff/cases?q=62A%2F23");
            await page.Locator(".app-queue-card").GetByRole(AriaRole.Link, new() { Name = "62A/23", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
            await page.AssertNoHorizontalScrollingAsync();
            await page.AssertNoAxeViolationsAsync();
        }
    }

    [BrowserFact]
    public async Task Officer_TicksTwoCasesOnAPhone_ReassignsThem_BothShowTheNewOfficer()
    {
        var prefix = $"SSR{Random.Shared.Next(10_000, 99_999)}";
        await SmallScreens.AddRequestAsync(server, $"{prefix}/1");
        await SmallScreens.AddRequestAsync(server, $"{prefix}/2");
        await using var officer = await browser.OpenAsync(server.BaseAddress);
        var page = officer.Page;
        await StaffJourney.SignInAsOfficerAsync(page);
        await page.SetViewportSizeAsync(390, 844);

        await page.GotoAsync($"/staff/cases?q={prefix}");
        // The cards' checkboxes (the table's are not displayed at this width).
        await page.Locator(".app-queue-narrow").GetByLabel($"Select {prefix}/1").CheckAsync();
        await page.Locator(".app-queue-narrow").GetByLabel($"Select {prefix}/2").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reassign selected cases" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/staff/cases/reassign"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Reassign 2 cases");
        await page.AssertNoHorizontalScrollingAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.AssertNoHorizontalScrollingAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Manoj Manager").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reassign", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/staff/cases"));
        await page.GotoAsync($"/staff/cases?q={prefix}");
        foreach (var reference in new[] { $"{prefix}/1", $"{prefix}/2" })
        {
            await Expect(page.Locator($".app-queue-card[data-reference='{reference}']")).ToContainTextAsync("Manoj Manager");
        }
    }
}
