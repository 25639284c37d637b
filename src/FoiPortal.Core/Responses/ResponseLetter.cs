using System.Security.Cryptography;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Responses;

public enum ResponseState
{
    /// <summary>Being composed: the officer may edit it and its attachments.</summary>
    Draft,

    /// <summary>The send has started (documents rendered, email going out): nothing may change, and a second send is refused.</summary>
    Sending,

    /// <summary>Sent to the requester: immutable.</summary>
    Sent,
}

/// <summary>
/// The response to a request as a structured letter (the seed's sections: Request, Response, Reason for decision, Advice and
/// assistance, Caveats, Your rights, Attachments). The Request and Your rights sections are generated from the case and the
/// law; the officer edits the others as plain paragraphs and lists (a small Markdown subset, never HTML). Every edit bumps
/// <see cref="Version"/>; once sent, the letter and its attachments cannot change (FOIA s.17/s.1 response as given).
/// </summary>
public sealed class ResponseLetter
{
    public const int SectionMaxLength = 20_000;
    public const int MaxAttachments = 10;

    private readonly List<ResponseAttachment> _attachments = [];

    private ResponseLetter()
    {
        ResponseText = string.Empty;
        ReasonText = string.Empty;
        AdviceText = string.Empty;
        CaveatsText = string.Empty;
        UpdatedBy = string.Empty;
    }

    public ResponseLetter(int foiRequestId, ResponseSections sections, string officer, DateTime atUtc)
        : this()
    {
        FoiRequestId = foiRequestId;
        Apply(sections);
        Version = 1;
        UpdatedBy = officer;
        UpdatedAtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int FoiRequestId { get; private set; }

    public ResponseState State { get; private set; }

    /// <summary>1 for the first draft; +1 on every change, so a rendered PDF names the version it shows.</summary>
    public int Version { get; private set; }

    public string ResponseText { get; private set; }

    public string ReasonText { get; private set; }

    public string AdviceText { get; private set; }

    public string CaveatsText { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string? SentBy { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public IReadOnlyList<ResponseAttachment> Attachments => _attachments;

    public ResponseSections Sections => new(ResponseText, ReasonText, AdviceText, CaveatsText);

    public void Edit(ResponseSections sections, string officer, DateTime atUtc)
    {
        ThrowIfNotDraft();
        Apply(sections);
        Touch(officer, atUtc);
    }

    /// <summary>A dataset (s.11(1A): in a re-usable form where reasonably practicable) shown as a table and offered as CSV.</summary>
    public ResponseAttachment Attach(string title, string fileName, byte[] csv, int rows, int columns, string officer, DateTime atUtc)
    {
        ThrowIfNotDraft();
        if (_attachments.Count >= MaxAttachments)
        {
            throw new DomainException($"A response can have at most {MaxAttachments} datasets");
        }

        if (_attachments.Exists(a => string.Equals(a.FileName, fileName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"A dataset called {fileName} is already attached: remove it first or rename the file");
        }

        var attachment = new ResponseAttachment(title, fileName, csv, rows, columns, officer, atUtc);
        _attachments.Add(attachment);
        Touch(officer, atUtc);
        return attachment;
    }

    public void RemoveAttachment(int attachmentId, string officer, DateTime atUtc)
    {
        ThrowIfNotDraft();
        var attachment = _attachments.SingleOrDefault(a => a.Id == attachmentId) ?? throw new DomainException("That dataset is no longer attached");
        _attachments.Remove(attachment);
        Touch(officer, atUtc);
    }

    /// <summary>The send has begun: the letter is frozen; a second send is refused while this one runs.</summary>
    public void BeginSending()
    {
        if (State != ResponseState.Draft)
        {
            throw new DomainException(State == ResponseState.Sent ? "This response has already been sent" : "This response is being sent: reload the page in a moment");
        }

        State = ResponseState.Sending;
    }

    /// <summary>The email could not be sent: back to draft, nothing lost.</summary>
    public void SendingFailed()
    {
        if (State == ResponseState.Sending)
        {
            State = ResponseState.Draft;
        }
    }

    public void MarkSent(string officer, DateTime atUtc)
    {
        if (State != ResponseState.Sending)
        {
            throw new DomainException("The response must be sending before it can be marked sent");
        }

        State = ResponseState.Sent;
        SentBy = officer;
        SentAtUtc = atUtc;
    }

    private void Apply(ResponseSections sections)
    {
        ResponseText = Check(sections.Response, "Response");
        ReasonText = Check(sections.Reason, "Reason for decision");
        AdviceText = Check(sections.Advice, "Advice and assistance");
        CaveatsText = Check(sections.Caveats, "Caveats");
    }

    private void Touch(string officer, DateTime atUtc)
    {
        Version++;
        UpdatedBy = officer;
        UpdatedAtUtc = atUtc;
    }

    private void ThrowIfNotDraft()
    {
        if (State != ResponseState.Draft)
        {
            throw new DomainException(State == ResponseState.Sent
                ? "This response has been sent, so it cannot be changed"
                : "This response is being sent, so it cannot be changed");
        }
    }

    private static string Check(string? text, string section)
    {
        var value = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return value.Length <= SectionMaxLength ? value : throw new DomainException($"{section} must be {SectionMaxLength:N0} characters or fewer");
    }
}

/// <summary>The sections the officer edits.</summary>
public sealed record ResponseSections(string Response, string Reason, string Advice, string Caveats);

/// <summary>A CSV dataset attached to a response.</summary>
public sealed class ResponseAttachment
{
    public const int TitleMaxLength = 200;
    public const int FileNameMaxLength = 200;

    private ResponseAttachment()
    {
        Title = string.Empty;
        FileName = string.Empty;
        Csv = [];
        Sha256 = string.Empty;
        UploadedBy = string.Empty;
    }

    internal ResponseAttachment(string title, string fileName, byte[] csv, int rows, int columns, string officer, DateTime atUtc)
    {
        Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Enter a title for the dataset") : title.Trim();
        if (Title.Length > TitleMaxLength)
        {
            throw new DomainException($"The dataset's title must be {TitleMaxLength} characters or fewer");
        }

        FileName = string.IsNullOrWhiteSpace(fileName) || fileName.Length > FileNameMaxLength ? throw new DomainException("The file needs a name of 200 characters or fewer") : fileName;
        Csv = csv;
        Rows = rows;
        Columns = columns;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(csv));
        UploadedBy = officer;
        UploadedAtUtc = atUtc;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public string FileName { get; private set; }

    public byte[] Csv { get; private set; }

    public int Rows { get; private set; }

    public int Columns { get; private set; }

    public string Sha256 { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }
}
