using System.Security.Cryptography;
using System.Text;

namespace FoiPortal.Core.Intake;

/// <summary>
/// The key that makes an import happen once (unique in the store): the Message-ID together with the sender's address,
/// so a forged or careless Message-ID that collides with another sender's message cannot hide that message; without a
/// Message-ID, the raw bytes. Both are hashed to a fixed length so the unique index is small on both providers.
/// </summary>
public static class IntakeKeys
{
    public static string For(string? messageId, string? fromAddress, ReadOnlySpan<byte> raw)
    {
        var id = messageId?.Trim().Trim('<', '>');
        if (string.IsNullOrEmpty(id))
        {
            return Convert.ToHexStringLower(SHA256.HashData(raw));
        }

        var text = "mid\n" + id + "\n" + (fromAddress ?? string.Empty).Trim().ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>For a file that is not an email at all: its bytes.</summary>
    public static string ForUnreadable(ReadOnlySpan<byte> raw) => For(null, null, raw);
}
