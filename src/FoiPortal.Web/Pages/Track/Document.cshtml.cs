using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Track;

/// <summary>Downloads one sent response document; an unknown token or document gives the same 404.</summary>
public sealed class DocumentModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, long documentId)
    {
        if (!TrackingToken.LooksValid(token) || await mediator.Send(new TrackedDocument.Query(TrackingToken.Hash(token), documentId)) is not { } file)
        {
            return NotFound();
        }

        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
