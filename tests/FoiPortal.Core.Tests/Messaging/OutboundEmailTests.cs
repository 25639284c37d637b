using FoiPortal.Core.Messaging;

namespace FoiPortal.Core.Tests.Messaging;

public class OutboundEmailTests
{
    private static readonly DateTime At = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FailedAttempts_BackOffExponentiallyThenMarkFailed()
    {
        var email = new OutboundEmail("a@example.org", "A", "Subject", "Body", At);

        email.MarkAttemptFailed(At, "SmtpCommandException: mailbox unavailable");
        Assert.Equal(OutboundEmailStatus.Pending, email.Status);
        Assert.Equal(At.AddMinutes(1), email.NextAttemptAtUtc);
        email.MarkAttemptFailed(At, "again");
        Assert.Equal(At.AddMinutes(2), email.NextAttemptAtUtc);
        email.MarkAttemptFailed(At, "again");
        Assert.Equal(At.AddMinutes(4), email.NextAttemptAtUtc);
        for (var i = 3; i < OutboundEmail.MaxAttempts; i++)
        {
            email.MarkAttemptFailed(At, "again");
        }

        Assert.Equal(OutboundEmailStatus.Failed, email.Status);
        Assert.Equal(8, email.Attempts);
    }

    [Fact]
    public void MarkSent_ClearsTheError()
    {
        var email = new OutboundEmail("a@example.org", "A", "Subject", "Body", At);
        email.MarkAttemptFailed(At, new string('x', 600));
        Assert.Equal(500, email.LastError!.Length);

        email.MarkSent(At.AddMinutes(1));

        Assert.Equal(OutboundEmailStatus.Sent, email.Status);
        Assert.Null(email.LastError);
        Assert.Equal(At.AddMinutes(1), email.SentAtUtc);
    }
}

public sealed class OutboundEmailWithDocumentsTests
{
    private static readonly DateTime At = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void DocumentsAreAttachedInOrder_UnderItsKey()
    {
        var email = new OutboundEmail("a@example.org", "A", "Our response", "Body", At, "response:4:v2", [31L, 32L, 30L]);

        Assert.Equal("response:4:v2", email.IdempotencyKey);
        Assert.Equal([(1, 31L), (2, 32L), (3, 30L)], email.Attachments.Select(a => (a.Position, a.ResponseDocumentId!.Value)));
    }

    [Fact]
    public void Retry_AfterEveryAttemptFailed_IsPendingNowWithFreshAttempts()
    {
        var email = new OutboundEmail("a@example.org", "A", "Our response", "Body", At, "response:4:v2", []);
        for (var i = 0; i < OutboundEmail.MaxAttempts; i++)
        {
            email.MarkAttemptFailed(At, "IOException: down");
        }

        email.Retry(At.AddHours(1));

        Assert.Equal((OutboundEmailStatus.Pending, 0, At.AddHours(1)), (email.Status, email.Attempts, email.NextAttemptAtUtc));
    }

    [Fact]
    public void Retry_OfAnEmailNotFailed_IsRefused()
    {
        var email = new OutboundEmail("a@example.org", "A", "Our response", "Body", At);
        Assert.Equal("This email is still being tried.", Assert.Throws<Core.Requests.DomainException>(() => email.Retry(At)).Message);
        email.MarkSent(At);
        Assert.Equal("This email has already been sent.", Assert.Throws<Core.Requests.DomainException>(() => email.Retry(At)).Message);
    }
}
