using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Requests.New;

public sealed class ConfirmationModel(IMediator mediator) : PageModel
{
    public SentRequest.Model Sent { get; private set; } = null!;

    public string? TrackingToken { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (DraftCookie.Read(Request) is not { } id || await mediator.Send(new SentRequest.Query(id)) is not { } sent)
        {
            return RedirectToPage("Index");
        }

        Sent = sent;
        // Shown once, straight after sending; afterwards it is only in the email.
        TrackingToken = TempData.Peek("TrackingToken") as string;
        return Page();
    }
}

public static class SentRequest
{
    public sealed record Query(Guid DraftId) : IQuery<Model?>;

    public sealed record Model(string Reference, string Title, DateOnly DueOn, string Email);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var requestId = await db.RequestDrafts.AsNoTracking()
                .Where(d => d.Id == query.DraftId)
                .Select(d => d.SubmittedRequestId)
                .SingleOrDefaultAsync(cancellationToken);
            if (requestId is null)
            {
                return null;
            }

            return await db.Requests.AsNoTracking()
                .Where(r => r.Id == requestId)
                .Select(r => new Model(r.Reference, r.Title, r.DueOn, r.Requester.Email))
                .SingleAsync(cancellationToken);
        }
    }
}
