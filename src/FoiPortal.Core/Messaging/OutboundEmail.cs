namespace FoiPortal.Core.Messaging;

public enum OutboundEmailStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// An email waiting to go out (transactional outbox). It is saved in the same transaction as the change that
/// caused it, so a mail failure can never lose a request; a background sender delivers and retries. An email may carry
/// stored documents (<see cref="OutboundEmailAttachment"/>) and an idempotency key, unique in the outbox, so the same
/// change retried (a retried transaction, a second click) can never queue it twice.
/// </summary>
public sealed class OutboundEmail
{
    public const int MaxAttempts = 8;
    public const int SubjectMaxLength = 300;
    public const int IdempotencyKeyMaxLength = 100;

    private readonly List<OutboundEmailAttachment> _attachments = [];

    public OutboundEmail(string toAddress, string toName, string subject, string textBody, DateTime createdAtUtc)
    {
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        CreatedAtUtc = createdAtUtc;
        NextAttemptAtUtc = createdAtUtc;
        Status = OutboundEmailStatus.Pending;
    }

    /// <summary>An email that goes out at most once for <paramref name="idempotencyKey"/>, with stored documents attached in order.</summary>
    public OutboundEmail(string toAddress, string toName, string subject, string textBody, DateTime createdAtUtc, string idempotencyKey, IEnumerable<long> responseDocumentIds)
        : this(toAddress, toName, subject, textBody, createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        IdempotencyKey = idempotencyKey.Length <= IdempotencyKeyMaxLength ? idempotencyKey : throw new ArgumentException("The idempotency key is too long.", nameof(idempotencyKey));
        foreach (var documentId in responseDocumentIds)
        {
            _attachments.Add(new OutboundEmailAttachment(_attachments.Count + 1, documentId));
        }
    }

    /// <summary>Attaches the outcome letter of a closed internal review (stored on the review, immutable once sent).</summary>
    public void AttachReviewOutcome(int internalReviewId) =>
        _attachments.Add(new OutboundEmailAttachment(_attachments.Count + 1, null, internalReviewId));

    public long Id { get; private set; }

    public string ToAddress { get; private set; }

    public string ToName { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public OutboundEmailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>The failure's type and message only (no addresses).</summary>
    public string? LastError { get; private set; }

    /// <summary>Unique in the outbox when set, e.g. "response:12:v3": what this email is the one email for.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>Stored documents sent with the email, in <see cref="OutboundEmailAttachment.Position"/> order.</summary>
    public IReadOnlyList<OutboundEmailAttachment> Attachments => _attachments;

    /// <summary>The case this email is correspondence on (issue 16): the requester's reply to it files itself there.</summary>
    public int? RequestId { get; private set; }

    /// <summary>Marks the email as correspondence on a case (letters to the requester), for threading and the case page.</summary>
    public OutboundEmail AboutRequest(int requestId)
    {
        RequestId = requestId;
        return this;
    }

    /// <summary>
    /// The node sending this email now (issue 19): set only by the claiming statement (<c>RowClaims</c>), which
    /// takes unclaimed or lapsed rows; released when the attempt is recorded. A node that dies mid-send leaves a claim
    /// that lapses at <see cref="ClaimedUntilUtc"/>, and another node then sends it (docs/adr/017).
    /// </summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>When the claim lapses (UTC); null when no node holds the email.</summary>
    public DateTime? ClaimedUntilUtc { get; private set; }

    public void MarkSent(DateTime atUtc)
    {
        ReleaseClaim();
        Status = OutboundEmailStatus.Sent;
        SentAtUtc = atUtc;
        Attempts++;
        LastError = null;
    }

    /// <summary>Exponential back-off (1, 2, 4 ... minutes); after <see cref="MaxAttempts"/> it is marked failed for staff to see.</summary>
    public void MarkAttemptFailed(DateTime atUtc, string error)
    {
        ReleaseClaim();
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboundEmailStatus.Failed;
            return;
        }

        NextAttemptAtUtc = atUtc.AddMinutes(Math.Pow(2, Attempts - 1));
    }

    /// <summary>Staff try a failed email again: it is pending now, with a fresh set of attempts.</summary>
    public void Retry(DateTime atUtc)
    {
        if (Status != OutboundEmailStatus.Failed)
        {
            throw new Requests.DomainException(Status == OutboundEmailStatus.Sent ? "This email has already been sent." : "This email is still being tried.");
        }

        Status = OutboundEmailStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = atUtc;
        ReleaseClaim();
    }

    private void ReleaseClaim()
    {
        ClaimedBy = null;
        ClaimedUntilUtc = null;
    }
}
