using System.Net;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>The portal as in production: two-factor required (issue 17).</summary>
public sealed class TwoFactorPortalFactory : PortalFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Security:RequireTwoFactor", "true");
}

/// <summary>Issue 17: TOTP sign-in with the demo accounts' documented secret, replay refused, failures lock out, recovery codes.</summary>
public sealed class TwoFactorSignInTests(TwoFactorPortalFactory factory) : IClassFixture<TwoFactorPortalFactory>
{
    [Fact]
    public async Task SignIn_AsksForACode_AndAcceptsTheDemoSecretsCurrentCode()
    {
        var client = factory.CreateBrowserLikeClient();

        var password = await Accounts.PasswordStepAsync(client, "officer@foiportal.test");
        var beforeCode = await client.GetAsync(new Uri("/staff/cases", UriKind.Relative));
        var code = await Accounts.CodeStepAsync(client, TotpCodes.CodeAt(Accounts.DemoTotpSecret, DateTimeOffset.UtcNow));

        Assert.StartsWith("/staff/sign-in/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Equal("/staff", code.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/staff/cases", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithACodeAlreadyUsed_IsRefused()
    {
        var code = TotpCodes.CodeAt(Accounts.DemoTotpSecret, DateTimeOffset.UtcNow);
        var first = factory.CreateBrowserLikeClient();
        await Accounts.PasswordStepAsync(first, "manager@foiportal.test");
        await Accounts.CodeStepAsync(first, code);
        var second = factory.CreateBrowserLikeClient();
        await Accounts.PasswordStepAsync(second, "manager@foiportal.test");

        var replay = await Accounts.CodeStepAsync(second, code);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(["This code has already been used. Wait for your app to show a new code and enter that"], Html.ErrorSummary(await Html.ParseAsync(replay)));
    }

    [Fact]
    public async Task WrongCodes_CountTowardTheLockout_AndARecoveryCodeWorksOnce()
    {
        var admin = await SignInAdminAsync();
        var link = await Accounts.InviteAsync(factory, admin, "Wendy Wrongcode", "wendy@foiportal.test");
        var recovery = await Accounts.AcceptAsync(factory.CreateBrowserLikeClient(), link);

        var withRecovery = factory.CreateBrowserLikeClient();
        await Accounts.PasswordStepAsync(withRecovery, "wendy@foiportal.test", Accounts.NewPassword);
        var recovered = await Accounts.CodeStepAsync(withRecovery, recovery[0].ToUpperInvariant());
        var reused = factory.CreateBrowserLikeClient();
        await Accounts.PasswordStepAsync(reused, "wendy@foiportal.test", Accounts.NewPassword);
        var reusedResponse = await Accounts.CodeStepAsync(reused, recovery[0]);

        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal(["This recovery code is not correct or has already been used"], Html.ErrorSummary(await Html.ParseAsync(reusedResponse)));

        // One wrong code already (the reused recovery code); four more lock the account.
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await Accounts.CodeStepAsync(reused, "000000");
        }

        Assert.Equal([VerifySignInCodeLocked], Html.ErrorSummary(await Html.ParseAsync(last)));
        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "wendy@foiportal.test" && u.LockoutEnd != null)));
        await Mailbox.WaitForAsync(factory, "wendy@foiportal.test", "account is locked");
    }

    [Fact]
    public async Task ResetTwoFactor_EndsTheirSessions_AndTheNextSignInSetsItUpAgain()
    {
        var admin = await SignInAdminAsync();
        var link = await Accounts.InviteAsync(factory, admin, "Rory Reset", "rory@foiportal.test");
        var rory = factory.CreateBrowserLikeClient();
        await Accounts.AcceptAsync(rory, link);
        var id = await Accounts.IdOfAsync(factory, "rory@foiportal.test");
        var oldSecret = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TotpSecret).SingleAsync());

        var page = await Html.GetAsync(admin, $"/staff/admin/staff/{id}");
        await Html.PostFormAsync(admin, page, new Dictionary<string, string>(), $"/staff/admin/staff/{id}?handler=ResetTwoFactor");
        var afterReset = await rory.GetAsync(new Uri("/staff/cases", UriKind.Relative));
        var again = factory.CreateBrowserLikeClient();
        var password = await Accounts.PasswordStepAsync(again, "rory@foiportal.test", Accounts.NewPassword);
        var codes = await Accounts.SetUpTwoFactorAsync(again);

        Assert.Equal(HttpStatusCode.Redirect, afterReset.StatusCode);
        Assert.Equal("/staff/sign-in/set-up", password.Headers.Location!.OriginalString);
        Assert.Equal(10, codes.Count);
        Assert.NotEqual(oldSecret, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TotpSecret).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(new Uri("/staff/cases", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SetUpPage_ShowsTheQrCodeAsAnImageAndTheSecretAsText()
    {
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "officer@foiportal.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, false)));
        var client = factory.CreateBrowserLikeClient();
        await Accounts.PasswordStepAsync(client, "officer@foiportal.test");

        var page = await Html.GetAsync(client, "/staff/sign-in/set-up");

        Assert.StartsWith("data:image/svg+xml;base64,", page.QuerySelector("main img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(32, Accounts.Secret(page).Length);
        Assert.DoesNotContain("remember", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "officer@foiportal.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true).SetProperty(u => u.TotpSecret, Accounts.DemoTotpSecret)));
    }

    /// <summary>The admin signs in in two tests: the replay rule would refuse the second within 30 s, so its last step is cleared.</summary>
    private async Task<HttpClient> SignInAdminAsync()
    {
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@foiportal.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, (long?)null)));
        var admin = factory.CreateBrowserLikeClient();
        await Accounts.PasswordStepAsync(admin, "admin@foiportal.test");
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.CodeStepAsync(admin, TotpCodes.CodeAt(Accounts.DemoTotpSecret, DateTimeOffset.UtcNow))).StatusCode);
        return admin;
    }

    private const string VerifySignInCodeLocked = "You entered a wrong code too many times. Your account is locked for 15 minutes and we have emailed you";
}
