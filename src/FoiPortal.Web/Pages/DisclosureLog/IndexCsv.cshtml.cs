using System.Text;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>
/// The index of every published entry as CSV (RFC 4180: CRLF, quoted where needed), newest first: reference, title,
/// date of response, topic, outcome, exemptions cited and the entry's address. Streamed row by row, so the whole log
/// is never held in memory. Cells a spreadsheet would run as a formula are made text (<see cref="Csv.Field"/>).
/// </summary>
public sealed class IndexCsvModel(FoiDbContext db, IOptions<RequestOptions> requests) : PageModel
{
    public static readonly string[] Header = ["Reference", "Title", "Date of response", "Topic", "Outcome", "Exemptions cited", "Address"];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"disclosure-log.csv\"";
        var site = requests.Value.PublicBaseUrl.TrimEnd('/');
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        await writer.WriteAsync(Csv.Row(Header));
        var rows = db.DisclosureLogEntries.AsNoTracking()
            .Where(e => e.State == EntryState.Published)
            .OrderByDescending(e => e.RespondedOn).ThenByDescending(e => e.Id)
            .Select(e => new { e.Reference, e.Title, e.RespondedOn, e.Topic, e.Outcome, e.ExemptionKeys, e.Slug })
            .AsAsyncEnumerable();
        await foreach (var e in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Csv.Row(
                e.Reference, e.Title, UkDates.Iso(e.RespondedOn), e.Topic, e.Outcome.Describe(),
                string.Join("; ", DisclosureLogEntry.KeysOf(e.ExemptionKeys)), $"{site}/disclosure-log/{e.Slug}"));
        }

        await writer.FlushAsync(cancellationToken);
        return new EmptyResult();
    }
}
