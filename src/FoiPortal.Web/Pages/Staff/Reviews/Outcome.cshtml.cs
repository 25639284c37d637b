using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary><c>/staff/reviews/{id}/outcome</c>: the reviewer's findings, question by question.</summary>
public sealed class OutcomeModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RecordOutcome.Command Data { get; set; } = new();

    public ReviewDetails.Model Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new ReviewDetails.Query(id)) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        Data = new RecordOutcome.Command
        {
            Version = review.Version,
            Summary = review.Summary,
            Findings = [.. review.Questions.Select(q => new RecordOutcome.Finding { Outcome = q.Finding, Reasons = q.Reasons })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await mediator.Send(new ReviewDetails.Query(id)) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        Data.ReviewId = id;
        while (Data.Findings.Count < review.Questions.Count)
        {
            Data.Findings.Add(new RecordOutcome.Finding());
        }

        await mediator.Send(Data);
        // A refusal not upheld needs its new decision next (the same decision form as a first response).
        return Redirect(await mediator.Send(new ReviewDetails.Query(id)) is { } saved && saved.Questions.FirstOrDefault(q => q.NeedsDecision && q.Decision is null) is { } next
            ? $"/staff/reviews/{id}/decisions/{next.Number}"
            : $"/staff/reviews/{id}/send");
    }
}
