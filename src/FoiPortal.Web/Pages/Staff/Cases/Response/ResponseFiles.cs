using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>
/// Renders a letter version's documents (the letter PDF; each dataset as PDF and CSV) and stores them, once per version:
/// a version already rendered is reused, so what is sent is exactly what was previewed as PDF.
/// </summary>
public static class ResponseFiles
{
    public const string PdfType = "application/pdf";
    public const string CsvType = "text/csv; charset=utf-8";

    /// <summary>Attaches a CSV dataset (already validated) with its row and column counts; returns the rows.</summary>
    public static int AttachDataset(ResponseLetter letter, string title, string fileName, byte[] csv, string officer, DateTime atUtc)
    {
        var table = CsvDataset.Parse(csv, fileName).Table
            ?? throw new DomainException($"The dataset {fileName} is not valid CSV");
        letter.Attach(title, fileName, csv, table.Rows.Count, table.Headers.Count, officer, atUtc);
        return table.Rows.Count;
    }

    public static async Task<IReadOnlyList<ResponseDocument>> EnsureRenderedAsync(
        FoiDbContext db, ResponseComposer.CaseFacts facts, ResponseLetter letter, AuthorityOptions authority, string officer, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.ResponseDocuments.Where(d => d.ResponseLetterId == letter.Id && d.LetterVersion == letter.Version).OrderBy(d => d.Id).ToListAsync(ct);
        if (existing.Count > 0)
        {
            return existing;
        }

        var at = now.UtcDateTime;
        var documents = new List<ResponseDocument>
        {
            new(facts.RequestId, letter.Id, letter.Version, ResponseDocumentKind.Letter, ResponseComposer.LetterFileName(facts.Reference, letter.Version), PdfType,
                PdfRenderer.Render(ResponseComposer.Letter(facts, letter, authority, UkLocalDate.FromInstant(now))), officer, at),
        };
        foreach (var attachment in letter.Attachments.OrderBy(a => a.Id))
        {
            var dataset = ResponseComposer.Dataset(facts, attachment, authority);
            documents.Add(new(facts.RequestId, letter.Id, letter.Version, ResponseDocumentKind.DatasetPdf, ResponseComposer.DatasetPdfName(facts.Reference, attachment), PdfType,
                PdfRenderer.Render(dataset), officer, at));
            // Written back through our CSV writer, which guards cells against formula injection in spreadsheets.
            var table = dataset.Blocks.OfType<Table>().Single();
            documents.Add(new(facts.RequestId, letter.Id, letter.Version, ResponseDocumentKind.DatasetCsv, ResponseComposer.CsvName(attachment), CsvType,
                CsvDataset.ToCsvUtf8(table), officer, at));
        }

        db.ResponseDocuments.AddRange(documents);
        return documents;
    }
}
