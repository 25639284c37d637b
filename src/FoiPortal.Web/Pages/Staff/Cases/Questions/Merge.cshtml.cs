using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Questions;

/// <summary>Merge two adjacent questions.</summary>
public sealed class MergeModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public MergeQuestions.Command Data { get; set; } = new();

    public CaseQuestions.Model Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        var first = await mediator.Send(Data);
        TempData["Notice"] = $"Questions {first} and {first + 1} merged into question {first}.";
        return Redirect($"/staff/cases/{id}/questions");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new CaseQuestions.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        return null;
    }
}
