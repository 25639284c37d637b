using FoiPortal.Core.Data;
using FoiPortal.Core.Responses;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>What the send page shows: who gets what and how, what stops it being sent, and (once sent) its email.</summary>
public static class SendCheck
{
    public sealed record Query(int Id) : IQuery<Model?>;

    /// <param name="Problems">Every reason it cannot be sent yet (<see cref="SendReadiness.ToSend"/>); empty when it can.</param>
    /// <param name="Delivery">Email, or post (<see cref="ResponseDelivery.For"/>); null when there is no address of either kind.</param>
    /// <param name="Printable">This version's documents once made, to print for the post.</param>
    /// <param name="Email">The response email once queued: queued, sent or failed.</param>
    public sealed record Model(
        int Id, string Reference, string Title, Guid Version, string RequesterEmail, int LetterVersion, IReadOnlyList<string> Attachments, DateOnly DueOn,
        bool Sent, IReadOnlyList<SendProblem> Problems, DeliveryMethod? Delivery, IReadOnlyList<string> PostalLines, IReadOnlyList<(long Id, string FileName)> Printable,
        ResponseEmailStatus.Model? Email);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == query.Id)
                .Select(x => new { x.Id, x.Reference, x.Title, x.Version, x.Requester.Email, x.Requester.Name, x.Requester.PostalAddress, x.DueOn })
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var letter = await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == query.Id, cancellationToken);
            var files = new List<string>();
            if (letter is not null)
            {
                files.Add(ResponseComposer.LetterFileName(r.Reference, letter.Version));
                foreach (var a in letter.Attachments.OrderBy(a => a.Id))
                {
                    files.Add(ResponseComposer.DatasetPdfName(r.Reference, a));
                    files.Add(ResponseComposer.CsvName(a));
                }
            }

            var facts = await ResponseRules.LoadSendFactsAsync(db, query.Id, letter, cancellationToken);
            var postal = new List<string> { r.Name };
            postal.AddRange((r.PostalAddress ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var printable = letter is null || facts.Delivery != DeliveryMethod.Post
                ? []
                : (await db.ResponseDocuments.AsNoTracking().Where(d => d.ResponseLetterId == letter.Id && d.LetterVersion == letter.Version && d.ContentType == ResponseFiles.PdfType)
                    .OrderBy(d => d.Id).Select(d => new { d.Id, d.FileName }).ToListAsync(cancellationToken)).Select(d => (d.Id, d.FileName)).ToList();
            var email = letter is { State: ResponseState.Sent } ? await ResponseEmailStatus.ForLetterAsync(db, letter.Id, letter.Version, cancellationToken) : null;
            return new Model(
                r.Id, r.Reference, r.Title, r.Version, r.Email, letter?.Version ?? 0, files, r.DueOn, letter?.State == ResponseState.Sent,
                SendReadiness.ToSend(facts), facts.Delivery, postal, printable, email);
        }
    }
}
