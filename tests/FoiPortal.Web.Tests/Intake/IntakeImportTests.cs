using FoiPortal.Core.Intake;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FoiPortal.Web.Tests.Intake;

/// <summary>
/// Issue 16, intake: messages delivered to a real Dovecot (IMAP APPEND, as a mail server delivers) or dropped into the
/// .eml folder are imported exactly once, with the date of receipt taken from our server, not the sender.
/// </summary>
public sealed class IntakeImportTests(IntakeImportTests.IntakeFactory factory, Dovecot dovecot) : IClassFixture<IntakeImportTests.IntakeFactory>, IClassFixture<Dovecot>
{
    private readonly Dovecot _dovecot = dovecot;

    private IntakeImapImporter Imap(string processedFolder = "") => new(
        factory.Services.GetRequiredService<IntakeImporter>(),
        factory.Services.GetRequiredService<FoiPortal.Web.Infrastructure.Database.JobLeases>(),
        Options.Create(new IntakeOptions
        {
            Imap = new IntakeImapOptions
            {
                Host = "127.0.0.1",
                Port = _dovecot.Port,
                UseSsl = false,
                UserName = Dovecot.UserName,
                Password = Dovecot.Password,
                ProcessedFolder = processedFolder,
            },
        }),
        NullLogger<IntakeImapImporter>.Instance);

    private Task<List<InboundMessage>> FromAsync(string subject) =>
        factory.WithDbAsync(db => db.InboundMessages.AsNoTracking().Include(m => m.Attachments).Where(m => m.Subject == subject).ToListAsync());

    [DovecotFact]
    public async Task Imap_ImportsUnseen_MarksSeenOnlyAfterImport_ReceivedFromServer()
    {
        var subject = "Imap arrival " + Guid.NewGuid().ToString("N");
        // Arrived 23:30 UTC on Tue 30 June 2026: 00:30 on Wed 1 July in the UK (BST), so that is the date of receipt.
        await _dovecot.AppendAsync(IntakeMail.Email(subject, "1. How many?\n2. How much?"), new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));
        var total = await _dovecot.CountAsync(Dovecot.SearchFlags.All);
        Assert.True(await _dovecot.CountAsync(Dovecot.SearchFlags.Unseen) >= 1);

        await Imap().ImportOnceAsync(CancellationToken.None);

