using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Questions;

/// <summary>Split one question into two or more.</summary>
public sealed class SplitModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SplitQuestion.Command Data { get; set; } = new();

    public CaseQuestions.Model Case { get; private set; } = null!;

    public CaseQuestions.Question Question { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int number)
    {
        if (await LoadAsync(id, number) is { } notFound)
        {
            return notFound;
        }

        (Data.Version, Data.Parts) = (Case.Version, SplitQuestion.Suggested(Question.Text));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int number)
    {
        // Loaded first, so that a refusal re-renders this page with its error summary and what was typed.
        if (await LoadAsync(id, number) is { } notFound)
        {
            return notFound;
        }

        (Data.RequestId, Data.Number) = (id, number);
        var parts = await mediator.Send(Data);
        TempData["Notice"] = $"Question {number} split into {parts} questions.";
        return Redirect($"/staff/cases/{id}/questions");
    }

    private async Task<IActionResult?> LoadAsync(int id, int number)
    {
        if (await mediator.Send(new CaseQuestions.Query(id)) is not { } found || found.Find(number) is not { } question)
        {
            return NotFound();
        }

        (Case, Question) = (found, question);
        return null;
    }
}
