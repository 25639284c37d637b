using System.Net;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

public sealed class StaffTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/staff/cases")]
    [InlineData("/staff/cases/1")]
    [InlineData("/staff/admin")]
    [InlineData("/staff")]
    public async Task Get_StaffPageAnonymously_RedirectsToSignIn(string url)
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/staff/sign-in?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin@foiportal.test", "/staff/cases")]
    [InlineData("officer@foiportal.test", "/staff/admin")]
    [InlineData("manager@foiportal.test", "/staff/admin")]
    public async Task Get_PageForAnotherRole_IsRefused(string email, string url)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, email);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/staff/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Officer_SeesSeededGroomingCaseWithItsFiveQuestions()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");

        var list = await Html.GetAsync(client, "/staff/cases?q=62A");
        var link = Assert.Single(list.QuerySelectorAll("tbody a.govuk-link"));
        Assert.Equal("62A/23", link.TextContent.Trim());
        var casePage = await Html.GetAsync(client, link.GetAttribute("href")!);

        Assert.Equal("Online Grooming", casePage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(5, casePage.QuerySelectorAll("main ol.govuk-list--number li").Length);
        Assert.StartsWith("How many websites or other means of communication were taken down", casePage.QuerySelectorAll("main ol.govuk-list--number li")[4].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_FindsANewRequestByReference()
    {
        var requester = factory.CreateBrowserLikeClient();
        var reference = Journey.Reference(await Journey.MakeRequestAsync(requester, Journey.ValidAnswers("Find me by reference")));
        var officer = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(officer, "officer@foiportal.test");

        var list = await Html.GetAsync(officer, $"/staff/cases?q={Uri.EscapeDataString(reference)}");

        var row = Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Equal(reference, row.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("Find me by reference", row.QuerySelector("td.app-table__cell--reference")!.NextElementSibling!.TextContent.Trim());
        Assert.Equal("Received", row.QuerySelector(".govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task CaseList_IsNewestFirstAndPaged()
    {
        var officer = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(officer, "officer@foiportal.test");
        var requester = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 26; i++)
        {
            await Journey.MakeRequestAsync(requester, Journey.ValidAnswers($"Paging {i:00}"));
        }

        // "All" keeps the newest-first order; the open views sort by due date (QueueTests).
        var first = await Html.GetAsync(officer, "/staff/cases?view=all");
        var second = await Html.GetAsync(officer, "/staff/cases?view=all&page=2");
        var beyond = await Html.GetAsync(officer, "/staff/cases?view=all&page=999");

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Paging 25", first.QuerySelectorAll("tbody tr")[0].QuerySelector("td.app-table__cell--reference")!.NextElementSibling!.TextContent.Trim());
        Assert.Equal("/staff/cases?view=all&page=2", first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href"));
        Assert.NotEmpty(second.QuerySelectorAll("tbody tr"));
        Assert.Equal(second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim(), beyond.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim() == "2" ? "2" : second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("%")]
    [InlineData("' OR 'qzx'='qzx' --")] // full text since issue 18: "1" would be a word to find, so a made-up one
    [InlineData("\"qzx\" NEAR/2 *")]
    [InlineData("nothing-like-this")]
    public async Task CaseSearch_WithOddInput_FindsNothingAndDoesNotFail(string search)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");

        var page = await Html.GetAsync(client, $"/staff/cases?q={Uri.EscapeDataString(search)}");

        Assert.Empty(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("No requests match", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_LocksOutAfterFiveFailures_WithTheSameMessage_AndEmailsOnce()
    {
        var client = factory.CreateBrowserLikeClient();
        HttpResponseMessage response = null!;
        for (var i = 0; i < 6; i++)
        {
            var page = await Html.GetAsync(client, "/staff/sign-in");
            response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Email"] = "manager@foiportal.test", ["Data.Password"] = "wrong-password-123" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var sixth = await Html.ParseAsync(response);
        var signIn = await Html.GetAsync(client, "/staff/sign-in");
        var withRightPassword = await Html.ParseAsync(await Html.PostFormAsync(client, signIn, new Dictionary<string, string> { ["Data.Email"] = "manager@foiportal.test", ["Data.Password"] = "Demo-Passw0rd-2026" }));

        // Issue 17: a locked account gets the message an unknown email or a wrong password gets; the person is emailed.
        Assert.Equal(["Enter a correct email address and password"], Html.ErrorSummary(sixth));
        Assert.Equal(["Enter a correct email address and password"], Html.ErrorSummary(withRightPassword));
        var lockedUntil = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "manager@foiportal.test").Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockedUntil > DateTimeOffset.UtcNow.AddMinutes(14));
        await Mailbox.WaitForAsync(factory, "manager@foiportal.test", "account is locked");
        await Task.Delay(500);
        Assert.Single(Directory.GetFiles(factory.MailFolder, "*.eml"), f => File.ReadAllText(f).Contains("manager@foiportal.test", StringComparison.Ordinal) && File.ReadAllText(f).Contains("account is locked", StringComparison.Ordinal));
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "manager@foiportal.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null).SetProperty(u => u.AccessFailedCount, 0)));
    }

    [Fact]
    public async Task SignIn_UnknownEmail_GivesTheSameMessageAsAWrongPassword()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await Html.GetAsync(client, "/staff/sign-in");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Email"] = "nobody@foiportal.test", ["Data.Password"] = "whatever-password" });

        Assert.Equal(["Enter a correct email address and password"], Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task SignIn_Empty_AsksForEmailAndPassword()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await Html.GetAsync(client, "/staff/sign-in");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string>());

        Assert.Equal(["Enter your email address", "Enter your password"], Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task SignIn_ReturnUrlOffSite_IsIgnored()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await Html.GetAsync(client, "/staff/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Email"] = "officer@foiportal.test", ["Data.Password"] = "Demo-Passw0rd-2026" });

        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
    }
}
