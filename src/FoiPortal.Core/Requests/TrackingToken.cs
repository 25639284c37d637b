using System.Security.Cryptography;
using System.Text;

namespace FoiPortal.Core.Requests;

/// <summary>
/// The requester's secret link. 256 bits of randomness, URL-safe; only its SHA-256 hash is stored,
/// so a copy of the database cannot be used to read anyone's request.
/// </summary>
public static class TrackingToken
{
    private const int RandomBytes = 32;

    public static (string Token, string Hash) Create()
    {
        var token = Base64UrlEncode(RandomNumberGenerator.GetBytes(RandomBytes));
        return (token, Hash(token));
    }

    public static string Hash(string token)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Cheap shape check so obviously wrong tokens never reach the database.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
