using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Documents;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>The letter as HTML, from the same document model as the PDF; and the PDF of this version, stored when made.</summary>
public sealed class PreviewModel(IMediator mediator) : PageModel
{
    public PreviewLetter.Model Letter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new PreviewLetter.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Letter = found;
        return Page();
    }

    public async Task<IActionResult> OnPostPdfAsync(int id)
    {
        if (await mediator.Send(new PreviewLetter.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Letter = found;
        var documentId = await mediator.Send(new RenderLetter.Command(id));
        return Redirect($"/staff/cases/{id}/response/documents/{documentId}");
    }
}

public static class PreviewLetter
{
    public sealed record Query(int Id) : IQuery<Model?>;

    /// <param name="Unprintable">Characters the PDF's font cannot draw (shown as "?" in the PDF), for a warning before sending.</param>
    public sealed record Model(int Id, string Reference, string Title, int Version, string Html, IReadOnlyList<string> Unprintable);

    public sealed class Handler(FoiDbContext db, IOptions<AuthorityOptions> authority, TimeProvider time) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var facts = await ResponseComposer.LoadFactsAsync(db, query.Id, cancellationToken);
            var letter = await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == query.Id, cancellationToken);
            if (facts is null || letter is null)
            {
                return null;
            }

            var document = ResponseComposer.Letter(facts, letter, authority.Value, UkLocalDate.FromInstant(time.GetUtcNow()));
            return new Model(facts.RequestId, facts.Reference, facts.Title, letter.Version, HtmlRenderer.Render(document), PdfRenderer.FindUnprintableCharacters(document));
        }
    }
}

public static class RenderLetter
{
    /// <summary>Returns the id of the letter's PDF for the current version.</summary>
    public sealed record Command(int RequestId) : ICommand<long>, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, IOptions<AuthorityOptions> authority, TimeProvider time) : ICommandHandler<Command, long>
    {
        public async ValueTask<long> Handle(Command command, CancellationToken cancellationToken)
        {
            var facts = await ResponseComposer.LoadFactsAsync(db, command.RequestId, cancellationToken) ?? throw new DomainException("This request no longer exists.");
            var letter = await db.ResponseLetters.Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == command.RequestId, cancellationToken)
                ?? throw new DomainException("Save the response before making its PDF.");
            var documents = await ResponseFiles.EnsureRenderedAsync(db, facts, letter, authority.Value, command.Actor, time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return documents.First(d => d.Kind == Core.Responses.ResponseDocumentKind.Letter).Id;
        }
    }
}

public static class DownloadDocument
{
    public sealed record Query(int RequestId, long DocumentId) : IQuery<File?>;

    public sealed record File(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, File?>
    {
        public async ValueTask<File?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.ResponseDocuments.AsNoTracking().Where(d => d.Id == query.DocumentId && d.FoiRequestId == query.RequestId)
                .Select(d => new File(d.FileName, d.ContentType, d.Content)).SingleOrDefaultAsync(cancellationToken);
    }
}
