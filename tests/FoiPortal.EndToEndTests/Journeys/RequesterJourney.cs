using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>The public journey, step by step, as a requester does it; axe checks every page on the way.</summary>
public static partial class RequesterJourney
{
    /// <summary>Start page, "Start now", the form, check answers, "Send request". Ends on the confirmation page.</summary>
    public static async Task<SentRequest> MakeRequestAsync(IPage page, NewRequest request)
    {
        await page.GotoAsync("/");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/requests/new$"));
        await FillFormAsync(page, request);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/requests/new/check-answers$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your answers before sending your request");
        var questions = page.Locator(".govuk-summary-list__row", new() { Has = page.Locator("dt", new() { HasText = "questions" }) }).Locator("ol > li");
        await Expect(questions).ToHaveTextAsync(request.Questions.ToArray());
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/requests/new/confirmation$"));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Request sent");
        var reference = (await page.Locator(".govuk-panel__body strong").InnerTextAsync()).Trim();
        var dueBy = (await page.Locator("p", new() { HasText = "We will respond" }).Locator("strong").InnerTextAsync()).Trim();
        await page.AssertNoAxeViolationsAsync();
        return new SentRequest(reference, dueBy);
    }

    public static async Task FillFormAsync(IPage page, NewRequest request)
    {
        await page.Locator("#Data_FullName").FillAsync(request.FullName);
        await page.Locator("#Data_Email").FillAsync(request.Email);
        await page.Locator("#Data_Title").FillAsync(request.Title);
        await page.Locator("#Data_QuestionsText").FillAsync(request.QuestionsText);
        await page.Locator($"input[name='Data.PreferredFormat'][value='{request.PreferredFormat}']").CheckAsync();
    }

    /// <summary>The FOI reference the confirmation page shows, e.g. FOI/2026/00001.</summary>
    [GeneratedRegex(@"^FOI/\d{4}/\d{5}$")]
    public static partial Regex ReferencePattern();

    /// <summary>The due date as the confirmation page words it, e.g. "by Tuesday 15 December 2026".</summary>
    [GeneratedRegex(@"^by (Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$")]
    public static partial Regex DueByPattern();
}

public sealed record SentRequest(string Reference, string DueBy);
