using System.Security.Cryptography;

namespace FoiPortal.Core.Responses;

public enum ResponseDocumentKind
{
    /// <summary>The letter as a tagged PDF.</summary>
    Letter,

    /// <summary>A dataset rendered as a table in a tagged PDF.</summary>
    DatasetPdf,

    /// <summary>A dataset as CSV, under the Open Government Licence (s.11A re-use).</summary>
    DatasetCsv,
}

/// <summary>
/// A generated file, stored as sent: bytes, SHA-256, the letter version it shows, who made it and when. Never changed after
/// it is written; a changed letter gets new documents under its new version.
/// </summary>
public sealed class ResponseDocument
{
    public const int FileNameMaxLength = 200;

    private ResponseDocument()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Content = [];
        Sha256 = string.Empty;
        CreatedBy = string.Empty;
    }

    public ResponseDocument(int foiRequestId, int responseLetterId, int letterVersion, ResponseDocumentKind kind, string fileName, string contentType, byte[] content, string createdBy, DateTime createdAtUtc)
        : this()
    {
        FoiRequestId = foiRequestId;
        ResponseLetterId = responseLetterId;
        LetterVersion = letterVersion;
        Kind = kind;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Length = content.Length;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public int FoiRequestId { get; private set; }

    public int ResponseLetterId { get; private set; }

    public int LetterVersion { get; private set; }

    public ResponseDocumentKind Kind { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>True once the requester was sent it (then it is offered on the tracking page).</summary>
    public bool Sent { get; private set; }

    public void MarkSent() => Sent = true;
}
