using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Intake;

/// <summary>Where a message stands in the triage inbox. Stored as a string.</summary>
public enum InboundStatus
{
    /// <summary>Waiting for an officer.</summary>
    New,

    /// <summary>An officer made it a new request (<see cref="InboundMessage.RequestId"/>).</summary>
    MadeRequest,

    /// <summary>Filed to an existing case as correspondence, by an officer or automatically.</summary>
    Filed,

    /// <summary>Spam, business as usual, a subject access request or an automatic reply, with the reason.</summary>
    NotARequest,

    /// <summary>Could not be read as an email at all: kept, raw, for an officer to look at.</summary>
    Unreadable,
}

/// <summary>Why a message is not a request (the officer's choice, or the importer's for bounces and auto-replies).</summary>
public enum NotARequestReason
{
    Spam,
    BusinessAsUsual,

    /// <summary>A request for the sender's own personal data: UK GDPR Article 15, not FOIA (FOIA s.40(1)).</summary>
    SubjectAccessRequest,
    AutomaticReply,
    Other,
}

/// <summary>
/// An email that arrived in the FOI mailbox (IMAP or the .eml folder), kept as it came for evidence. It is imported
/// once: <see cref="ImportKey"/> is unique (<see cref="IntakeKeys"/>). FOIA s.10(1) counts from the date of receipt:
/// <see cref="ReceivedOn"/> is the UK date it reached our mailbox, never the sender's Date header.
/// </summary>
public sealed class InboundMessage
{
    public const int ImportKeyLength = 64;
    public const int MessageIdMaxLength = 500;
    public const int AddressMaxLength = 254;
    public const int NameMaxLength = 200;
    public const int SubjectMaxLength = 500;
    public const int SourceMaxLength = 300;
    public const int NoteMaxLength = 1000;

    /// <summary>Attachments above this are listed but their bytes are not stored (they are still in the raw message).</summary>
    public const long MaxAttachmentBytes = 20L * 1024 * 1024;

    private readonly List<InboundAttachment> _attachments = [];

    private InboundMessage()
    {
        ImportKey = string.Empty;
        FromAddress = string.Empty;
        FromName = string.Empty;
        Subject = string.Empty;
        Source = string.Empty;
        Raw = [];
    }

    public InboundMessage(string importKey, string? messageId, string fromAddress, string fromName, string subject, string? inReplyTo,
        DateTimeOffset receivedAt, string source, byte[] raw, string? textBody, string? htmlBody, AutomaticMessage automatic)
        : this()
    {
        ArgumentNullException.ThrowIfNull(raw);
        ImportKey = importKey;
        MessageId = Cut(messageId, MessageIdMaxLength);
        FromAddress = Cut(fromAddress, AddressMaxLength) ?? string.Empty;
        FromName = Cut(fromName, NameMaxLength) ?? string.Empty;
        Subject = Cut(subject, SubjectMaxLength) ?? string.Empty;
        InReplyTo = Cut(inReplyTo, MessageIdMaxLength);
        ReceivedAtUtc = receivedAt.UtcDateTime;
        ReceivedOn = Statute.UkLocalDate.FromInstant(receivedAt);
        Source = Cut(source, SourceMaxLength) ?? string.Empty;
        Raw = raw;
        TextBody = textBody;
        HtmlBody = htmlBody;
        Status = InboundStatus.New;
        if (automatic.IsAutomatic)
        {
            // Bounces and auto-replies are filed at once, never turned into requests.
            Status = InboundStatus.NotARequest;
            NotARequestReason = Intake.NotARequestReason.AutomaticReply;
            Note = automatic.Why;
            HandledBy = IntakeActor;
        }
    }

    /// <summary>The actor recorded for what the importer does by itself.</summary>
    public const string IntakeActor = "Email intake (automatic)";

    /// <summary>A file or message that could not be parsed at all: kept raw, flagged unreadable.</summary>
    public static InboundMessage Unreadable(string importKey, DateTimeOffset receivedAt, string source, byte[] raw, string problem)
    {
        var message = new InboundMessage(importKey, null, string.Empty, string.Empty, "(unreadable message)", null, receivedAt, source, raw, null, null, AutomaticMessage.None)
        {
            Status = InboundStatus.Unreadable,
            Note = Cut(problem, NoteMaxLength),
        };
        return message;
    }

    public long Id { get; private set; }

    /// <summary>SHA-256 (hex) of the Message-ID and sender, or of the raw message when it has no Message-ID.</summary>
    public string ImportKey { get; private set; }

    public string? MessageId { get; private set; }

    public string FromAddress { get; private set; }

    public string FromName { get; private set; }

    public string Subject { get; private set; }

    public string? InReplyTo { get; private set; }

