using FoiPortal.Core.Staff;
using Microsoft.Extensions.Time.Testing;

namespace FoiPortal.Core.Tests.Staff;

/// <summary>Issue 17: TOTP (RFC 6238) with a fake clock; recovery codes; the invitation link.</summary>
public sealed class TwoFactorTests
{
    // RFC 6238 Appendix B's SHA-1 key "12345678901234567890" in base32; its published 8-digit codes end in these 6 digits.
    private const string RfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    // The demo accounts' documented secret (Seed:DemoTotpSecret).
    private const string DemoSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void CodeAt_MatchesRfc6238AppendixB(long unixSeconds, string expected) =>
        Assert.Equal(expected, TotpCodes.CodeAt(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Verify_AcceptsTheCurrentCodeAndReturnsItsStep()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(59));

        var check = TotpCodes.Verify(RfcSecret, "287082", null, clock.GetUtcNow());

        // 59 s is in the second 30-second step (step 1, counting from 0).
        Assert.Equal(new TotpCheck(true, 1, null), check);
    }

    [Theory]
    [InlineData(-30, true)]
    [InlineData(30, true)]
    [InlineData(-60, false)]
    [InlineData(60, false)]
    public void Verify_AllowsOneStepOfDriftEitherWay(int offsetSeconds, bool accepted)
    {
        var issued = new DateTimeOffset(2026, 12, 2, 9, 0, 10, TimeSpan.Zero);
        var code = TotpCodes.CodeAt(DemoSecret, issued);
        // The server's clock is the phone's, give or take the drift.
        var clock = new FakeTimeProvider(issued.AddSeconds(offsetSeconds));

        Assert.Equal(accepted, TotpCodes.Verify(DemoSecret, code, null, clock.GetUtcNow()).Accepted);
    }

    [Fact]
    public void Verify_RefusesACodeUsedBefore_AndAnEarlierStep()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 10, TimeSpan.Zero));
        var code = TotpCodes.CodeAt(DemoSecret, clock.GetUtcNow());
        var first = TotpCodes.Verify(DemoSecret, code, null, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(30));
        var previous = TotpCodes.Verify(DemoSecret, code, first.Step, clock.GetUtcNow());
        var next = TotpCodes.Verify(DemoSecret, TotpCodes.CodeAt(DemoSecret, clock.GetUtcNow()), first.Step, clock.GetUtcNow());

        Assert.True(first.Accepted);
        Assert.Equal(new TotpCheck(false, first.Step, "This code has already been used. Wait for your app to show a new code and enter that"), TotpCodes.Verify(DemoSecret, code, first.Step, clock.GetUtcNow().AddSeconds(-30)));
        Assert.False(previous.Accepted);
        Assert.Equal(new TotpCheck(true, first.Step + 1, null), next);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Verify_RefusesWhatIsNotSixDigits(string code) =>
        Assert.Equal(TotpCodes.WrongCode, TotpCodes.Verify(DemoSecret, code, null, DateTimeOffset.UnixEpoch).Error);

    [Fact]
    public void Verify_AcceptsSpacesAsAppsShowThem()
    {
        var at = new DateTimeOffset(2026, 12, 2, 9, 0, 10, TimeSpan.Zero);
        var code = TotpCodes.CodeAt(DemoSecret, at);

        Assert.True(TotpCodes.Verify(DemoSecret, $"{code[..3]} {code[3..]}", null, at).Accepted);
    }

    [Fact]
    public void NewSecret_Is160BitsOfBase32()
    {
        var secret = TotpCodes.NewSecret();

        // 20 bytes = 160 bits = 32 base32 characters.
        Assert.Equal(32, secret.Length);
        Assert.True(TotpCodes.IsBase32Secret(secret));
        Assert.NotEqual(secret, TotpCodes.NewSecret());
    }

    [Fact]
    public void ProvisioningUri_NamesIssuerAccountAndParameters() =>
        Assert.Equal(
            "otpauth://totp/FoiPortal:ada%40foiportal.test?secret=JBSWY3DPEHPK3PXP&issuer=FoiPortal&algorithm=SHA1&digits=6&period=30",
            TotpCodes.ProvisioningUri("FoiPortal", "ada@foiportal.test", "JBSWY3DPEHPK3PXP").OriginalString);

    [Fact]
    public void RecoveryCodes_AreTenDistinctAndHashIgnoresCaseSpacesAndHyphen()
    {
        var codes = RecoveryCodes.Generate();

        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[a-z2-9]{5}-[a-z2-9]{5}$", c));
        Assert.Equal(RecoveryCodes.Hash("abcde-fghjk"), RecoveryCodes.Hash(" ABCDE FGHJK "));
        Assert.NotEqual(RecoveryCodes.Hash("abcde-fghjk"), RecoveryCodes.Hash("abcde-fghjm"));
        Assert.True(RecoveryCodes.LooksLikeRecoveryCode("abcde-fghjk"));
        Assert.False(RecoveryCodes.LooksLikeRecoveryCode("123456"));
    }

    [Fact]
    public void InviteToken_WorksFor24HoursAndOnce()
    {
        var sent = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        var (token, hash) = InviteToken.Create();
        var user = new StaffUser { InviteTokenHash = hash, InviteExpiresAtUtc = (sent + InviteToken.Lifetime).UtcDateTime };

        Assert.Equal(hash, InviteToken.Hash(token));
        Assert.NotEqual(token, hash);
        Assert.Null(InviteToken.WhyNotUsable(user, sent.AddHours(23).AddMinutes(59)));
        Assert.Equal("This invitation link has expired. Ask an administrator to invite you again", InviteToken.WhyNotUsable(user, sent.AddHours(24)));
        user.InviteTokenHash = null;
        Assert.Equal("This invitation link is not valid or has already been used. Ask an administrator to invite you again", InviteToken.WhyNotUsable(user, sent));
    }
}
