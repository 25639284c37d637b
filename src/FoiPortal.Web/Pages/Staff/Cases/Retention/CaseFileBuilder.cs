using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Documents;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Retention;

/// <summary>
/// One case as a ZIP, as the Information Commissioner asks for it in a complaint (FOIA s.50): the request as received,
/// the timeline, every decision with its reasons and sign-off, the cost estimate, the internal reviews and complaints,
/// the correspondence in and out, every version of every letter and dataset as sent, and an index PDF (tagged, the
/// embedded font) listing every file in the ZIP.
/// </summary>
public static class CaseFileBuilder
{
    public const string IndexName = "00-index.pdf";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
        // Stored files are their own entries in the ZIP, never base64 inside the JSON.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RemoveBytes } },
    };

    public sealed record Entry(string Name, string Contents, byte[] Bytes);

    public static async Task<(string Reference, byte[] Zip, int Files)?> BuildAsync(FoiDbContext db, int requestId, string authority, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Questions).Include(r => r.Events).Include(r => r.ClockEvents)
            .SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var entries = new List<Entry>
        {
            Text("01-request.txt", "The request as received", RequestAsReceived(request)),
            new("02-timeline.csv", "The timeline: every action on the case, who and when", CsvDataset.ToCsvUtf8(new Table(
                null,
                ["When (UTC)", "What", "Description", "By"],
                request.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => (IReadOnlyList<string>)[e.AtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.Kind, e.Description, e.Actor ?? "Requester or system"]).ToList()))),
            JsonEntry("03-clock-events.json", "What moved the statutory clock (FOIA s.10)", request.ClockEvents),
            JsonEntry("04-exemption-decisions.json", "Every decision on each question with its reasons and sign-off", await db.ExemptionDecisions.AsNoTracking().Include(d => d.Citations).Where(d => d.FoiRequestId == requestId).OrderBy(d => d.Id).ToListAsync(cancellationToken)),
            JsonEntry("05-cost-decisions.json", "Cost limit decisions (FOIA s.12) with advice and sign-off", await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId).OrderBy(d => d.Id).ToListAsync(cancellationToken)),
            JsonEntry("06-cost-estimate.json", "The cost estimate, line by line", await db.CostEstimates.AsNoTracking().Include(e => e.Lines).Where(e => e.FoiRequestId == requestId).ToListAsync(cancellationToken)),
            JsonEntry("07-internal-reviews.json", "Internal reviews with their findings", await db.InternalReviews.AsNoTracking().Where(r => r.FoiRequestId == requestId).OrderBy(r => r.Id).ToListAsync(cancellationToken)),
            JsonEntry("08-regulator.json", "Complaints to the regulator and decision notices", await db.RegulatorComplaints.AsNoTracking().Include(c => c.Deadlines).Where(c => c.FoiRequestId == requestId).OrderBy(c => c.Id).ToListAsync(cancellationToken)),
            JsonEntry("09-notes.json", "Officers' notes, with the earlier text of any note changed", await db.CaseNotes.AsNoTracking().Where(n => n.FoiRequestId == requestId).OrderBy(n => n.WrittenAtUtc).ToListAsync(cancellationToken)),
            // Issue 18: consultation tasks with their answers (the link's hash is left out); their files follow.
            JsonEntry("10-consultations.json", "Consultation tasks to departments, colleagues and third parties, with their answers", await Consultations.CaseFileConsultations.TasksAsync(db, requestId, cancellationToken)),
        };

        var outgoing = await db.OutboundEmails.AsNoTracking().Where(e => e.RequestId == requestId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        entries.AddRange(outgoing.Select(e => Text(
            $"correspondence/out-{e.Id:D5}.txt",
            $"Email sent {(e.SentAtUtc ?? e.CreatedAtUtc).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
            $"To: {e.ToName} <{e.ToAddress}>\nSubject: {e.Subject}\nCreated (UTC): {e.CreatedAtUtc:yyyy-MM-dd HH:mm}\nSent (UTC): {e.SentAtUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "not sent"}\n\n{e.TextBody}")));
        var incoming = await db.InboundMessages.AsNoTracking().Where(m => m.RequestId == requestId).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.ReceivedOn, m.Raw }).ToListAsync(cancellationToken);
        entries.AddRange(incoming.Select(m => new Entry($"correspondence/in-{m.Id:D5}.eml", $"Email received {m.ReceivedOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, as received", m.Raw)));

        var documents = await db.ResponseDocuments.AsNoTracking().Where(d => d.FoiRequestId == requestId).OrderBy(d => d.LetterVersion).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.LetterVersion, d.Kind, d.FileName, d.Content, d.Sent }).ToListAsync(cancellationToken);
        entries.AddRange(documents.Select(d => new Entry(
            $"documents/v{d.LetterVersion}-{d.Id:D5}-{SafeName(d.FileName)}",
            $"{d.Kind} of letter version {d.LetterVersion}{(d.Sent ? ", as sent" : ", not sent")}",
            d.Content)));
        var reviewLetters = await db.InternalReviews.AsNoTracking().Where(r => r.FoiRequestId == requestId && r.OutcomeLetterPdf != null)
            .Select(r => new { r.Id, r.OutcomeLetterPdf }).ToListAsync(cancellationToken);
        entries.AddRange(reviewLetters.Select(r => new Entry($"documents/review-{r.Id:D5}-outcome.pdf", "Internal review outcome letter as sent", r.OutcomeLetterPdf!)));

        entries.AddRange((await Consultations.CaseFileConsultations.FilesAsync(db, requestId, cancellationToken)).Select(f => new Entry(
            $"consultations/{f.TaskId:D5}-{f.Id:D5}-{SafeName(f.FileName)}", $"File sent with the answer to consultation {f.TaskId}", f.Content)));
        var index = PdfRenderer.Render(Index(request, entries, authority));
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries.Prepend(new Entry(IndexName, "This index", index)))
            {
                var zipEntry = zip.CreateEntry(entry.Name, CompressionLevel.Optimal);
                await using var entryStream = zipEntry.Open();
                await entryStream.WriteAsync(entry.Bytes, cancellationToken);
            }
        }

        return (request.Reference, stream.ToArray(), entries.Count + 1);
    }

    private static LetterDocument Index(FoiRequest request, IReadOnlyList<Entry> entries, string authority) =>
        new(
            $"Case file {request.Reference}",
            request.Reference,
            [
                new Heading(1, $"Case file {request.Reference}"),
                new Paragraph($"{request.Title}. Received {request.ReceivedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} under {request.Regime.ToString().ToUpperInvariant()}; status: {request.Status.Describe()}."),
                new Paragraph("This index lists every file in the case file. Files ending .json and .csv open in any text editor or spreadsheet; .eml files are emails as received; PDF files are the documents as sent."),
                new Table(
                    "Files in this case file",
                    ["File", "Contents", "Size"],
                    [["00-index.pdf", "This index", "-"], .. entries.Select(e => (IReadOnlyList<string>)[e.Name, e.Contents, Size(e.Bytes.Length)])]),
            ],
            Author: authority);

    private static string RequestAsReceived(FoiRequest r)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Reference: {r.Reference}\nReceived: {r.ReceivedAtUtc:yyyy-MM-dd HH:mm} UTC (UK date {r.ReceivedOn:yyyy-MM-dd})\nChannel: {r.Channel}\nLaw: {r.Regime}\nPreferred format: {r.PreferredFormat}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Requester: {r.Requester.Name}\nEmail: {r.Requester.Email}\nAddress: {r.Requester.PostalAddress ?? "not given"}\nTheir reference: {r.Requester.YourReference ?? "none"}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Title: {r.Title}\n\n");
        foreach (var q in r.Questions.OrderBy(q => q.Number))
        {
            text.Append(CultureInfo.InvariantCulture, $"{q.Number}. {q.Text}\n\n");
        }

        return text.ToString();
    }

    private static Entry Text(string name, string contents, string text) => new(name, contents, Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));

    private static Entry JsonEntry<T>(string name, string contents, T value) => new(name, contents, JsonSerializer.SerializeToUtf8Bytes(value, Json));

    private static string Size(int bytes) => bytes < 1024 ? $"{bytes} bytes" : $"{(bytes + 1023) / 1024} KB";

    private static string SafeName(string fileName) =>
        new(fileName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());

    private static void RemoveBytes(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].PropertyType == typeof(byte[]))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
