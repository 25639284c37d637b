using System.Net;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 17: accounts an admin runs (two-factor off, as in Development).</summary>
public sealed class StaffAccountsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var admin = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(admin, "admin@foiportal.test");
        return admin;
    }

    [Fact]
    public async Task List_ShowsRoleStatusLastSignInAndTwoFactor()
    {
        var admin = await AdminAsync();

        var page = await Html.GetAsync(admin, "/staff/admin/staff?q=manager%40foiportal");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Manoj Manager", "manager@foiportal.test", "Manager", "Active"], cells.Take(4));
        // Development: the demo accounts' two-factor is off unless Security:RequireTwoFactor is on (TwoFactorSignInTests).
        Assert.Equal("Not set up", cells[5]);
    }

    [Fact]
    public async Task List_IsPagedTwentyToAPage()
    {
        var admin = await AdminAsync();
        for (var i = 0; i < 21; i++)
        {
            await factory.WithDbAsync(async db =>
            {
                db.Users.Add(new StaffUser { UserName = $"paging{i:00}@foiportal.test", NormalizedUserName = $"PAGING{i:00}@FOIPORTAL.TEST", Email = $"paging{i:00}@foiportal.test", NormalizedEmail = $"PAGING{i:00}@FOIPORTAL.TEST", DisplayName = $"Paging {i:00}", SecurityStamp = Guid.NewGuid().ToString() });
                return await db.SaveChangesAsync();
            });
        }

        var first = await Html.GetAsync(admin, "/staff/admin/staff?q=paging");
        var second = await Html.GetAsync(admin, "/staff/admin/staff?q=paging&page=2");

        Assert.Equal(20, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Paging 20", Assert.Single(second.QuerySelectorAll("tbody tr")).QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("Invited", second.QuerySelector("tbody .govuk-tag")!.TextContent.Trim());
        Assert.Equal("/staff/admin/staff?q=paging&page=2", first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Invite_EmailsASingleUseLink_ThatSetsAPasswordAndTwoFactor()
    {
        var admin = await AdminAsync();

        var link = await Accounts.InviteAsync(factory, admin, "Ivy Invited", "ivy@foiportal.test");
        var ivy = factory.CreateBrowserLikeClient();
        var codes = await Accounts.AcceptAsync(ivy, link);

        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await ivy.GetAsync(new Uri("/staff/cases", UriKind.Relative))).StatusCode);
        var again = await Html.GetAsync(factory.CreateBrowserLikeClient(), link);
        Assert.Equal("This invitation link cannot be used", again.QuerySelector("h1")!.TextContent.Trim());
        var stored = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "ivy@foiportal.test"));
        Assert.Null(stored.InviteTokenHash);
        Assert.True(stored.TwoFactorEnabled);
        Assert.Equal(10, await factory.WithDbAsync(db => db.StaffRecoveryCodes.CountAsync(c => c.UserId == stored.Id)));
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.StaffRecoveryCodes.Where(c => c.UserId == stored.Id).Select(c => c.CodeHash).ToListAsync()), h => codes.Contains(h));
        var account = await Html.GetAsync(admin, $"/staff/admin/staff/{stored.Id}");
        var history = account.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Two-factor sign-in set up; 10 recovery codes issued", "Invitation accepted; password chosen", "Invited as Officer"], history);
        Assert.Equal("admin@foiportal.test", account.QuerySelectorAll("tbody tr")[^1].QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public async Task Invitation_StoresOnlyTheLinksHash_AndExpiresAfter24Hours()
    {
        var admin = await AdminAsync();
        var link = await Accounts.InviteAsync(factory, admin, "Eve Expired", "eve@foiportal.test");
        var token = link[(link.LastIndexOf('/') + 1)..];
        var stored = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "eve@foiportal.test"));
        Assert.NotEqual(token, stored.InviteTokenHash);
        Assert.InRange(stored.InviteExpiresAtUtc!.Value, DateTime.UtcNow.AddHours(23.9), DateTime.UtcNow.AddHours(24));

        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == stored.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.InviteExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        var page = await Html.GetAsync(factory.CreateBrowserLikeClient(), link);

        Assert.Contains("This invitation link has expired", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[type=password]"));
    }

    [Theory]
    [InlineData("password1234", "This password is too common and could be guessed. Choose a different password")]
    [InlineData("short", "Password must be 12 characters or more")]
    public async Task Invitation_WithAWeakPassword_IsRefused(string password, string expected)
    {
        var admin = await AdminAsync();
        var link = await Accounts.InviteAsync(factory, admin, "Wes Weak", $"wes-{password}@foiportal.test");
        var client = factory.CreateBrowserLikeClient();
        var page = await Html.GetAsync(client, link);

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Password"] = password, ["Data.ConfirmPassword"] = password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = await Html.ParseAsync(response);
        Assert.Equal([expected], Html.ErrorSummary(again));
        Assert.All(again.QuerySelectorAll("input[type=password]"), i => Assert.Equal(string.Empty, i.GetAttribute("value")));
    }

    [Fact]
    public async Task Disable_EndsTheirSessionOnTheNextRequest_AndReEnableLetsThemBackIn()
    {
        var admin = await AdminAsync();
        var link = await Accounts.InviteAsync(factory, admin, "Dan Disabled", "dan@foiportal.test");
        var dan = factory.CreateBrowserLikeClient();
        await Accounts.AcceptAsync(dan, link);
        Assert.Equal(HttpStatusCode.OK, (await dan.GetAsync(new Uri("/staff/cases", UriKind.Relative))).StatusCode);
        var id = await Accounts.IdOfAsync(factory, "dan@foiportal.test");

        var account = await Html.GetAsync(admin, $"/staff/admin/staff/{id}");
        var disabled = await Html.PostFormAsync(admin, account, new Dictionary<string, string>(), $"/staff/admin/staff/{id}?handler=Disable");
        var next = await dan.GetAsync(new Uri("/staff/cases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("http://localhost/staff/sign-in", next.Headers.Location!.ToString(), StringComparison.Ordinal);
        var signIn = await Accounts.PasswordStepAsync(factory.CreateBrowserLikeClient(), "dan@foiportal.test", Accounts.NewPassword);
        Assert.Equal(["Enter a correct email address and password"], Html.ErrorSummary(await Html.ParseAsync(signIn)));

        var page = await Html.GetAsync(admin, $"/staff/admin/staff/{id}");
        Assert.Equal("Disabled", page.QuerySelector("dd .govuk-tag")!.TextContent.Trim());
        await Html.PostFormAsync(admin, page, new Dictionary<string, string>(), $"/staff/admin/staff/{id}?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.PasswordStepAsync(factory.CreateBrowserLikeClient(), "dan@foiportal.test", Accounts.NewPassword)).StatusCode);
    }

    [Theory]
    [InlineData("Disable", "You cannot disable your own account. Ask another administrator")]
    [InlineData("Role", "You cannot change your own role. Ask another administrator")]
    public async Task Admin_CannotChangeTheirOwnAccount(string handler, string expected)
    {
        var admin = await AdminAsync();
        var id = await Accounts.IdOfAsync(factory, "admin@foiportal.test");
        var page = await Html.GetAsync(admin, $"/staff/admin/staff/{id}");

        // The page offers no such buttons on one's own account; a hand-made post is still refused.
        var form = await Html.GetAsync(admin, "/staff/admin/staff/invite");
        var response = await Html.PostFormAsync(admin, form, new Dictionary<string, string> { ["Data.Role"] = StaffRoles.Officer }, $"/staff/admin/staff/{id}?handler={handler}");

        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([expected], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id && u.DisabledAtUtc == null)));
    }

    [Fact]
    public async Task ChangeRole_MovesThemToTheNewRole_AndIsAudited()
    {
        var admin = await AdminAsync();
        var link = await Accounts.InviteAsync(factory, admin, "Rita Role", "rita@foiportal.test");
        var rita = factory.CreateBrowserLikeClient();
        await Accounts.AcceptAsync(rita, link);
        var id = await Accounts.IdOfAsync(factory, "rita@foiportal.test");
        var page = await Html.GetAsync(admin, $"/staff/admin/staff/{id}");

        await Html.PostFormAsync(admin, page, new Dictionary<string, string> { ["Data.Role"] = StaffRoles.Manager }, $"/staff/admin/staff/{id}?handler=Role");

        var after = await Html.GetAsync(admin, $"/staff/admin/staff/{id}");
        Assert.Equal("Manager", after.QuerySelectorAll("dd")[1].TextContent.Trim());
        Assert.Equal("Role changed from Officer to Manager", after.QuerySelector("tbody tr td:nth-child(2)")!.TextContent.Trim());
        // Her session picks up the change: the stamp changed, so she signs in again.
        Assert.Equal(HttpStatusCode.Redirect, (await rita.GetAsync(new Uri("/staff/sign-off", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Unlock_LetsALockedOfficerStraightBackIn()
    {
        var admin = await AdminAsync();
        var link = await Accounts.InviteAsync(factory, admin, "Luke Locked", "luke@foiportal.test");
        await Accounts.AcceptAsync(factory.CreateBrowserLikeClient(), link);
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await Accounts.PasswordStepAsync(client, "luke@foiportal.test", "not the right password");
        }

        var id = await Accounts.IdOfAsync(factory, "luke@foiportal.test");
        var page = await Html.GetAsync(admin, $"/staff/admin/staff/{id}");
        Assert.Equal("Locked", page.QuerySelector("dd .govuk-tag")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, (await Accounts.PasswordStepAsync(client, "luke@foiportal.test", Accounts.NewPassword)).StatusCode);

        await Html.PostFormAsync(admin, page, new Dictionary<string, string>(), $"/staff/admin/staff/{id}?handler=Unlock");

        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.PasswordStepAsync(client, "luke@foiportal.test", Accounts.NewPassword)).StatusCode);
        var mails = Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText).Count(m => m.Contains("luke@foiportal.test", StringComparison.Ordinal) && m.Contains("account is locked", StringComparison.Ordinal));
        Assert.Equal(1, mails);
    }

    [Fact]
    public async Task OwnAccount_ChangesNameAndPassword_AndShowsRecentSignIns()
    {
        var admin = await AdminAsync();
        var link = await Accounts.InviteAsync(factory, admin, "Nina Name", "nina@foiportal.test");
        var nina = factory.CreateBrowserLikeClient();
        await Accounts.AcceptAsync(nina, link);
        await Accounts.PasswordStepAsync(factory.CreateBrowserLikeClient(), "nina@foiportal.test", "wrong password here");

        var account = await Html.GetAsync(nina, "/staff/account");
        await Html.PostFormAsync(nina, account, new Dictionary<string, string> { ["Data.DisplayName"] = "Nina Newname" });
        var password = await Html.GetAsync(nina, "/staff/account/password");
        var wrong = await Html.PostFormAsync(nina, password, new Dictionary<string, string> { ["Data.CurrentPassword"] = "not it at all", ["Data.NewPassword"] = "lantern meadow copper 7", ["Data.ConfirmPassword"] = "lantern meadow copper 7" });
        var changed = await Html.PostFormAsync(nina, password, new Dictionary<string, string> { ["Data.CurrentPassword"] = Accounts.NewPassword, ["Data.NewPassword"] = "lantern meadow copper 7", ["Data.ConfirmPassword"] = "lantern meadow copper 7" });
        var after = await Html.GetAsync(nina, "/staff/account");

        Assert.Equal(["Your current password is not correct"], Html.ErrorSummary(await Html.ParseAsync(wrong)));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("Nina Newname", after.QuerySelector("#Data_DisplayName")!.GetAttribute("value"));
        var outcomes = after.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Wrong password", "Signed in"], outcomes);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.PasswordStepAsync(factory.CreateBrowserLikeClient(), "nina@foiportal.test", "lantern meadow copper 7")).StatusCode);
    }
}
