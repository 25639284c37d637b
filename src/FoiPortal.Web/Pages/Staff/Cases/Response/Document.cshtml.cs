using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>Downloads a stored response document as it was made.</summary>
public sealed class DocumentModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, long documentId) =>
        await mediator.Send(new DownloadDocument.Query(id, documentId)) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();
}
