using System.Text.RegularExpressions;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>Case work steps, with the seeded demo accounts (Seed:Enabled).</summary>
public static class StaffJourney
{
    public const string OfficerEmail = "officer@foiportal.test";
    public const string DemoPassword = "Demo-Passw0rd-2026";

    public const string ManagerEmail = "manager@foiportal.test";

    /// <summary>Signs in from the sign-in page; officers land on the case list.</summary>
    public static Task SignInAsOfficerAsync(IPage page) => SignInAsync(page, OfficerEmail);

    /// <summary>Signs in as <paramref name="email"/>; officers and managers land on the case list.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/staff/sign-in");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#Data_Email").FillAsync(email);
        await page.Locator("#Data_Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/cases$"));
    }

    /// <summary>Types the reference in the case list's search box and opens the one matching case.</summary>
    public static async Task OpenCaseAsync(IPage page, string reference)
    {
        await page.GetByLabel("Search by reference").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases\?q="));
        var link = page.Locator("table.govuk-table tbody").GetByRole(AriaRole.Link, new() { Name = reference, Exact = true });
        await Expect(link).ToHaveCountAsync(1);
        await page.AssertNoAxeViolationsAsync();
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/cases/\d+$"));
        await Expect(page.Locator(".govuk-caption-l")).ToHaveTextAsync(reference);
    }
}
