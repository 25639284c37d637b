using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using FoiPortal.Core.Intake;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FoiPortal.Web.Tests.Intake;

/// <summary>Issue 16, bad input: none of these crashes the importer or is lost.</summary>
public sealed class IntakeBadInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<InboundMessage> ImportAsync(byte[] raw, string source)
    {
        var outcome = await factory.Services.GetRequiredService<IntakeImporter>().ImportAsync(raw, DateTimeOffset.UtcNow, source, CancellationToken.None);
        Assert.NotEqual(ImportOutcome.AlreadyImported, outcome);
        return await factory.WithDbAsync(db => db.InboundMessages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Source == source));
    }

    [Fact]
    public async Task HugeAttachment_IsListed_NotStored_AndTheRawMessageIsKept()
    {
        var message = IntakeMail.Email("Huge " + Guid.NewGuid().ToString("N"), "See attached.");
        var builder = new BodyBuilder { TextBody = "See attached." };
        var big = new byte[(21 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(big);
        builder.Attachments.Add("big.pdf", big, new ContentType("application", "pdf"));
        builder.Attachments.Add("renamed.pdf", Encoding.ASCII.GetBytes("MZ this is really a program"), new ContentType("application", "pdf"));
        message.Body = builder.ToMessageBody();
        var raw = IntakeMail.Bytes(message);

        var stored = await ImportAsync(raw, "huge");

        Assert.Equal(raw.Length, stored.Raw.Length);
        Assert.Equal([false, true], stored.Attachments.Select(a => a.IsStored).ToArray());
        Assert.Equal(big.Length, stored.Attachments[0].Size);
        // Type checked by content: a program named .pdf is recognised as one.
        Assert.Equal(["application/pdf", "application/x-msdownload"], stored.Attachments.Select(a => a.DetectedType).ToArray());
    }

    [Fact]
    public async Task ThousandsOfRecipients_EncodedWordSubject_NoBody_AndNestedMessage_AreImported()
    {
        var recipients = string.Join(", ", Enumerable.Range(1, 5000).Select(i => $"person{i}@example.org"));
        var nested = IntakeMail.Email("Inner", "Forwarded text");
        var outer = IntakeMail.Email("placeholder", string.Empty);
        outer.Body = new Multipart("mixed") { new TextPart("plain") { Text = "Forwarding this." }, new MessagePart { Message = nested } };
        var raw = Encoding.ASCII.GetString(IntakeMail.Bytes(outer))
            .Replace("Subject: placeholder", "Subject: =?koi8-r?B?8NLJ18XU?= =?windows-1252?Q?caf=E9?=", StringComparison.Ordinal)
            .Replace("To: ", "To: " + recipients + ", ", StringComparison.Ordinal);

        var stored = await ImportAsync(Encoding.ASCII.GetBytes(raw), "odd");

        // KOI8-R "Привет" and windows-1252 "café", decoded (adjacent encoded words join without the space, RFC 2047 6.2).
        Assert.Equal("Приветcafé", stored.Subject);
        Assert.Equal("attached-message.eml", Assert.Single(stored.Attachments).FileName);

        var empty = new MimeMessage();
        empty.From.Add(new MailboxAddress("Blank", "blank@example.org"));
        empty.MessageId = $"{Guid.NewGuid():N}@example.org";
        var blank = await ImportAsync(IntakeMail.Bytes(empty), "blank");
        Assert.Equal(InboundStatus.New, blank.Status);
        Assert.True(string.IsNullOrEmpty(blank.TextBody));
    }

    [Fact]
    public async Task ZipOfTenThousandFiles_IsStoredAsItCame_AndNeverExpanded()
    {
        // 10,000 entries of 1 KB each: about 10 MB expanded, far less compressed. The importer reads only the signature.
        byte[] zip;
        using (var buffer = new MemoryStream())
        {
            using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                var page = new byte[1024];
                for (var i = 0; i < 10_000; i++)
                {
                    using var entry = archive.CreateEntry($"folder{i % 100:000}/file{i:00000}.txt", CompressionLevel.Fastest).Open();
                    entry.Write(page);
                }
            }

            zip = buffer.ToArray();
        }

        var message = IntakeMail.Email("Zip " + Guid.NewGuid().ToString("N"), "All the files are attached.");
        var builder = new BodyBuilder { TextBody = "All the files are attached." };
        builder.Attachments.Add("files.zip", zip, new ContentType("application", "zip"));
        message.Body = builder.ToMessageBody();
        var raw = IntakeMail.Bytes(message);

        var stored = await ImportAsync(raw, "zip-of-10000");

        Assert.Equal(raw, stored.Raw);
        Assert.Equal(InboundStatus.New, stored.Status);
        // One attachment, the zip itself, byte for byte: no entry of it became an attachment of its own.
        var attachment = Assert.Single(stored.Attachments);
        Assert.Equal("files.zip", attachment.FileName);
        Assert.Equal("application/zip", attachment.DetectedType);
        Assert.True(attachment.IsStored);
        Assert.Equal(zip.Length, attachment.Size);
        Assert.Equal(zip, attachment.Content);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip)), attachment.Sha256.ToLowerInvariant());
        var extracted = Directory.EnumerateFiles(factory.DataFolder, "file0*.txt", SearchOption.AllDirectories);
        Assert.Empty(extracted);
    }

    [Fact]
    public async Task TruncatedMultipart_IsStillImported()
    {
        var raw = Encoding.ASCII.GetBytes($"From: a@example.org\r\nMessage-ID: <{Guid.NewGuid():N}@example.org>\r\nSubject: cut\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nHalf a mess");

        var stored = await ImportAsync(raw, "truncated");

        Assert.Equal(raw, stored.Raw);
        Assert.Equal("cut", stored.Subject);
    }
}
