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