        var message = Assert.Single(await FromAsync(subject));
        Assert.Equal(new DateOnly(2026, 7, 1), message.ReceivedOn);
        Assert.Equal(new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc), message.ReceivedAtUtc);
        Assert.Equal(InboundStatus.New, message.Status);
        Assert.Equal("sam.sender@example.org", message.FromAddress);
        Assert.StartsWith("imap:INBOX:", message.Source, StringComparison.Ordinal);
        Assert.Equal(0, await _dovecot.CountAsync(Dovecot.SearchFlags.Unseen));
        Assert.Equal(total, await _dovecot.CountAsync(Dovecot.SearchFlags.All));
    }

    [DovecotFact]
    public async Task Imap_TwoNodesPollingTheSameMailbox_ImportEachMessageOnce()
    {
        var subject = "Two nodes " + Guid.NewGuid().ToString("N");
        for (var i = 0; i < 10; i++)
        {
            await _dovecot.AppendAsync(IntakeMail.Email(subject, $"Question {i}"));
        }

        var counts = await Task.WhenAll(Imap().ImportOnceAsync(CancellationToken.None), Imap().ImportOnceAsync(CancellationToken.None));

        Assert.Equal(10, (await FromAsync(subject)).Count);
        Assert.True(counts.Sum() >= 10);
        Assert.Equal(0, await _dovecot.CountAsync(Dovecot.SearchFlags.Unseen));
        // A restart (messages marked unseen again, polled again) adds nothing.
        using (var client = await _dovecot.ConnectAsync())
        {
            await client.Inbox.OpenAsync(MailKit.FolderAccess.ReadWrite);
            await client.Inbox.StoreAsync(MailKit.UniqueIdRange.All, new MailKit.StoreFlagsRequest(MailKit.StoreAction.Remove, MailKit.MessageFlags.Seen) { Silent = true });
        }

        await Imap().ImportOnceAsync(CancellationToken.None);
        Assert.Equal(10, (await FromAsync(subject)).Count);
    }

    [DovecotFact]
    public async Task Imap_ForgedMessageIdFromAnotherSender_IsKeptSeparately()
    {
        var subject = "Forged id " + Guid.NewGuid().ToString("N");
        var id = $"{Guid.NewGuid():N}@example.org";
        await _dovecot.AppendAsync(IntakeMail.Email(subject, "The real one", from: "first@example.org", messageId: id));
        await _dovecot.AppendAsync(IntakeMail.Email(subject, "Same Message-ID, another sender", from: "second@example.net", messageId: id));
        await _dovecot.AppendAsync(IntakeMail.Email(subject, "The real one, delivered twice", from: "first@example.org", messageId: id));

        await Imap().ImportOnceAsync(CancellationToken.None);

        var messages = await FromAsync(subject);
        Assert.Equal(["first@example.org", "second@example.net"], messages.Select(m => m.FromAddress).Order().ToArray());
    }

    [DovecotFact]
    public async Task Imap_WithProcessedFolder_MovesMessageAfterImport()
    {
        using (var client = await _dovecot.ConnectAsync())
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            if ((await root.GetSubfoldersAsync()).All(f => f.Name != "Processed"))
            {
                await root.CreateAsync("Processed", true);
            }
        }

        var subject = "Moved " + Guid.NewGuid().ToString("N");
        await Imap().ImportOnceAsync(CancellationToken.None);
        var before = await _dovecot.CountAsync(Dovecot.SearchFlags.All);
        await _dovecot.AppendAsync(IntakeMail.Email(subject, "Please move me"));

        await Imap("Processed").ImportOnceAsync(CancellationToken.None);

        Assert.Single(await FromAsync(subject));
        Assert.Equal(before, await _dovecot.CountAsync(Dovecot.SearchFlags.All));
    }

    [DovecotFact]
    public async Task Imap_BackgroundImporter_PicksUpNewMailWithIdle()
    {
        using var configured = new IntakeFactory { ImapPort = _dovecot.Port };
        _ = configured.Server;
        var subject = "Idle " + Guid.NewGuid().ToString("N");
        await Task.Delay(1000);
        await _dovecot.AppendAsync(IntakeMail.Email(subject, "Arrives while the importer waits"));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && await configured.WithDbAsync(db => db.InboundMessages.CountAsync(m => m.Subject == subject)) == 0)
        {
            await Task.Delay(250);
        }

        Assert.Equal(1, await configured.WithDbAsync(db => db.InboundMessages.CountAsync(m => m.Subject == subject)));
    }

    [Fact]
    public async Task Folder_ImportsEmlOnce_MovesToProcessed_ReceivedFromTopReceivedHeader()
    {
        var subject = "Folder arrival " + Guid.NewGuid().ToString("N");
        var message = IntakeMail.Email(subject, "Please send me the figures.");
        // Our server's Received line (the top one): 1 March 2026 is in GMT, so 23:59 UTC is still 1 March in the UK.
        message.Headers.Insert(0, new Header("Received", "from mx.example.org by mail.foiportal.test; Sun, 01 Mar 2026 23:59:00 +0000"));
        var folder = factory.Services.GetRequiredService<IntakeFolderImporter>().Folder;
        Directory.CreateDirectory(folder);
        var bytes = IntakeMail.Bytes(message);
        await File.WriteAllBytesAsync(Path.Combine(folder, "one.eml"), bytes);

        await factory.Services.GetRequiredService<IntakeFolderImporter>().ImportFolderAsync(CancellationToken.None);
        // The same export dropped again (a re-run of the export): not imported twice.
        await File.WriteAllBytesAsync(Path.Combine(folder, "again.eml"), bytes);
        await factory.Services.GetRequiredService<IntakeFolderImporter>().ImportFolderAsync(CancellationToken.None);

        var stored = Assert.Single(await FromAsync(subject));
        Assert.Equal(new DateOnly(2026, 3, 1), stored.ReceivedOn);
        Assert.Equal(bytes, stored.Raw);
        Assert.False(File.Exists(Path.Combine(folder, "one.eml")));
        Assert.True(File.Exists(Path.Combine(folder, "processed", "one.eml")));
        Assert.True(File.Exists(Path.Combine(folder, "processed", "again.eml")));
    }

    [Fact]
    public async Task Folder_FileThatIsNotAnEmail_IsKeptAsUnreadable_AndMovedToFailed()
    {
        var folder = factory.Services.GetRequiredService<IntakeFolderImporter>().Folder;
        Directory.CreateDirectory(folder);
        var junk = new byte[] { 0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 9, 9, 9 };
        var name = $"junk-{Guid.NewGuid():N}.eml";
        await File.WriteAllBytesAsync(Path.Combine(folder, name), junk);

        await factory.Services.GetRequiredService<IntakeFolderImporter>().ImportFolderAsync(CancellationToken.None);

        var unreadable = await factory.WithDbAsync(db => db.InboundMessages.AsNoTracking().SingleAsync(m => m.Source == "folder:" + name));
        Assert.Equal(InboundStatus.Unreadable, unreadable.Status);
        Assert.Equal(junk, unreadable.Raw);
        Assert.True(File.Exists(Path.Combine(folder, "failed", name)));
    }

    [Fact]
    public async Task Import_Bounce_IsFiledAsNotARequest()
    {
        var subject = "Undeliverable: Your Freedom of Information request " + Guid.NewGuid().ToString("N");
        var bounce = IntakeMail.Email(subject, "Delivery has failed to these recipients", from: "MAILER-DAEMON@mx.example.org");

        await factory.Services.GetRequiredService<IntakeImporter>().ImportAsync(IntakeMail.Bytes(bounce), DateTimeOffset.UtcNow, "test", CancellationToken.None);

        var stored = Assert.Single(await FromAsync(subject));
        Assert.Equal(InboundStatus.NotARequest, stored.Status);
        Assert.Equal(NotARequestReason.AutomaticReply, stored.NotARequestReason);
    }

    [Fact]
    public async Task Import_RequesterReplyNamingOurReference_FilesItself_AndRestartsTheClock()
    {
        // Received Mon 2 Nov 2026, clarification sought Wed 4 Nov, answered by email arriving Thu 12 Nov 2026 (GMT).
        var (id, reference) = await IntakeMail.CaseAwaitingClarificationAsync(factory, "pat@example.org", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 4));
        var reply = IntakeMail.Email($"Re: [{reference}] We need to clarify your request", "I mean collisions on the A38 only.", from: "Pat@Example.org");

        await factory.Services.GetRequiredService<IntakeImporter>().ImportAsync(IntakeMail.Bytes(reply), new DateTimeOffset(2026, 11, 12, 8, 5, 0, TimeSpan.Zero), "test", CancellationToken.None);

        var filed = Assert.Single(await FromAsync(reply.Subject!));
        Assert.Equal(InboundStatus.Filed, filed.Status);
        Assert.Equal(id, filed.RequestId);
        var request = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Include(r => r.ClockEvents).SingleAsync(r => r.Id == id));
        Assert.Equal(RequestStatus.InProgress, request.Status);
        // FOIA s.1(3): 20 working days from Thu 12 Nov 2026: day 1 Fri 13 Nov; 16-20 (6), 23-27 (11), Mon 30 Nov is
        // St Andrew's Day (not a working day, s.10(6)), 1-4 Dec (15), 7-11 Dec (20): due Fri 11 Dec 2026.
        Assert.Equal(new DateOnly(2026, 12, 11), request.DueOn);
    }

    [Fact]
    public async Task Import_SomeoneElseNamingOurReference_IsFiled_ButDoesNotRestartTheClock()
    {
        var (id, reference) = await IntakeMail.CaseAwaitingClarificationAsync(factory, "pat@example.org", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 4));
        var other = IntakeMail.Email($"About {reference}", "A journalist asking about the case.", from: "press@example.com");

        await factory.Services.GetRequiredService<IntakeImporter>().ImportAsync(IntakeMail.Bytes(other), new DateTimeOffset(2026, 11, 12, 8, 5, 0, TimeSpan.Zero), "test", CancellationToken.None);

        Assert.Equal(id, Assert.Single(await FromAsync(other.Subject!)).RequestId);
        Assert.Equal(RequestStatus.AwaitingClarification, await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    /// <summary>A portal with the intake folder set (and IMAP when <see cref="ImapPort"/> is given).</summary>
    public sealed class IntakeFactory : PortalFactory
    {
        public int? ImapPort { get; init; }

        protected override void ConfigureSettings(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Mail:Intake:Folder", Path.Combine(Path.GetTempPath(), "foiportal-tests", "intake-" + Guid.NewGuid().ToString("N")));
            // The tests run passes themselves; the background pass runs once at start, on an empty folder.
            builder.UseSetting("Mail:Intake:FolderPollSeconds", "3600");
            if (ImapPort is { } port)
            {
                builder.UseSetting("Mail:Intake:Imap:Host", "127.0.0.1");
                builder.UseSetting("Mail:Intake:Imap:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
                builder.UseSetting("Mail:Intake:Imap:UseSsl", "false");
                builder.UseSetting("Mail:Intake:Imap:UserName", Dovecot.UserName);
                builder.UseSetting("Mail:Intake:Imap:Password", Dovecot.Password);
            }
        }
    }
}
