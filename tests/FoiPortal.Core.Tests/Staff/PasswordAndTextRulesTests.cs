using FoiPortal.Core.Staff;

namespace FoiPortal.Core.Tests.Staff;

/// <summary>Issue 17: staff passwords (length, the shipped common-password list) and the hidden-character rule for every form.</summary>
public sealed class PasswordAndTextRulesTests
{
    [Theory]
    [InlineData(null, "Enter a password")]
    [InlineData("elevenchars", "Password must be 12 characters or more")]
    [InlineData("password1234", "This password is too common and could be guessed. Choose a different password")]
    [InlineData("PASSWORD1234", "This password is too common and could be guessed. Choose a different password")]
    [InlineData("qwertyuiop123", "This password is too common and could be guessed. Choose a different password")]
    [InlineData("123456789012", "This password is too common and could be guessed. Choose a different password")]
    [InlineData("olivia.officer-likes-tea", "Your password must not contain your email address")]
    [InlineData("twelve chars", null)]
    [InlineData("correct walrus lamp orbit", null)]
    [InlineData("Demo-Passw0rd-2026", null)]
    public void WhyNotAcceptable(string? password, string? expected) =>
        Assert.Equal(expected, PasswordRules.WhyNotAcceptable(password, "olivia.officer@foiportal.test"));

    [Fact]
    public void WhyNotAcceptable_RefusesMoreThan128Characters() =>
        Assert.Equal("Password must be 128 characters or fewer", PasswordRules.WhyNotAcceptable(new string('x', 129) + "y", null));

    [Fact]
    public void CommonList_IsShippedAndLarge() =>
        // The file header says what it is: the Openwall list plus generated variants (docs/security.md).
        Assert.InRange(PasswordRules.CommonPasswordCount, 80_000, 100_000);

    [Theory]
    [InlineData("Plain text, with punctuation: £40 & 50%", false)]
    [InlineData("Two lines\r\nand a\ttab", false)]
    [InlineData("Welsh: Llŷr, Dŵr; accents: café", false)]
    [InlineData("admin\u202Egnp.exe", true)] // right-to-left override
    [InlineData("a\u202Ab", true)]
    [InlineData("a\u2066b\u2069", true)] // left-to-right isolate, pop isolate
    [InlineData("zero\u200Bwidth", true)]
    [InlineData("zero\u200Djoiner", true)]
    [InlineData("\uFEFFbom", true)]
    [InlineData("bell\u0007", true)]
    [InlineData("nul\u0000", true)]
    [InlineData("del\u007F", true)]
    public void UnsafeText_FindsControlAndInvisibleFormattingCharacters(string value, bool expected) =>
        Assert.Equal(expected, UnsafeText.Contains(value));
}
