using FoiPortal.Core.Staff;

namespace FoiPortal.Web.Infrastructure.Seeding;

public sealed partial class DevelopmentSeeder
{
    /// <summary>
    /// The demo accounts have two-factor set up with one fixed, documented secret (<c>Seed:DemoTotpSecret</c>), so with
    /// <c>Security:RequireTwoFactor</c> on a tester adds it to any authenticator app and signs in (README). Never in Production.
    /// </summary>
    /// <remarks>
    /// With the setting off (Development's default) their two-factor is switched off, so the demo and the tests sign in
    /// with the password alone; turning the setting on and restarting switches it on with the documented secret.
    /// </remarks>
    public async Task SeedDemoTwoFactorAsync(string secret, bool enabled)
    {
        if (!TotpCodes.IsBase32Secret(secret))
        {
            throw new InvalidOperationException("Seed:DemoTotpSecret must be a base32 secret of at least 16 characters.");
        }

        foreach (var (email, _, _) in DemoStaff)
        {
            if (await users.FindByEmailAsync(email) is { } user && (user.TotpSecret != secret || user.TwoFactorEnabled != enabled))
            {
                user.TotpSecret = secret;
                user.TwoFactorEnabled = enabled;
                user.LastTotpStep = null;
                await users.UpdateAsync(user);
            }
        }
    }
}
