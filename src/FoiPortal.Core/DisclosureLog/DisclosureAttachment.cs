using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// A file published with an entry: the entry's own copy (not a link to a response document), so what the public can
/// download never changes behind the entry's back. The SHA-256 identifies the exact bytes (and is the download's ETag).
/// </summary>
public sealed partial class DisclosureAttachment
{
    public const int FileNameMaxLength = 120;
    public const int TitleMaxLength = 200;
    public const int ContentTypeMaxLength = 100;

    /// <summary>20 MB: a large dataset or a long scanned letter; the log is not a file store.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private DisclosureAttachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Content = [];
        Sha256 = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>Safe in a URL as it stands: letters, digits, '.', '-' and '_', e.g. "62A_23_attachment.csv".</summary>
    public string FileName { get; private set; }

    /// <summary>
    /// What the file is, in words ("Response letter", a dataset's title), set when the entry is prepared from a case;
    /// null for files uploaded by hand and for those published before issue 18. Shown as <see cref="Label"/>.
    /// </summary>
    public string? Title { get; private set; }

    /// <summary>What the public sees the file listed as: its title, or words made from its name (never the raw file name).</summary>
    public string Label => Title ?? LabelFrom(FileName);

    /// <summary>"application/pdf", "text/csv" or "text/plain".</summary>
    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>
    /// A new attachment. The name is made URL-safe ("Figures 2023 (final).csv" gives "Figures_2023_final.csv") and
    /// must end in the extension of an accepted type: PDF, CSV or plain text, the formats a disclosure log publishes
    /// (a CSV is the re-usable form of a dataset, FOIA s.11(1A)).
    /// </summary>
    public static DisclosureAttachment Create(string fileName, string contentType, byte[] content, string? title = null)
    {
        var name = SafeFileName(fileName);
        var kind = AttachmentKinds.Of(name, contentType);
        if (kind is null)
        {
            throw new DomainException($"{name} cannot be published: attach a PDF, CSV or plain text file");
        }

        if (content.Length == 0)
        {
            throw new DomainException($"{name} is empty");
        }

        if (content.Length > MaxBytes)
        {
            throw new DomainException($"{name} must be smaller than {MaxBytes / (1024 * 1024)} MB");
        }

        return new DisclosureAttachment
        {
            FileName = name,
            ContentType = AttachmentKinds.ContentType(kind.Value),
            Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            SizeBytes = content.Length,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim() is { Length: > TitleMaxLength } cut ? cut[..TitleMaxLength] : title.Trim(),
        };
    }

    /// <summary>
    /// Words from a file name, for files with no title: the extension and the leading parts that hold digits (the case
    /// reference a name usually starts with, "311A_24_") dropped, separators made spaces, the first letter a capital:
    /// "311A_24_speed_cameras.csv" gives "Speed cameras". "Attachment" when nothing is left.
    /// </summary>
    public static string LabelFrom(string fileName)
    {
        var words = Path.GetFileNameWithoutExtension(fileName ?? string.Empty)
            .Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => w.Any(char.IsDigit))
            .ToList();
        if (words.Count == 0 || (words.Count == 1 && words[0].Equals("attachment", StringComparison.OrdinalIgnoreCase)))
        {
            return "Attachment";
        }

        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The name as it will appear in the download's URL.</summary>
    public static string SafeFileName(string fileName)
    {
        var baseName = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var extension = Path.GetExtension(baseName).ToLowerInvariant();
        var stem = UnsafeRun().Replace(Path.GetFileNameWithoutExtension(baseName), "_").Trim('_', '.', '-');
        if (stem.Length == 0)
        {
            stem = "attachment";
        }

        var room = FileNameMaxLength - extension.Length;
        return (stem.Length > room ? stem[..room].TrimEnd('_', '.', '-') : stem) + UnsafeRun().Replace(extension, string.Empty);
    }

    [GeneratedRegex(@"[^A-Za-z0-9._-]+", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeRun();
}

public enum AttachmentKind
{
    Pdf,
    Csv,
    Text,
}

/// <summary>The file types the log publishes, recognised by extension and declared type together.</summary>
public static class AttachmentKinds
{
    /// <summary>The kind of file, or null when the extension is not one we publish or contradicts the declared type.</summary>
    public static AttachmentKind? Of(string fileName, string? contentType)
    {
        var type = (contentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        AttachmentKind? kind = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => AttachmentKind.Pdf,
            ".csv" => AttachmentKind.Csv,
            ".txt" => AttachmentKind.Text,
            _ => null,
        };
        var typeFits = kind switch
        {
            AttachmentKind.Pdf => type is "application/pdf" or "application/octet-stream" or "",
            // Browsers send CSV as any of these, Excel on Windows as application/vnd.ms-excel.
            AttachmentKind.Csv => type is "text/csv" or "application/csv" or "text/plain" or "application/vnd.ms-excel" or "application/octet-stream" or "",
            AttachmentKind.Text => type is "text/plain" or "application/octet-stream" or "",
            _ => false,
        };
        return typeFits ? kind : null;
    }

    /// <summary>The type the download is served with.</summary>
    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Csv => "text/csv",
        _ => "text/plain",
    };

    /// <summary>"CSV", "PDF", "Plain text": for the public page next to the size.</summary>
    public static string Describe(string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        "text/csv" => "CSV",
        _ => "Plain text",
    };
}
