using System.Globalization;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary><c>/staff/reviews/{id}/decisions/{question}</c>: the new decision on a question whose refusal the review did not uphold.</summary>
public sealed class DecisionModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RecordReviewDecision.Command Data { get; set; } = new();

    public ReviewDecisionPage.Model Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int question)
    {
        if (await LoadAsync(id, question) is { } notFound)
        {
            return notFound;
        }

        var current = Details.Current;
        Data = new RecordReviewDecision.Command
        {
            Version = Details.Review.Version,
            Outcome = current?.Outcome.ToString(),
            InformationDescription = current?.InformationDescription,
            Released = Details.Question.Released,
            CitedInTheAlternative = current?.CitedInTheAlternative ?? false,
            ReasonsWithheld = current?.ReasonsWithheld ?? false,
        };
        for (var i = 0; current is not null && i < current.Citations.Count && i < Data.Citations.Count; i++)
        {
            var c = current.Citations[i];
            Data.Citations[i] = new RecordExemptionDecision.CitationForm
            {
                ExemptionKey = c.ExemptionKey,
                Reasons = c.Reasons,
                Prejudice = c.Harm?.Prejudice,
                Likelihood = c.Harm?.Likelihood.ToString(),
                FactorsForDisclosure = c.PublicInterestTest?.FactorsForDisclosure,
                FactorsForMaintaining = c.PublicInterestTest?.FactorsForMaintaining,
                PublicInterestConclusion = c.PublicInterestTest?.Conclusion,
                Paragraphs = [.. c.ParagraphCodes],
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int question)
    {
        if (await LoadAsync(id, question) is { } notFound)
        {
            return notFound;
        }

        (Data.ReviewId, Data.QuestionNumber) = (id, question);
        await mediator.Send(Data);
        TempData["Notice"] = $"New decision recorded for question {question.ToString(CultureInfo.InvariantCulture)}.";
        return Redirect($"/staff/reviews/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int question)
    {
        if (await LoadAsync(id, question) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new RemoveReviewDecision.Command(id, question, Data.Version));
        TempData["Notice"] = $"New decision on question {question.ToString(CultureInfo.InvariantCulture)} removed.";
        return Redirect($"/staff/reviews/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int question)
    {
        if (await mediator.Send(new ReviewDecisionPage.Query(id, question)) is not { } page)
        {
            return NotFound();
        }

        Details = page;
        while (Data.Citations.Count < RecordExemptionDecision.CitationSlots)
        {
            Data.Citations.Add(new RecordExemptionDecision.CitationForm());
        }

        return null;
    }
}
