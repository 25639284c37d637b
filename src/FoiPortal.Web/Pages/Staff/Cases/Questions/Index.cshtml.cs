using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Questions;

/// <summary>The working questions of a case, with the actions to split, merge and reword them.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public CaseQuestions.Model Case { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new CaseQuestions.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        return Page();
    }
}
