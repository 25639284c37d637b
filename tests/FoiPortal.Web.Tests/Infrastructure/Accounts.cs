using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests.Infrastructure;

/// <summary>Steps of the staff accounts journeys (issue 17).</summary>
public static partial class Accounts
{
    public const string DemoTotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    public const string NewPassword = "violet kettle harbour 42";

    /// <summary>An admin invites someone; returns the invitation link's path from the email.</summary>
    public static async Task<string> InviteAsync(PortalFactory factory, HttpClient admin, string name, string email, string role = StaffRoles.Officer)
    {
        var form = await Html.GetAsync(admin, "/staff/admin/staff/invite");
        var response = await Html.PostFormAsync(admin, form, new Dictionary<string, string> { ["Data.Name"] = name, ["Data.Email"] = email, ["Data.Role"] = role });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = await Mailbox.WaitForAsync(factory, email, "invitation/");
        return InvitationLink().Match(mail.Replace("=\r\n", string.Empty, StringComparison.Ordinal)).Groups["path"].Value;
    }

    /// <summary>Follows the link, chooses a password and sets up two-factor with the secret shown; returns the recovery codes.</summary>
    public static async Task<IReadOnlyList<string>> AcceptAsync(HttpClient client, string link, string password = NewPassword)
    {
        var page = await Html.GetAsync(client, link);
        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Password"] = password, ["Data.ConfirmPassword"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/sign-in/set-up", response.Headers.Location!.OriginalString);
        return await SetUpTwoFactorAsync(client);
    }

    public static async Task<IReadOnlyList<string>> SetUpTwoFactorAsync(HttpClient client)
    {
        var setUp = await Html.GetAsync(client, "/staff/sign-in/set-up");
        var secret = Secret(setUp);
        var done = await Html.PostFormAsync(client, setUp, new Dictionary<string, string> { ["Data.Code"] = TotpCodes.CodeAt(secret, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var page = await Html.ParseAsync(done);
        return page.QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
    }

    public static string Secret(IHtmlDocument setUp) =>
        setUp.QuerySelector("[data-testid=totp-secret]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);

    public static Task<string> IdOfAsync(PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Posts the password step and returns the response (no redirect followed).</summary>
    public static async Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string email, string password = "Demo-Passw0rd-2026")
    {
        var page = await Html.GetAsync(client, "/staff/sign-in");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Email"] = email, ["Data.Password"] = password });
    }

    public static async Task<HttpResponseMessage> CodeStepAsync(HttpClient client, string code)
    {
        var page = await Html.GetAsync(client, "/staff/sign-in/code");
        return await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Code"] = code });
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/staff/sign-in/invitation/[A-Za-z0-9_-]{43})")]
    private static partial Regex InvitationLink();
}
