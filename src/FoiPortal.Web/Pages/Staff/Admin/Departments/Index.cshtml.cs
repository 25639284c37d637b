using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Admin.Departments;

/// <summary>The departments officers can consult, and the form to add one.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AddDepartment.Command Data { get; set; } = new();

    public IReadOnlyList<Departments.Row> Rows { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Rows = await mediator.Send(new Departments.Query());

    public async Task<IActionResult> OnPostAsync()
    {
        // Loaded first, so that a refusal shows this page again with its errors and what was typed.
        Rows = await mediator.Send(new Departments.Query());
        await mediator.Send(Data);
        Notice = $"{Data.Name!.Trim()} added.";
        return Redirect("/staff/admin/departments");
    }
}
