using System.Net;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Letters;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FoiPortal.Web.Tests.Intake;

/// <summary>Issue 16, the triage inbox: list, safe display, and the three actions; the clarification letter and its reply.</summary>
public sealed class IntakeInboxTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        return client;
    }

    private async Task<long> ImportAsync(MimeMessage message, DateTimeOffset? arrivedAt = null)
    {
        await factory.Services.GetRequiredService<IntakeImporter>().ImportAsync(IntakeMail.Bytes(message), arrivedAt ?? DateTimeOffset.UtcNow.AddMinutes(-5), "test", CancellationToken.None);
        var id = message.MessageId;
        return await factory.WithDbAsync(db => db.InboundMessages.Where(m => m.MessageId == id).Select(m => m.Id).SingleAsync());
    }

    [Fact]
    public async Task Inbox_ListsNewEmailsNewestFirst_WithCounts()
    {
        var older = await ImportAsync(IntakeMail.Email("Older " + Guid.NewGuid().ToString("N"), "One"), DateTimeOffset.UtcNow.AddMinutes(-30));
        var newer = await ImportAsync(IntakeMail.Email("Newer " + Guid.NewGuid().ToString("N"), "Two"), DateTimeOffset.UtcNow.AddMinutes(-1));
        var client = await OfficerAsync();

        var page = await Html.GetAsync(client, "/staff/inbox");

        var ids = page.QuerySelectorAll("#inbox tbody tr").Select(r => long.Parse(r.GetAttribute("data-message")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ids.IndexOf(newer) < ids.IndexOf(older));
        var open = await factory.WithDbAsync(db => db.InboundMessages.CountAsync(m => m.Status == InboundStatus.New || m.Status == InboundStatus.Unreadable));
        Assert.Equal($"To triage ({open})", page.QuerySelector("[data-view=to-triage]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Message_Html_IsShownWithoutScriptsImagesOrForms()
    {
        var message = IntakeMail.Email("Html " + Guid.NewGuid().ToString("N"), string.Empty);
        message.Body = new TextPart("html")
        {
            Text = "<p onclick=\"steal()\">Hello <b>there</b></p><script>alert(1)</script><img src=\"https://tracker.example.com/pixel.gif\">"
                + "<form action=\"https://evil.example.com\"><input name=\"password\"></form><a href=\"javascript:alert(1)\">x</a><div style=\"background:url(https://t.example.com/a)\">styled</div>",
        };
        var id = await ImportAsync(message);
        var client = await OfficerAsync();

        var page = await Html.GetAsync(client, $"/staff/inbox/{id}");

        var body = page.QuerySelector("#body")!;
        Assert.Contains("Hello", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("script, img, form, input, [onclick], [style]"));
        Assert.DoesNotContain("javascript:", body.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example.com", body.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakeRequest_FromWhatDoTheyKnowEmail_PrefillsTheForm_AndMarksTheEmail()
    {
        // Arrived 09:40 UTC on 2 Nov 2026 (GMT): the received date and time come from our server.
        var email = IntakeMail.Email("Freedom of Information request - Speed cameras", "Dear West Midlands Police,\n\n1. How many speed cameras are there?\n2. How much did they raise in 2025?\n\nYours faithfully,\nJo Bloggs", from: "request-1234-abcd@whatdotheyknow.com");
        email.From.Clear();
        email.From.Add(new MailboxAddress("Jo Bloggs", "request-1234-abcd@whatdotheyknow.com"));
        var id = await ImportAsync(email, new DateTimeOffset(2026, 11, 2, 9, 40, 0, TimeSpan.Zero));
        var client = await OfficerAsync();

        var form = await Html.GetAsync(client, $"/staff/cases/new?email={id}");

        Assert.NotNull(form.QuerySelector("#public-site-warning"));
        Assert.Equal("Speed cameras", form.QuerySelector("#Data_Title")!.GetAttribute("value"));
        Assert.Equal("request-1234-abcd@whatdotheyknow.com", form.QuerySelector("#Data_Email")!.GetAttribute("value"));
        Assert.Equal("09:40", form.QuerySelector("#Data_ReceivedTime")!.GetAttribute("value"));
        Assert.Equal("1. How many speed cameras are there?\n2. How much did they raise in 2025?", form.QuerySelector("#Data_QuestionsText")!.TextContent.Trim().ReplaceLineEndings("\n"));

        var check = await Html.PostFormAsync(client, form, new Dictionary<string, string>
        {
            ["Data.Channel"] = "Email",
            ["Data.ReceivedOn.Day"] = "2",
            ["Data.ReceivedOn.Month"] = "11",
            ["Data.ReceivedOn.Year"] = "2026",
            ["Data.ReceivedTime"] = "09:40",
            ["Data.FullName"] = "Jo Bloggs",
            ["Data.Email"] = "request-1234-abcd@whatdotheyknow.com",
            ["Data.PostalAddress"] = string.Empty,
            ["Data.Title"] = "Speed cameras",
            ["Data.PreferredFormat"] = "Email",
            ["Data.QuestionsText"] = "1. How many speed cameras are there?\n2. How much did they raise in 2025?",
        });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var saved = await Html.PostFormAsync(client, await Html.ParseAsync(check), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stored = await factory.WithDbAsync(db => db.InboundMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(InboundStatus.MadeRequest, stored.Status);
        var request = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == stored.RequestId));
        Assert.Equal("request-1234-abcd@whatdotheyknow.com", request.Requester.Email);
        Assert.Equal(new DateOnly(2026, 11, 2), request.ReceivedOn);
        // The case page warns that replies go to a public site.
        Assert.NotNull((await Html.GetAsync(client, $"/staff/cases/{request.Id}")).QuerySelector("#correspondence #public-site-warning, #public-site-warning"));
    }

    [Fact]
    public async Task NotARequest_OtherWithoutReason_IsRefused_ThenMarked()
    {
        var id = await ImportAsync(IntakeMail.Email("Parking fine " + Guid.NewGuid().ToString("N"), "Can I appeal my parking ticket?"));
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/inbox/{id}/not-a-request");

        var refused = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Reason"] = "Other", ["Data.Note"] = string.Empty });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter why this email is not a request"], Html.ErrorSummary(await Html.ParseAsync(refused)));

        var marked = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Reason"] = "BusinessAsUsual", ["Data.Note"] = string.Empty });
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(InboundStatus.NotARequest, await factory.WithDbAsync(db => db.InboundMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task FileToCase_UnknownReference_IsRefused()
    {
        var id = await ImportAsync(IntakeMail.Email("No reference " + Guid.NewGuid().ToString("N"), "Hello"));
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/inbox/{id}/file");

        var refused = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Reference"] = "FOI/2026/99999" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter the reference of an existing case, like FOI/2026/00042"], Html.ErrorSummary(await Html.ParseAsync(refused)));
    }

    [Fact]
    public async Task FileToCase_AsClarification_RestartsTheClockFromTheEmailsArrival()
    {
        var (caseId, reference) = await IntakeMail.CaseAwaitingClarificationAsync(factory, "pat@example.org", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 4));
        // From another address (so not filed automatically), arriving Thu 12 Nov 2026.
        var id = await ImportAsync(IntakeMail.Email("My clarification", "I mean the A38.", from: "pat.work@example.com"), new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.Zero));
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/inbox/{id}/file");

        var filed = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.Reference"] = reference.ToLowerInvariant(), ["Data.AnswersClarification"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var request = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == caseId));
        Assert.Equal(RequestStatus.InProgress, request.Status);
        // 20 working days from Thu 12 Nov 2026 (St Andrew's Day, Mon 30 Nov, does not count): Fri 11 Dec 2026.
        Assert.Equal(new DateOnly(2026, 12, 11), request.DueOn);
        var casePage = await Html.GetAsync(client, $"/staff/cases/{caseId}");
        Assert.Contains("My clarification", casePage.QuerySelector("#correspondence-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeekClarification_WithTheTemplatePlaceholder_IsRefused()
    {
        var (caseId, _) = await IntakeMail.CaseAwaitingClarificationAsync(factory, "pat@example.org", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 4));
        await factory.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.ClockEvents).SingleAsync(r => r.Id == caseId);
            var calendar = await factory.Services.GetRequiredService<ICalendarSource>().ForRegimeAsync(Regime.Foia, CancellationToken.None);
            request.RecordClarificationReceived("officer@foiportal.test", new DateOnly(2026, 11, 5), DateTimeOffset.UtcNow, calendar);
            return await db.SaveChangesAsync();
        });
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{caseId}/clock/seek-clarification");
        var template = form.QuerySelector("#Data_Letter")!.TextContent;
        Assert.Contains(CaseLetterTemplates.ClarificationPlaceholder, template, StringComparison.Ordinal);

        var refused = await Html.PostFormAsync(client, form, new Dictionary<string, string>
        {
            ["Data.On.Day"] = "6",
            ["Data.On.Month"] = "11",
            ["Data.On.Year"] = "2026",
            ["Data.Letter"] = template,
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Replace the text in square brackets with what the requester needs to clarify"], Html.ErrorSummary(await Html.ParseAsync(refused)));
    }

    [Fact]
    public async Task ClarificationLetter_GoesThroughTheOutbox_AndTheReplyByInReplyTo_FilesItself_AndRestartsTheClock()
    {
        var (caseId, reference) = await IntakeMail.CaseAwaitingClarificationAsync(factory, "sam@example.org", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 4));
        await factory.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.ClockEvents).SingleAsync(r => r.Id == caseId);
            var calendar = await factory.Services.GetRequiredService<ICalendarSource>().ForRegimeAsync(Regime.Foia, CancellationToken.None);
            request.RecordClarificationReceived("officer@foiportal.test", new DateOnly(2026, 11, 5), DateTimeOffset.UtcNow, calendar);
            return await db.SaveChangesAsync();
        });
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{caseId}/clock/seek-clarification");
        var sought = await Html.PostFormAsync(client, form, new Dictionary<string, string>
        {
            ["Data.On.Day"] = "6",
            ["Data.On.Month"] = "11",
            ["Data.On.Year"] = "2026",
            ["Data.Letter"] = "Dear Pat,\n\nWhich roads do you mean?",
        });
        Assert.Equal(HttpStatusCode.Redirect, sought.StatusCode);

        var sent = await Mailbox.WaitForAsync(factory, $"[{reference}]", "Which roads do you mean?");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(sent));
        var letter = await MimeMessage.LoadAsync(stream);
        // The reply has lost the reference from its subject: it threads by In-Reply-To alone.
        var reply = IntakeMail.Email("Re: your letter", "The A38 and the M5.", from: "sam@example.org", inReplyTo: letter.MessageId);
        await factory.Services.GetRequiredService<IntakeImporter>().ImportAsync(IntakeMail.Bytes(reply), new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.Zero), "test", CancellationToken.None);

        var stored = await factory.WithDbAsync(db => db.InboundMessages.AsNoTracking().SingleAsync(m => m.MessageId == reply.MessageId));
        Assert.Equal(InboundStatus.Filed, stored.Status);
        Assert.Equal(caseId, stored.RequestId);
        var request = await factory.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == caseId));
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Equal(new DateOnly(2026, 12, 11), request.DueOn);
        var rows = (await Html.GetAsync(client, $"/staff/cases/{caseId}")).QuerySelectorAll("#correspondence-list tbody tr").Select(r => r.GetAttribute("data-direction")).ToList();
        // The reply is back-dated to 12 Nov in this test; the letter went today: both are listed, in time order.
        Assert.Equal(["in", "out"], rows);
    }
}
