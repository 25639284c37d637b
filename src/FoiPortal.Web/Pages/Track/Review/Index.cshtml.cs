using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Track.Review;

/// <summary>
/// <c>/track/{token}/review</c>: what the requester is unhappy with, then check answers, then send. The answers travel
/// in the check-answers form's hidden fields (a few short texts, no draft to purge); the token in the URL is the only key.
/// </summary>
public sealed class IndexModel(IMediator mediator, OutboxSignal outbox, IOptions<AuthorityOptions> authority) : PageModel
{
    [BindProperty]
    public AskForReview.Command Data { get; set; } = new();

    public AskForReview.Page Found { get; private set; } = null!;

    /// <summary>Showing the answers to check, with a "Send" button, instead of the form.</summary>
    public bool Checking { get; private set; }

    public string FoiEmail => authority.Value.FoiEmail;

    public Task<IActionResult> OnGetAsync(string token) => ShowAsync(token, checking: false);

    /// <summary>"Continue": validated, then the answers to check.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string token)
    {
        if (await LoadAsync(token) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(Data);
        Checking = true;
        return Page();
    }

    /// <summary>"Change": back to the form with the answers kept.</summary>
    public Task<IActionResult> OnPostChangeAsync(string token) => ShowAsync(token, checking: false);

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await LoadAsync(token) is { } notFound)
        {
            return notFound;
        }

        Data.Send = true;
        if (await mediator.Send(Data) is null)
        {
            return NotFound();
        }

        outbox.Notify();
        return Redirect($"/track/{token}/review/confirmation");
    }

    private async Task<IActionResult> ShowAsync(string token, bool checking)
    {
        if (await LoadAsync(token) is { } notFound)
        {
            return notFound;
        }

        Checking = checking;
        return Page();
    }

    /// <summary>Another case's or an unknown token: the same 404 as the tracking page.</summary>
    private async Task<IActionResult?> LoadAsync(string token)
    {
        if (!TrackingToken.LooksValid(token) || await mediator.Send(new AskForReview.Query(TrackingToken.Hash(token))) is not { } found)
        {
            return NotFound();
        }

        Response.Headers["Referrer-Policy"] = "no-referrer";
        Found = found;
        Data.TokenHash = TrackingToken.Hash(token);
        while (Data.QuestionGrounds.Count < found.Questions.Count)
        {
            Data.QuestionGrounds.Add(null);
        }

        return null;
    }
}
