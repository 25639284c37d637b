using System.Net;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 17: hidden characters refused in every form, no-store on personal pages, sign-out ends the session on the server.</summary>
public sealed class SignInHardeningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Data.Title", "Invoice\u202Egnp.exe")]
    [InlineData("Data.FullName", "Jo\u200BBloggs")]
    [InlineData("Data.QuestionsText", "1. How many?\u2066 hidden\u2069")]
    public async Task PublicForm_WithHiddenCharacters_ShowsAFieldError(string field, string value)
    {
        var client = factory.CreateBrowserLikeClient();
        var form = await Html.GetAsync(client, "/requests/new");
        var answers = Journey.ValidAnswers();
        answers[field] = value;

        var response = await Html.PostFormAsync(client, form, answers);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal([UnsafeText.Message], Html.ErrorSummary(page));
        Assert.Equal(["#" + field.Replace('.', '_')], Html.ErrorSummaryLinks(page));
    }

    [Fact]
    public async Task StaffForm_WithABidiOverride_ShowsAFieldError()
    {
        var admin = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(admin, "admin@foiportal.test");
        var form = await Html.GetAsync(admin, "/staff/admin/staff/invite");

        var response = await Html.PostFormAsync(admin, form, new Dictionary<string, string> { ["Data.Name"] = "Eve\u202Elive", ["Data.Email"] = "eve.bidi@foiportal.test", ["Data.Role"] = StaffRoles.Officer });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([UnsafeText.Message], Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Theory]
    [InlineData("/staff/cases")]
    [InlineData("/staff/account")]
    [InlineData("/staff/sign-in")]
    public async Task StaffPages_AreNotStored(string url)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task TrackingPage_IsNotStored_AndPublicPagesAreUnaffected()
    {
        var tracking = await factory.CreateBrowserLikeClient().GetAsync(new Uri("/track/Demo-62A-23-online-grooming-tracking-link01", UriKind.Relative));
        var log = await factory.CreateBrowserLikeClient().GetAsync(new Uri("/disclosure-log", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, tracking.StatusCode);
        Assert.True(tracking.Headers.CacheControl!.NoStore);
        Assert.False(log.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_SoACopiedCookieStopsWorking()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var cases = await Html.GetAsync(client, "/staff/cases");
        var copy = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = string.Join("; ", (await client.GetAsync(new Uri("/staff/cases", UriKind.Relative))).RequestMessage!.Headers.GetValues("Cookie"));
        using var before = new HttpRequestMessage(HttpMethod.Get, "/staff/cases");
        before.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.SendAsync(before)).StatusCode);

        await Html.PostFormAsync(client, cases, new Dictionary<string, string>(), "/staff/sign-out");
        using var after = new HttpRequestMessage(HttpMethod.Get, "/staff/cases");
        after.Headers.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.Redirect, (await copy.SendAsync(after)).StatusCode);
    }
}

/// <summary>Tight limits and an absolute session of zero hours, to see them work (issue 17).</summary>
public sealed class StrictPortalFactory : PortalFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Security:SignInAttemptsPerAccountPerMinute", "3");
        builder.UseSetting("Security:SignInAttemptsPerAddressPerMinute", "8");
        builder.UseSetting("Security:AbsoluteTimeoutHours", "0");
    }
}

public sealed class SignInThrottlingTests(StrictPortalFactory factory) : IClassFixture<StrictPortalFactory>
{
    [Fact]
    public async Task SessionsEndAfterTheAbsoluteLimit_AndSignInIsThrottledPerAccountThenPerAddress()
    {
        var client = factory.CreateBrowserLikeClient();
        // Post 1 from this address: a good sign-in, but a session of at most 0 hours ends at the next request.
        await Journey.SignInAsync(client, "officer@foiportal.test");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/staff/cases", UriKind.Relative))).StatusCode);

        // Posts 2-5: three tries for one email, then the fourth is throttled, whether or not the account exists.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await Accounts.PasswordStepAsync(client, "nobody@foiportal.test", "a wrong password")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);

        // Posts 6-8 with other emails are allowed; the ninth post from the address is refused by the rate limiter.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await Accounts.PasswordStepAsync(client, $"other{i}@foiportal.test", "a wrong password")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Accounts.PasswordStepAsync(client, "other9@foiportal.test", "a wrong password")).StatusCode);
    }
}
