using System.Collections.Concurrent;
using System.Globalization;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace FoiPortal.Web.Tests;

/// <summary>The portal with its production log levels and every Serilog event captured in memory.</summary>
public sealed class LogCapturingPortal : PortalFactory
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        // appsettings.json's levels (PortalFactory lowers them to Warning to keep test output quiet).
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new Sink(Events)));
    }

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>
/// Issue 19: requesters' personal data never reaches the logs (request log, exception log, mail log). Run alone: Serilog's
/// request log writes through the process-wide <c>Log.Logger</c>, which is the last host built, so another fixture
/// starting in parallel would take this host's request log away.
/// </summary>
[CollectionDefinition(nameof(PersonalDataLogTests), DisableParallelization = true)]
public sealed class PersonalDataLogCollection;

[Collection(nameof(PersonalDataLogTests))]
public sealed class PersonalDataLogTests(LogCapturingPortal portal) : IClassFixture<LogCapturingPortal>
{
    private const string Name = "Ottoline Quackenbush-Ferreira";
    private const string Email = "ottoline.quackenbush@example.net";

    [Fact]
    public async Task Journey_WithADistinctiveRequester_PutsNeitherTheirNameNorEmailInAnyLogEvent()
    {
        var answers = Journey.ValidAnswers("Bus lane cameras");
        answers["Data.FullName"] = Name;
        answers["Data.Email"] = Email;
        answers["Data.PostalAddress"] = "7 Quackenbush Row, Walsall";
        var publicClient = portal.CreateBrowserLikeClient();
        var reference = Journey.Reference(await Journey.MakeRequestAsync(publicClient, answers));

        // The acknowledgement goes through the outbox and the mail transport (the mail log).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!MailWritten() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.True(MailWritten(), "The acknowledgement email was not written to the pickup folder.");

        // Staff read the case and an admin looks the requester up (a refused erasure: an open case).
        var admin = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(admin, "admin@foiportal.test");
        var page = await Html.GetAsync(admin, "/staff/admin/subject-access");
        var found = await Html.ParseAsync(await Html.PostFormAsync(admin, page, new Dictionary<string, string> { ["Data.Email"] = Email }, "/staff/admin/subject-access?handler=Find"));
        await Html.PostFormAsync(admin, found, new Dictionary<string, string>(), "/staff/admin/subject-access?handler=Erase");
        var officer = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(officer, "officer@foiportal.test");
        await officer.GetAsync(new Uri("/staff/cases", UriKind.Relative));
        // An unknown handler and a missing page: the error paths log too.
        await officer.PostAsync(new Uri("/staff/cases/999999?handler=Nope", UriKind.Relative), new FormUrlEncodedContent([]));

        var logged = portal.Events.Select(Render).ToList();
        // The request log ran (so the test can fail): Serilog renders string values in quotes.
        Assert.Contains(logged, l => l.StartsWith("HTTP \"POST\"", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Contains(reference, StringComparison.Ordinal) || l.Contains("Handled", StringComparison.Ordinal));
        foreach (var secret in new[] { Name, "Quackenbush", Email, "example.net" })
        {
            Assert.DoesNotContain(logged, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private bool MailWritten() =>
        Directory.Exists(portal.MailFolder)
        && Directory.EnumerateFiles(portal.MailFolder, "*.eml").Any(f => File.ReadAllText(f).Contains(Email, StringComparison.OrdinalIgnoreCase));

    private static string Render(LogEvent e) =>
        string.Join(
            " | ",
            [e.RenderMessage(CultureInfo.InvariantCulture), .. e.Properties.Select(p => $"{p.Key}={p.Value}"), e.Exception?.ToString() ?? string.Empty]);
}
