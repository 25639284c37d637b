using System.Security.Cryptography;
using System.Text;
using OtpNet;

namespace FoiPortal.Core.Staff;

/// <summary>The result of checking a code: accepted for <see cref="Step"/>, or refused with a reason.</summary>
public readonly record struct TotpCheck(bool Accepted, long Step, string? Error);

/// <summary>
/// Time-based one-time passwords (RFC 6238): HMAC-SHA1, 30-second steps, 6 digits, as every authenticator app expects.
/// One step of clock drift either way is accepted (RFC 6238 s.5.2 recommends at most one); a code for a step at or
/// before the last one accepted is a replay and refused, so a code seen over someone's shoulder cannot be used again.
/// </summary>
public static class TotpCodes
{
    public const int StepSeconds = 30;
    public const int Digits = 6;
    public const string WrongCode = "Enter the 6-digit code from your authenticator app";

    private static readonly VerificationWindow OneStepDrift = new(previous: 1, future: 1);

    /// <summary>A new 160-bit secret (RFC 4226 s.4 recommends 160 bits), base32 as authenticator apps take it.</summary>
    public static string NewSecret() => Base32Encoding.ToString(RandomNumberGenerator.GetBytes(20));

    public static bool IsBase32Secret(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return false;
        }

        try
        {
            return Base32Encoding.ToBytes(secret).Length >= 10;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The code an authenticator shows at <paramref name="at"/> (for tests and the demo).</summary>
    public static string CodeAt(string secretBase32, DateTimeOffset at) =>
        new Totp(Base32Encoding.ToBytes(secretBase32), StepSeconds, OtpHashMode.Sha1, Digits).ComputeTotp(at.UtcDateTime);

    /// <summary>Checks <paramref name="code"/> at <paramref name="now"/>; <paramref name="lastUsedStep"/> refuses replays.</summary>
    public static TotpCheck Verify(string secretBase32, string? code, long? lastUsedStep, DateTimeOffset now)
    {
        var digits = Normalise(code);
        if (digits.Length != Digits || !digits.All(char.IsAsciiDigit))
        {
            return new TotpCheck(false, 0, WrongCode);
        }

        var totp = new Totp(Base32Encoding.ToBytes(secretBase32), StepSeconds, OtpHashMode.Sha1, Digits);
        if (!totp.VerifyTotp(now.UtcDateTime, digits, out var step, OneStepDrift))
        {
            return new TotpCheck(false, 0, "The code is not correct or has expired. Enter the code your app shows now");
        }

        return lastUsedStep is { } last && step <= last
            ? new TotpCheck(false, step, "This code has already been used. Wait for your app to show a new code and enter that")
            : new TotpCheck(true, step, null);
    }

    /// <summary>The otpauth:// address the QR code carries (Google Authenticator key URI format).</summary>
    public static Uri ProvisioningUri(string issuer, string account, string secretBase32) =>
        new($"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={secretBase32}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={StepSeconds}");

    /// <summary>The secret in groups of four, easier to type into an app by hand.</summary>
    public static string Grouped(string secretBase32) =>
        string.Join(' ', secretBase32.Chunk(4).Select(c => new string(c)));

    private static string Normalise(string? code) =>
        new((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}

/// <summary>
/// Ten single-use recovery codes for when the authenticator is lost: 10 characters from a 32-letter alphabet (50 bits)
/// each, shown once and stored only as SHA-256 hashes (they are random, so a fast hash is enough).
/// </summary>
public static class RecoveryCodes
{
    public const int Count = 10;

    // No 0/O, 1/l/i: read off paper without confusion.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static IReadOnlyList<string> Generate()
    {
        var codes = new List<string>(Count);
        while (codes.Count < Count)
        {
            var chars = Enumerable.Range(0, 10).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray();
            var code = $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}";
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>Case, spaces and the hyphen do not matter when a code is typed in.</summary>
    public static string Hash(string code)
    {
        var normalised = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    /// <summary>A typed value that is shaped like a recovery code rather than a 6-digit TOTP code.</summary>
    public static bool LooksLikeRecoveryCode(string? value) =>
        value is not null && value.Count(char.IsAsciiLetterOrDigit) == 10;
}

/// <summary>The single-use invitation link: 256 random bits, only the SHA-256 hash stored, valid for 24 hours.</summary>
public static class InviteToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public static (string Token, string Hash) Create() => Requests.TrackingToken.Create();

    public static string Hash(string token) => Requests.TrackingToken.Hash(token);

    public static bool LooksValid(string? token) => Requests.TrackingToken.LooksValid(token);

    /// <summary>Why the link cannot be used: null when it is still open.</summary>
    public static string? WhyNotUsable(StaffUser? user, DateTimeOffset now) =>
        user is null || user.InviteTokenHash is null ? "This invitation link is not valid or has already been used. Ask an administrator to invite you again"
        : user.DisabledAtUtc is not null ? "This account has been disabled. Ask an administrator"
        : user.InviteExpiresAtUtc <= now.UtcDateTime ? "This invitation link has expired. Ask an administrator to invite you again"
        : null;
}
