using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>
/// Downloads a published entry's attachment, as a download (never shown inline), with its type. Withdrawn and draft
/// entries' files are 404. Revalidated on every use (ETag = SHA-256), so a withdrawn file is not kept by caches.
/// </summary>
public sealed class AttachmentModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, string fileName)
    {
        if (await mediator.Send(new ReadAttachment.Query(slug, fileName)) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-cache";
        var type = file.ContentType.StartsWith("text/", StringComparison.Ordinal) ? file.ContentType + "; charset=utf-8" : file.ContentType;
        return new FileContentResult(file.Content, type)
        {
            FileDownloadName = file.FileName,
            EntityTag = new EntityTagHeaderValue($"\"{file.Sha256}\""),
        };
    }
}

public static class ReadAttachment
{
    public sealed record Query(string Slug, string FileName) : IQuery<File?>;

    public sealed record File(string FileName, string ContentType, byte[] Content, string Sha256);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, File?>
    {
        public async ValueTask<File?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!EntrySlug.IsWellFormed(query.Slug) || string.IsNullOrEmpty(query.FileName) || query.FileName.Length > DisclosureAttachment.FileNameMaxLength)
            {
                return null;
            }

            return await db.DisclosureLogEntries.AsNoTracking()
                .Where(e => e.Slug == query.Slug && e.State == EntryState.Published)
                .SelectMany(e => e.Attachments)
                .Where(a => a.FileName == query.FileName)
                .Select(a => new File(a.FileName, a.ContentType, a.Content, a.Sha256))
                .SingleOrDefaultAsync(cancellationToken);
        }
    }
}
