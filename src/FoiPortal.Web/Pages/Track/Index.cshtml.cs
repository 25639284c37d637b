using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Track;

/// <summary>The requester's own view of one request, reached by the secret link in their email.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public TrackRequest.Model Found { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        // Never say whether a token exists: unknown and malformed both get the same 404.
        if (!TrackingToken.LooksValid(token) || await mediator.Send(new TrackRequest.Query(TrackingToken.Hash(token))) is not { } found)
        {
            return NotFound();
        }

        // The token is in the URL: keep it out of any Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Found = found;
        return Page();
    }
}

public static class TrackRequest
{
    public sealed record Query(string TokenHash) : IQuery<Model?>;

    public sealed record Model(string Reference, string Title, RequestStatus Status, DateOnly ReceivedOn, DateOnly DueOn, IReadOnlyList<string> Questions);

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var found = await db.Requests.AsNoTracking()
                .Where(r => r.TrackingTokenHash == query.TokenHash)
                .Select(r => new
                {
                    r.Reference,
                    r.Title,
                    r.Status,
                    r.ReceivedOn,
                    r.DueOn,
                    Questions = r.Questions.OrderBy(q => q.Number).Select(q => q.Text).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return found is null ? null : new Model(found.Reference, found.Title, found.Status, found.ReceivedOn, found.DueOn, found.Questions);
        }
    }
}
