using System.Globalization;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FoiPortal.Web.Tests.Intake;

/// <summary>Test emails and steps shared by the intake tests.</summary>
public static class IntakeMail
{
    public static MimeMessage Email(string subject, string body, string from = "sam.sender@example.org", string? messageId = null, string? inReplyTo = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Sam Sender", from));
        message.To.Add(new MailboxAddress("FOI", "foi@foiportal.test"));
        message.Subject = subject;
        message.MessageId = messageId ?? $"{Guid.NewGuid():N}@example.org";
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
        }

        // The sender's own Date header: deliberately far from the arrival time, which is what counts.
        message.Date = new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero);
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    public static async Task<List<InboundMessage>> InboxAsync(PortalFactory factory) =>
        await factory.WithDbAsync(db => db.InboundMessages.AsNoTracking().Include(m => m.Attachments).OrderBy(m => m.Id).ToListAsync());

    /// <summary>A new request by the staff route, then waiting for clarification sought on <paramref name="soughtOn"/>.</summary>
    public static async Task<(int Id, string Reference)> CaseAwaitingClarificationAsync(PortalFactory factory, string requesterEmail, DateOnly receivedOn, DateOnly soughtOn)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.FoiDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<ICalendarSource>().ForRegimeAsync(Regime.Foia, CancellationToken.None);
        var number = await db.Requests.CountAsync() + 900;
        var reference = string.Create(CultureInfo.InvariantCulture, $"FOI/2026/{number:00000}");
        var receivedAt = new DateTimeOffset(receivedOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var request = FoiRequest.Log(
            reference,
            new Requester("Pat Example", requesterEmail, null),
            "Road traffic collisions",
            ["How many collisions in 2025?"],
            PreferredFormat.Email,
            Channel.Email,
            receivedAt,
            "officer@foiportal.test",
            receivedAt,
            calendar,
            TrackingToken.Create().Hash,
            Regime.Foia);
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        request.SeekClarification("officer@foiportal.test", soughtOn, new DateTimeOffset(soughtOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), calendar);
        await db.SaveChangesAsync();
        return (request.Id, reference);
    }
}
