using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Documents;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Reviews;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Track.Review;

/// <summary>The review's outcome letter for the requester: HTML on the page, and the PDF as sent.</summary>
public sealed class OutcomeModel(IMediator mediator, IOptions<AuthorityOptions> authority) : PageModel
{
    public string LetterHtml { get; private set; } = string.Empty;

    public string Reference { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await FindAsync(token) is not { } letter)
        {
            return NotFound();
        }

        Reference = letter.Facts.Reference;
        LetterHtml = HtmlRenderer.Render(ReviewLetter.Compose(letter.Facts, authority.Value, letter.SentOn));
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(string token)
    {
        if (await FindAsync(token) is not { } letter)
        {
            return NotFound();
        }

        return File(letter.Pdf, "application/pdf", ReviewLetter.FileName(letter.Facts.Reference));
    }

    private async Task<OutcomeLetter.Letter?> FindAsync(string token)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return TrackingToken.LooksValid(token) ? await mediator.Send(new OutcomeLetter.Query(TrackingToken.Hash(token))) : null;
    }
}

/// <summary>A sent review outcome letter, only for the holder of the request's tracking link.</summary>
public static class OutcomeLetter
{
    public sealed record Query(string TokenHash) : IQuery<Letter?>;

    public sealed record Letter(ReviewLetter.Facts Facts, DateOnly SentOn, byte[] Pdf);

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues, IOptions<AuthorityOptions> authority) : IQueryHandler<Query, Letter?>
    {
        public async ValueTask<Letter?> Handle(Query query, CancellationToken cancellationToken)
        {
            var sent = await (from v in db.InternalReviews.AsNoTracking()
                              join r in db.Requests.AsNoTracking() on v.FoiRequestId equals r.Id
                              where r.TrackingTokenHash == query.TokenHash && v.Status == ReviewStatus.Closed && v.LinkedToReviewId == null && v.OutcomeLetterPdf != null
                              orderby v.Id
                              select new { v.Id, v.RespondedOn, v.OutcomeLetterPdf }).FirstOrDefaultAsync(cancellationToken);
            if (sent is null || await ReviewLetter.LoadAsync(db, sent.Id, await catalogues.GetAsync(cancellationToken), authority.Value, cancellationToken) is not { } facts)
            {
                return null;
            }

            return new Letter(facts, sent.RespondedOn!.Value, sent.OutcomeLetterPdf!);
        }
    }
}
