using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using FoiPortal.Web.Pages.Staff.Cases.Response;
using FoiPortal.Web.Pages.Staff.DisclosureLog;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.DisclosureLog;

/// <summary>
/// What a sent response offers the log: the texts of the letter's sections, the outcome and provisions from the case's
/// decisions, and the files: the letter rendered for publication (no requester name or address: forRequester false)
/// and each dataset exactly as sent, as PDF and CSV.
/// </summary>
public sealed record PublicationSource(EntryContent Content, IReadOnlyList<string> FileNames, IReadOnlyList<NewAttachment> Files)
{
    /// <summary>Null while the case has no sent response. <paramref name="withFiles"/> false: names only, nothing rendered.</summary>
    public static async Task<PublicationSource?> LoadAsync(FoiDbContext db, int requestId, AuthorityOptions authority, CancellationToken ct, bool withFiles = true)
    {
        var letter = await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments)
            .SingleOrDefaultAsync(l => l.FoiRequestId == requestId && l.State == ResponseState.Sent, ct);
        if (letter?.SentAtUtc is not { } sentAt || await ResponseComposer.LoadFactsAsync(db, requestId, ct) is not { } facts)
        {
            return null;
        }

        var sentOn = UkLocalDate.FromInstant(new DateTimeOffset(sentAt, TimeSpan.Zero));
        var cost = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == requestId).OrderByDescending(d => d.Id).Select(d => (Core.Costs.CostOutcome?)d.Outcome)
            .FirstOrDefaultAsync(ct);
        var decisions = (await ExemptionDecisions.ForRequestAsync(db, requestId, ct)).Select(d => new QuestionDecision(d.Outcome, [.. d.ExemptionKeys])).ToList();
        var (outcome, keys) = CaseOutcome.Derive(facts.Regime, cost, decisions);
        var content = new EntryContent(
            facts.Title, facts.Reference, sentOn, facts.Regime, string.Empty, outcome, keys,
            // The request as received, as the letter quotes it (docs/adr/023).
            string.Join('\n', facts.AsReceived.Select((q, i) => $"{i + 1}. {q}")),
            letter.ResponseText,
            string.IsNullOrWhiteSpace(letter.ReasonText) ? null : letter.ReasonText);

        var letterName = ResponseComposer.LetterFileName(facts.Reference, letter.Version);
        // The datasets as the requester got them (they never carry the requester's details; the check runs on them anyway).
        var datasets = db.ResponseDocuments.AsNoTracking()
            .Where(d => d.ResponseLetterId == letter.Id && d.LetterVersion == letter.Version && d.Kind != ResponseDocumentKind.Letter)
            .OrderBy(d => d.Id);
        if (!withFiles)
        {
            return new PublicationSource(content, [letterName, .. await datasets.Select(d => d.FileName).ToListAsync(ct)], []);
        }

        // Issue 18: each file listed by what it is, not by its name: the letter, and each dataset's title (as a table, as data).
        var files = new List<NewAttachment>
        {
            new(letterName, ResponseFiles.PdfType, PdfRenderer.Render(ResponseComposer.Letter(facts, letter, authority, sentOn, forRequester: false)), "Response letter"),
        };
        foreach (var d in await datasets.Select(d => new { d.Kind, d.FileName, d.ContentType, d.Content }).ToListAsync(ct))
        {
            var title = d.Kind == ResponseDocumentKind.DatasetPdf
                ? letter.Attachments.FirstOrDefault(a => ResponseComposer.DatasetPdfName(facts.Reference, a.FileName) == d.FileName)?.Title is { } t ? $"{t} (table)" : null
                : letter.Attachments.FirstOrDefault(a => ResponseComposer.CsvName(a.FileName) == d.FileName)?.Title is { } c ? $"{c} (data)" : null;
            files.Add(new NewAttachment(d.FileName, d.ContentType, d.Content, title));
        }

        return new PublicationSource(content, [.. files.Select(f => f.FileName)], files);
    }
}
