using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Questions;

/// <summary>Reword one question.</summary>
public sealed class RewordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RewordQuestion.Command Data { get; set; } = new();

    public CaseQuestions.Model Case { get; private set; } = null!;

    public CaseQuestions.Question Question { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int number)
    {
        if (await LoadAsync(id, number) is { } notFound)
        {
            return notFound;
        }

        (Data.Version, Data.Text) = (Case.Version, Question.Text);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int number)
    {
        if (await LoadAsync(id, number) is { } notFound)
        {
            return notFound;
        }

        (Data.RequestId, Data.Number) = (id, number);
        await mediator.Send(Data);
        TempData["Notice"] = $"Question {number} reworded.";
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
