using FoiPortal.Core.Data;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Downloads an entry's file in any state, so staff can check a draft's files before publishing.</summary>
public sealed class AttachmentModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string fileName)
    {
        if (await mediator.Send(new StaffAttachment.Query(id, fileName)) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        var type = file.ContentType.StartsWith("text/", StringComparison.Ordinal) ? file.ContentType + "; charset=utf-8" : file.ContentType;
        return File(file.Content, type, file.FileName);
    }
}

public static class StaffAttachment
{
    public sealed record Query(int EntryId, string FileName) : IQuery<File?>;

    public sealed record File(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, File?>
    {
        public async ValueTask<File?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.DisclosureLogEntries.AsNoTracking().Where(e => e.Id == query.EntryId)
                .SelectMany(e => e.Attachments).Where(a => a.FileName == query.FileName)
                .Select(a => new File(a.FileName, a.ContentType, a.Content))
                .SingleOrDefaultAsync(cancellationToken);
    }
}
