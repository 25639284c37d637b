using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>The cases ticked in the queue, and who to give them to.</summary>
public sealed class ReassignModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ReassignCases.Command Data { get; set; } = new();

    public ReassignCases.Form Form { get; private set; } = null!;

    /// <summary>The queue's checkboxes arrive as ?ids=1&amp;ids=2 (a GET form, so it works without JavaScript).</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "ids")] List<int>? ids)
    {
        Form = await mediator.Send(new ReassignCases.Query(ids ?? []));
        Data = new ReassignCases.Command
        {
            Ids = Form.Cases.Where(c => c.IsOpen).Select(c => c.Id).ToList(),
            Versions = Form.Cases.Where(c => c.IsOpen).Select(c => c.Version).ToList(),
        };
        if (Data.Ids.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Select at least one open case in the queue to reassign");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Loaded first so that a refusal re-renders the page with the cases and the radios.
        Form = await mediator.Send(new ReassignCases.Query(Data.Ids));
        var moved = await mediator.Send(Data);
        TempData[IndexModel.AssignedNotice] = moved == 1 ? "1 case reassigned" : $"{moved} cases reassigned";
        return Redirect("/staff/cases?view=open");
    }
}
