namespace FoiPortal.Core.Intake;

/// <summary>
/// What a file really is, from its first bytes (a sender's Content-Type and file name are not trusted). Only reads the
/// signature: the server never opens, unpacks or renders an attachment.
/// </summary>
public static class ContentSniffer
{
    public const string Unknown = "unknown";

    public static string Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            // Word, Excel and OpenDocument files are zips too; only the signature is read, never the entries.
            return "application/zip";
        }

        if (head.Length >= 4 && head[0] == 0x89 && head[1..4].SequenceEqual("PNG"u8))
        {
            return "image/png";
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF8"u8))
        {
            return "image/gif";
        }

        if (head.Length >= 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
        {
            return "application/x-ole-storage";
        }

        if (head.StartsWith("MZ"u8))
        {
            return "application/x-msdownload";
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return "application/rtf";
        }

        return LooksLikeText(head) ? "text/plain" : Unknown;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return false;
        }

        var sample = head.Length > 512 ? head[..512] : head;
        foreach (var b in sample)
        {
            if (b < 0x09 || (b is > 0x0D and < 0x20 && b != 0x1B))
            {
                return false;
            }
        }

        return true;
    }
}
