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
            Findings = [.. review.Questions.Select(q => new RecordOutcome.Finding { Outcome = q.Finding, Reasons = q.Reasons, Released = q.Released })],
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
        return Redirect($"/staff/reviews/{id}/send");
    }
}
