namespace FoiPortal.Core.Messaging;

public enum OutboundEmailStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// An email waiting to go out (transactional outbox). It is saved in the same transaction as the change that
/// caused it, so a mail failure can never lose a request; a background sender delivers and retries.
/// </summary>
public sealed class OutboundEmail
{
    public const int MaxAttempts = 8;
    public const int SubjectMaxLength = 300;

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

    public void MarkSent(DateTime atUtc)
    {
        Status = OutboundEmailStatus.Sent;
        SentAtUtc = atUtc;
        Attempts++;
        LastError = null;
    }

    /// <summary>Exponential back-off (1, 2, 4 ... minutes); after <see cref="MaxAttempts"/> it is marked failed for staff to see.</summary>
    public void MarkAttemptFailed(DateTime atUtc, string error)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboundEmailStatus.Failed;
            return;
        }

        NextAttemptAtUtc = atUtc.AddMinutes(Math.Pow(2, Attempts - 1));
    }
}
