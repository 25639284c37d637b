using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>
/// Check and send: who gets what, every reason it cannot go yet (<see cref="SendCheck"/>), then one click that records the
/// response as sent and queues its email (<see cref="SendResponse"/>); afterwards, whether the email has gone.
/// </summary>
public sealed class SendModel(IMediator mediator) : PageModel
{
    public SendCheck.Model Check { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id, showProblems: true) ?? Page();

    /// <param name="posted">True from "Record as posted" (a response that goes by post); false from "Send response" (by email).</param>
    public async Task<IActionResult> OnPostAsync(int id, Guid version, bool posted)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        var outcome = await mediator.Send(new SendResponse.Command(id, version, posted));
        TempData["Notice"] = posted
            ? $"Response recorded as posted to the requester {outcome}."
            : $"Response sent to the requester {outcome}. Its email is queued and goes out in the next few seconds.";
        return Redirect($"/staff/cases/{id}");
    }

    /// <summary>Makes (or reuses) this version's documents, so they can be printed before posting.</summary>
    public async Task<IActionResult> OnPostPrintAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new RenderLetter.Command(id));
        return Redirect($"/staff/cases/{id}/response/send#print");
    }

    /// <summary>The response email failed after every attempt: queue it again.</summary>
    public async Task<IActionResult> OnPostRetryEmailAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new RetryResponseEmail.Command(id));
        TempData["Notice"] = "The response email is queued again.";
        return Redirect($"/staff/cases/{id}/response/send");
    }

    private async Task<IActionResult?> LoadAsync(int id, bool showProblems = false)
    {
        if (await mediator.Send(new SendCheck.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Check = found;
        if (showProblems && !found.Sent && found.Problems.Count > 0)
        {
            // The same sentences and links a refused POST shows, in the page's error summary.
            GovUkErrors.Set(HttpContext, [.. found.Problems.Select(p => new FieldError(string.Empty, p.Message, p.FixAt))]);
        }

        return null;
    }
}
