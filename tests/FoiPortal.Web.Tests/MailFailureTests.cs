using FoiPortal.Core.Messaging;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FoiPortal.Web.Tests;

/// <summary>The mail server is down: the request must still be saved and the email kept for retry.</summary>
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
    public async Task SendResponse_WhenMailFails_LeavesTheCaseUnsent_AndTheLetterEditable()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient(), Journey.ValidAnswers("Response mail is down")));
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var compose = await Html.GetAsync(client, $"/staff/cases/{id}/response");
        await Html.PostFormAsync(client, compose, new Dictionary<string, string> { ["Data.Response"] = "1. None.\n2. None." }, $"/staff/cases/{id}/response");
        var send = await Html.GetAsync(client, $"/staff/cases/{id}/response/send");

        var response = await Html.PostFormAsync(client, send, new Dictionary<string, string>());

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["The email to the requester could not be sent, so the response has not been sent and nothing has changed. Try again in a few minutes."],
            Html.ErrorSummary(await Html.ParseAsync(response)));
        var state = await factory.WithDbAsync(async db => (
            await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(),
            await db.ResponseLetters.Where(l => l.FoiRequestId == id).Select(l => l.State).SingleAsync(),
            await db.ResponseDocuments.CountAsync(d => d.FoiRequestId == id)));
        Assert.Equal((Core.Requests.RequestStatus.Received, Core.Responses.ResponseState.Draft, 0), state);
    }

    public sealed class BrokenMailFactory : IDisposable
    {
        private readonly PortalFactory _inner = new();
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _broken;

        public BrokenMailFactory() =>
            _broken = _inner.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMailTransport, BrokenTransport>()));

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

    private sealed class BrokenTransport : IMailTransport
    {
        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => throw new IOException("SMTP server unreachable");
    }
}
