using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>The compose page: the letter (or its first draft), datasets, documents, and what stops it being changed or sent.</summary>
public static class ResponsePage
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Dataset(int Id, string Title, string FileName, int Rows, int Columns, long Bytes);

    public sealed record Document(long Id, ResponseDocumentKind Kind, string FileName, long Length, int LetterVersion, string Sha256, DateTime CreatedAtUtc, string CreatedBy, bool Sent);

    /// <summary><paramref name="LetterVersion"/> is 0 until the first save; <paramref name="Sections"/> are then the suggested first draft.</summary>
    /// <param name="CannotSend">Every reason the response cannot be sent yet (<see cref="SendReadiness.ToSend"/>); empty when it can.</param>
    public sealed record Model(
        int Id,
        string Reference,
        string Title,
        RequestStatus Status,
        int LetterVersion,
        ResponseState? State,
        ResponseSections Sections,
        IReadOnlyList<Dataset> Datasets,
        IReadOnlyList<Document> Documents,
        string? WhyNotEditable,
        IReadOnlyList<SendProblem> CannotSend);

    public sealed class Handler(FoiDbContext db, IOptions<AuthorityOptions> authority, IExemptionCatalogueSource catalogues) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var facts = await ResponseComposer.LoadFactsAsync(db, query.Id, cancellationToken);
            if (facts is null)
            {
                return null;
            }

            var status = await db.Requests.Where(r => r.Id == query.Id).Select(r => r.Status).SingleAsync(cancellationToken);
            var letter = await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == query.Id, cancellationToken);
            var sections = letter?.Sections ?? await ResponseComposer.DraftSectionsAsync(db, facts, authority.Value, await catalogues.GetAsync(cancellationToken), cancellationToken);
            var documents = await db.ResponseDocuments.AsNoTracking().Where(d => d.FoiRequestId == query.Id).OrderByDescending(d => d.Id)
                .Select(d => new Document(d.Id, d.Kind, d.FileName, d.Length, d.LetterVersion, d.Sha256, d.CreatedAtUtc, d.CreatedBy, d.Sent))
                .ToListAsync(cancellationToken);
            return new Model(
                facts.RequestId, facts.Reference, facts.Title, status, letter?.Version ?? 0, letter?.State, sections,
                letter?.Attachments.Select(a => new Dataset(a.Id, a.Title, a.FileName, a.Rows, a.Columns, a.Csv.LongLength)).ToList() ?? [],
                documents,
                SendReadiness.WhyNotEditable(status, letter?.State),
                SendReadiness.ToSend(await ResponseRules.LoadSendFactsAsync(db, query.Id, letter, cancellationToken)));
        }
    }
}
