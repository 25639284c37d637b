using FoiPortal.Core.Messaging;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FoiPortal.Web.Tests;

/// <summary>
/// The mail server is down: the request must still be saved and the email kept for retry; a response is still recorded as
/// sent, and its email is retried and delivered once (issue 12: it was sent inside the transaction, so a retry emailed twice).
/// </summary>
public sealed class MailFailureTests(MailFailureTests.BrokenMailFactory factory) : IClassFixture<MailFailureTests.BrokenMailFactory>
{
    [Fact]
    public async Task Submit_WhenMailFails_SavesTheRequestAndKeepsTheEmailForRetry()
    {
        var client = factory.CreateBrowserLikeClient();

        var reference = Journey.Reference(await Journey.MakeRequestAsync(client, Journey.ValidAnswers("Mail is down")));

        Assert.Equal(1, await factory.WithDbAsync(db => db.Requests.CountAsync(r => r.Reference == reference)));
        OutboundEmail? email = null;
        for (var i = 0; i < 100 && email?.Attempts is null or 0; i++)
        {
            await Task.Delay(100);
            email = await factory.WithDbAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(e => e.Subject.Contains(reference)));
        }

        Assert.Equal(OutboundEmailStatus.Pending, email!.Status);
        Assert.Equal(1, email.Attempts);
        Assert.Equal("IOException: SMTP server unreachable", email.LastError);
        Assert.True(email.NextAttemptAtUtc > DateTime.UtcNow.AddSeconds(30), "the next attempt is backed off");
    }

    [Fact]
    public async Task SendResponse_WhenMailFails_IsStillRecorded_AndItsEmailIsRetriedThenDeliveredOnce()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient(), Journey.ValidAnswers("Response mail is down")));
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        await CaseOutcomes.RecordAsync(client, id, "Disclosed", 1, 2);
        var compose = await Html.GetAsync(client, $"/staff/cases/{id}/response");
        await Html.PostFormAsync(client, compose, new Dictionary<string, string> { ["Data.Response"] = "1. None.\n2. None." }, $"/staff/cases/{id}/response");
        var send = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");

        var response = await Html.PostFormAsync(client, send, new Dictionary<string, string>());

        // The response is given and recorded; only its email waits for the mail server.
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var state = await factory.WithDbAsync(async db => (
            await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(),
            await db.ResponseLetters.Where(l => l.FoiRequestId == id).Select(l => l.State).SingleAsync()));
        Assert.Equal((Core.Requests.RequestStatus.Responded, Core.Responses.ResponseState.Sent), state);
        var email = await WaitForResponseEmailAsync(reference, e => e.Attempts > 0);
        Assert.Equal((OutboundEmailStatus.Pending, "IOException: SMTP server unreachable"), (email.Status, email.LastError));
        Assert.Contains("the last attempt failed", (await Html.GetAsync(client, $"/staff/cases/{id}")).QuerySelector("#response-email-status")!.TextContent, StringComparison.Ordinal);

        // Every attempt fails: staff see it on the case, and can queue it again.
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.OutboundEmails.SingleAsync(e => e.Id == email.Id);
            while (tracked.Status == OutboundEmailStatus.Pending)
            {
                tracked.MarkAttemptFailed(DateTime.UtcNow, "IOException: SMTP server unreachable");
            }

            return await db.SaveChangesAsync();
        });
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.Equal(
            $"Warning Response email: Not sent: every attempt failed ({OutboundEmail.MaxAttempts}). The requester has not received the response by email. Try again",
            casePage.QuerySelector("#response-email-status .govuk-warning-text__text")!.TextContent.Trim());
        factory.Transport.Broken = false;
        try
        {
            var sendPage = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");
            var retry = await Html.PostFormAsync(client, sendPage, new Dictionary<string, string>(), $"/staff/cases/{id}/response/send?handler=RetryEmail");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, retry.StatusCode);

            var sent = await WaitForResponseEmailAsync(reference, e => e.Status == OutboundEmailStatus.Sent);
            await factory.Dispatcher.SendDueAsync(CancellationToken.None);
            await factory.Dispatcher.SendDueAsync(CancellationToken.None);

            var delivered = Assert.Single(factory.Transport.Delivered, m => m.Subject?.Contains(reference, StringComparison.Ordinal) == true && m.Subject.Contains("our response", StringComparison.Ordinal));
            Assert.Equal([$"{reference.Replace('/', '-')}-response-v1.pdf"], delivered.Attachments.OfType<MimePart>().Select(a => a.FileName));
            Assert.Equal(1, sent.Attempts);
            Assert.Equal("Email: Sent to the requester.", (await Html.GetAsync(client, $"/staff/cases/{id}/response/send")).QuerySelector("#email-status")!.TextContent.Trim());
        }
        finally
        {
            factory.Transport.Broken = true;
        }
    }

    private async Task<OutboundEmail> WaitForResponseEmailAsync(string reference, Func<OutboundEmail, bool> done)
    {
        OutboundEmail? email = null;
        for (var i = 0; i < 100 && (email is null || !done(email)); i++)
        {
            await Task.Delay(100);
            email = await factory.WithDbAsync(db => db.OutboundEmails.AsNoTracking().SingleOrDefaultAsync(e => e.Subject.Contains(reference) && e.Subject.Contains("our response")));
        }

        Assert.True(email is not null && done(email), "the response email did not reach the expected state within 10 s");
        return email!;
    }

    public sealed class BrokenMailFactory : IDisposable
    {
        private readonly PortalFactory _inner = new();
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _broken;

        public BrokenMailFactory() =>
            _broken = _inner.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMailTransport>(Transport)));

        /// <summary>Down (every send throws) unless a test switches it on; records what it delivered.</summary>
        public SwitchableTransport Transport { get; } = new();

        public OutboxDispatcher Dispatcher => _broken.Services.GetRequiredService<OutboxDispatcher>();

        public HttpClient CreateBrowserLikeClient() =>
            _broken.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        public async Task<T> WithDbAsync<T>(Func<Core.Data.FoiDbContext, Task<T>> work)
        {
            await using var scope = _broken.Services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<Core.Data.FoiDbContext>());
        }

        public void Dispose()
        {
            _broken.Dispose();
            _inner.Dispose();
        }
    }

    public sealed class SwitchableTransport : IMailTransport
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<MimeMessage> _delivered = new();

        private volatile bool _broken = true;

        public bool Broken
        {
            get => _broken;
            set => _broken = value;
        }

        public IReadOnlyCollection<MimeMessage> Delivered => _delivered;

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (Broken)
            {
                throw new IOException("SMTP server unreachable");
            }

            _delivered.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}