    /// <summary>When our mailbox received it (IMAP INTERNALDATE, or the file's arrival in the folder), UTC.</summary>
    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>The UK date of <see cref="ReceivedAtUtc"/>: the date of receipt for FOIA s.10(1).</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Where it came from: "imap:INBOX:UIDVALIDITY:UID" or "folder:name.eml".</summary>
    public string Source { get; private set; }

    /// <summary>The message exactly as received (RFC 5322 bytes), for evidence.</summary>
    public byte[] Raw { get; private set; }

    public string? TextBody { get; private set; }

    /// <summary>The HTML part as sent: never shown without sanitising.</summary>
    public string? HtmlBody { get; private set; }

    public InboundStatus Status { get; private set; }

    public int? RequestId { get; private set; }

    public NotARequestReason? NotARequestReason { get; private set; }

    /// <summary>The officer's reason, or why the importer filed it (bounce, auto-reply) or could not read it.</summary>
    public string? Note { get; private set; }

    public string? HandledBy { get; private set; }

    public DateTime? HandledAtUtc { get; private set; }

    public IReadOnlyList<InboundAttachment> Attachments => _attachments;

    public bool IsOpen => Status is InboundStatus.New or InboundStatus.Unreadable;

    public void AddAttachment(string fileName, string declaredType, string detectedType, long size, byte[]? content, string sha256) =>
        _attachments.Add(new InboundAttachment(_attachments.Count + 1, fileName, declaredType, detectedType, size, size <= MaxAttachmentBytes ? content : null, sha256));

    /// <summary>Null when an officer may still act on it; otherwise why not, as a GOV.UK sentence.</summary>
    public string? WhyNotOpen() => Status switch
    {
        InboundStatus.MadeRequest => "This email has already been made into a request",
        InboundStatus.Filed => "This email has already been filed to a case",
        InboundStatus.NotARequest => "This email has already been marked as not a request",
        _ => null,
    };

    public void MarkMadeRequest(int requestId, string actor, DateTimeOffset at)
    {
        EnsureOpen();
        if (Status == InboundStatus.Unreadable)
        {
            throw new DomainException("An unreadable email cannot be made into a request: log it from the raw message instead");
        }

        Status = InboundStatus.MadeRequest;
        Handle(requestId, actor, at);
    }

    public void FileTo(int requestId, string actor, DateTimeOffset at)
    {
        EnsureOpen();
        Status = InboundStatus.Filed;
        Handle(requestId, actor, at);
    }

    public void MarkNotARequest(NotARequestReason reason, string? note, string actor, DateTimeOffset at)
    {
        EnsureOpen();
        if (reason == Intake.NotARequestReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Enter why this email is not a request");
        }

        Status = InboundStatus.NotARequest;
        NotARequestReason = reason;
        Note = Cut(note?.Trim(), NoteMaxLength);
        Handle(null, actor, at);
    }

    private void EnsureOpen()
    {
        if (WhyNotOpen() is { } whyNot)
        {
            throw new DomainException(whyNot);
        }
    }

    private void Handle(int? requestId, string actor, DateTimeOffset at)
    {
        RequestId = requestId;
        HandledBy = actor;
        HandledAtUtc = at.UtcDateTime;
    }

    private static string? Cut(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];
}

/// <summary>
/// A file that came with an email: stored exactly as it came (up to <see cref="InboundMessage.MaxAttachmentBytes"/>),
/// its type detected from the content rather than trusted from the sender, and never opened by the server.
/// </summary>
public sealed class InboundAttachment
{
    public const int FileNameMaxLength = 255;
    public const int ContentTypeMaxLength = 100;

    private InboundAttachment()
    {
        FileName = string.Empty;
        DeclaredContentType = string.Empty;
        DetectedType = string.Empty;
        Sha256 = string.Empty;
    }

    internal InboundAttachment(int position, string fileName, string declaredType, string detectedType, long size, byte[]? content, string sha256)
    {
        Position = position;
        FileName = fileName.Length <= FileNameMaxLength ? fileName : fileName[..FileNameMaxLength];
        DeclaredContentType = declaredType.Length <= ContentTypeMaxLength ? declaredType : declaredType[..ContentTypeMaxLength];
        DetectedType = detectedType;
        Size = size;
        Content = content;
        Sha256 = sha256;
    }

    public long Id { get; private set; }

    public long InboundMessageId { get; private set; }

    public int Position { get; private set; }

    public string FileName { get; private set; }

    public string DeclaredContentType { get; private set; }

    /// <summary>From the first bytes (<see cref="ContentSniffer"/>): what it really is.</summary>
    public string DetectedType { get; private set; }

    public long Size { get; private set; }

    /// <summary>Null when larger than the limit: the file is still inside the raw message.</summary>
    public byte[]? Content { get; private set; }

    public string Sha256 { get; private set; }

    public bool IsStored => Content is not null;
}
