using System.Globalization;
using System.Security.Claims;
using FoiPortal.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Infrastructure.Security;

/// <summary>
/// Staff session rules, checked on every request with a staff cookie: the security stamp (so disabling an account,
/// resetting its two-factor or signing out ends every session at once: ASVS 7.4.1/7.4.3), and the absolute lifetime
/// from sign-in (ASVS 7.3.2). The idle timeout is the cookie's sliding expiry.
/// </summary>
public static class StaffSession
{
    public const string SignedInAtClaim = "foi:signed-in-at";

    public static Claim SignedInAt(DateTimeOffset now) =>
        new(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<StaffSecurityOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedInAt = context.Principal?.FindFirstValue(SignedInAtClaim);
        if (signedInAt is null || !long.TryParse(signedInAt, CultureInfo.InvariantCulture, out var seconds)
            || now - DateTimeOffset.FromUnixTimeSeconds(seconds) >= TimeSpan.FromHours(options.AbsoluteTimeoutHours))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Keeps the sign-in time when the stamp validator rebuilds the principal.</summary>
    public static Task KeepSignInTime(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SignedInAtClaim) is { } claim && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(claim.Type, claim.Value));
        }

        return Task.CompletedTask;
    }
}

/// <summary>The state between a correct password and a correct code, in Identity's short-lived two-factor cookie.</summary>
public static class PendingSignIn
{
    private const string SetUpClaim = "foi:2fa-set-up";

    public static Task StartAsync(HttpContext context, StaffUser user, bool mustSetUp)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        if (mustSetUp)
        {
            identity.AddClaim(new Claim(SetUpClaim, "1"));
        }

        return context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>The user id waiting for a code, and whether they must set two-factor up first; null when none.</summary>
    public static async Task<(string UserId, bool MustSetUp)?> ReadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return result.Principal?.FindFirstValue(ClaimTypes.Name) is { } id
            ? (id, result.Principal.HasClaim(c => c.Type == SetUpClaim))
            : null;
    }

    public static Task EndAsync(HttpContext context) => context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
}
