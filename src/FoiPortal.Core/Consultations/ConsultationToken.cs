using System.Security.Cryptography;
using System.Text;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Consultations;

/// <summary>
/// A consultation link's secret: 256 random bits from <see cref="RandomNumberGenerator"/>, URL-safe, the same shape as
/// the requester's tracking link (<see cref="TrackingToken"/>); only its SHA-256 hash is stored, so a copy of the
/// database cannot answer anyone's task. Compared in constant time.
/// </summary>
public static class ConsultationToken
{
    public static (string Token, string Hash) Create() => TrackingToken.Create();

    public static string Hash(string token) => TrackingToken.Hash(token);

    public static bool LooksValid(string? token) => TrackingToken.LooksValid(token);

    /// <summary>Whether <paramref name="token"/> is the one whose hash is <paramref name="storedHash"/>, in constant time.</summary>
    public static bool Matches(string? storedHash, string? token) =>
        LooksValid(token) && storedHash is { Length: 64 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(token!)));
}
