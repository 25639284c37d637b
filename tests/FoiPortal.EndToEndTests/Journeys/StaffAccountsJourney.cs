using System.Text.RegularExpressions;
using FoiPortal.Core.Staff;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 17: an admin invites an officer; the officer follows the emailed link (JavaScript off), chooses a password,
/// sets up two-factor, signs in with a computed code; the admin disables them and their open session ends at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffAccountsJourney(PortalServer server, BrowserFixture browser)
{
    private const string Password = "saffron tugboat lantern 9";

    [BrowserFact]
    public async Task Admin_InvitesAnOfficer_WhoSetsUpTwoFactorAndSignsIn_ThenIsDisabledAndSignedOutAtOnce()
    {
        var email = $"journey-{Guid.NewGuid():N}"[..20] + "@foiportal.test";
        await using var adminSession = await browser.OpenAsync(server.BaseAddress);
        var admin = adminSession.Page;
        await admin.GotoAsync("/staff/sign-in");
        await admin.Locator("#Data_Email").FillAsync("admin@foiportal.test");
        await admin.Locator("#Data_Password").FillAsync(StaffJourney.DemoPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await admin.GotoAsync("/staff/admin/staff");
        await admin.AssertNoAxeViolationsAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Invite a member of staff" }).ClickAsync();
        await admin.GetByLabel("Full name").FillAsync("Oscar Onboarded");
        await admin.GetByLabel("Work email address").FillAsync(email);
        await admin.GetByLabel("Officer", new() { Exact = true }).CheckAsync();
        await admin.AssertNoAxeViolationsAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync($"Invitation sent to {email}");

        await using var officerSession = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        var officer = officerSession.Page;
        await officer.GotoAsync(await InvitationPathAsync(email));
        await officer.AssertNoAxeViolationsAsync();
        await officer.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await officer.GetByLabel("Enter the password again").FillAsync(Password);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Set up two-factor sign-in");
        await officer.AssertNoAxeViolationsAsync();
        var secret = (await officer.Locator("[data-testid=totp-secret]").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal);
        await officer.GetByLabel("Enter the 6-digit code the app shows").FillAsync(TotpCodes.CodeAt(secret, DateTimeOffset.UtcNow));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(officer.Locator("[data-testid=recovery-codes] li")).ToHaveCountAsync(10);
        await officer.AssertNoAxeViolationsAsync();

        // Sign out, then sign in again with the password and a code computed from the secret (the next 30-second step).
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await officer.Locator("#Data_Email").FillAsync(email);
        await officer.Locator("#Data_Password").FillAsync(Password);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/staff/sign-in/code"));
        await officer.AssertNoAxeViolationsAsync();
        await officer.GetByLabel("Code").FillAsync(TotpCodes.CodeAt(secret, DateTimeOffset.UtcNow.AddSeconds(30)));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/staff/cases$"));

        await admin.GotoAsync("/staff/admin/staff?q=" + Uri.EscapeDataString(email));
        await admin.GetByRole(AriaRole.Link, new() { Name = "Oscar Onboarded" }).ClickAsync();
        await admin.AssertNoAxeViolationsAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable account" }).ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("Account disabled");
        await Expect(admin.Locator("table")).ToContainTextAsync("Account disabled; signed out everywhere");

        await officer.GotoAsync("/staff/cases");
        await Expect(officer).ToHaveURLAsync(new Regex("/staff/sign-in"));
    }

    private async Task<string> InvitationPathAsync(string email)
    {
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in Directory.Exists(server.MailFolder) ? Directory.GetFiles(server.MailFolder, "*.eml") : [])
            {
                var text = (await File.ReadAllTextAsync(file)).Replace("=\r\n", string.Empty, StringComparison.Ordinal);
                if (text.Contains(email, StringComparison.Ordinal) && InvitationLink().Match(text) is { Success: true } match)
                {
                    return match.Groups["path"].Value;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No invitation email for {email} within 10 s.");
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/staff/sign-in/invitation/[A-Za-z0-9_-]{43})")]
    private static partial Regex InvitationLink();
}
