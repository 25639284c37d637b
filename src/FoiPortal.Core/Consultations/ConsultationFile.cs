using System.IO.Compression;
using System.Security.Cryptography;
using FoiPortal.Core.Intake;

namespace FoiPortal.Core.Consultations;

/// <summary>A file sent with a consultation answer, stored in the database like other attachments.</summary>
public sealed class ConsultationFile
{
    public const int FileNameMaxLength = 200;

    private ConsultationFile()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        Content = [];
    }

    public ConsultationFile(int consultationTaskId, string fileName, AnswerFileKind kind, byte[] content, DateTime uploadedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        ConsultationTaskId = consultationTaskId;
        FileName = AnswerFiles.SafeName(fileName);
        ContentType = AnswerFiles.ContentTypeOf(kind);
        Length = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Content = content;
        UploadedAtUtc = uploadedAtUtc;
    }

    public long Id { get; private set; }

    public int ConsultationTaskId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>From the content, never from what the sender's browser said.</summary>
    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    public byte[] Content { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }
}

public enum AnswerFileKind
{
    Csv,
    Xlsx,
    Pdf,
    Docx,
}

/// <summary>
/// The files an answer may carry (issue 18): CSV, XLSX, PDF and DOCX, up to <see cref="MaxBytes"/> each and
/// <see cref="MaxFiles"/> in all. Checked by content, not by name: a PDF starts "%PDF-"; XLSX and DOCX are ZIP packages
/// with a <c>[Content_Types].xml</c> part and their main part (<c>xl/workbook.xml</c>, <c>word/document.xml</c>), read
/// from the ZIP's directory without unpacking anything; a CSV is text (no NUL or other binary control bytes). The name's
/// extension must agree with the content.
/// </summary>
public static class AnswerFiles
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int MaxFiles = 5;
    public const string Allowed = "CSV, XLSX, PDF or DOCX";

    public static string ContentTypeOf(AnswerFileKind kind) => kind switch
    {
        AnswerFileKind.Csv => "text/csv",
        AnswerFileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AnswerFileKind.Pdf => "application/pdf",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    /// <summary>Why a file cannot be sent (its size alone), or null. Checked before the content is read.</summary>
    public static string? WhyTooLarge(string fileName, long length) =>
        length == 0 ? $"{Shown(fileName)} is empty"
        : length > MaxBytes ? $"{Shown(fileName)} must be smaller than {MaxBytes / (1024 * 1024)} MB"
        : null;

    /// <summary>What the file is, by content and name together, or the reason it is refused.</summary>
    public static (AnswerFileKind? Kind, string? Refusal) Check(string fileName, ReadOnlySpan<byte> content)
    {
        if (WhyTooLarge(fileName, content.Length) is { } size)
        {
            return (null, size);
        }

        var claimed = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
        {
            ".csv" => AnswerFileKind.Csv,
            ".xlsx" => AnswerFileKind.Xlsx,
            ".pdf" => AnswerFileKind.Pdf,
            ".docx" => AnswerFileKind.Docx,
            _ => (AnswerFileKind?)null,
        };
        if (claimed is null)
        {
            return (null, $"{Shown(fileName)} must be a {Allowed}");
        }

        var actual = Detect(content);
        return actual == claimed
            ? (actual, null)
            : (null, $"{Shown(fileName)} is not a real {claimed.Value.ToString().ToUpperInvariant()} file: the file must be a {Allowed}");
    }

    /// <summary>The kind the content is, or null when it is none of the allowed kinds.</summary>
    public static AnswerFileKind? Detect(ReadOnlySpan<byte> content)
    {
        var head = content.Length > 512 ? content[..512] : content;
        return ContentSniffer.Detect(head) switch
        {
            "application/pdf" => AnswerFileKind.Pdf,
            "application/zip" => OfficePackage(content.ToArray()),
            "text/plain" when IsText(content) => AnswerFileKind.Csv,
            _ => null,
        };
    }

    /// <summary>A name safe to store and to offer as a download: no folders, no control characters, not too long.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/' and not ':' and not '*' and not '?' and not '<' and not '>' and not '|').ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "file";
        }

        if (name.Length > ConsultationFile.FileNameMaxLength)
        {
            var extension = Path.GetExtension(name);
            name = name[..(ConsultationFile.FileNameMaxLength - extension.Length)] + extension;
        }

        return name;
    }

    private static string Shown(string? fileName) => $"The file {SafeName(fileName)}";

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        foreach (var b in content)
        {
            if (b < 0x09 || b is > 0x0D and < 0x20 && b != 0x1B)
            {
                return false;
            }
        }

        return true;
    }

    // Only the ZIP's central directory is read (entry names); no entry is opened or unpacked.
    private static AnswerFileKind? OfficePackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("xl/workbook.xml") ? AnswerFileKind.Xlsx
                : names.Contains("word/document.xml") ? AnswerFileKind.Docx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
