using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Admin.Departments;

/// <summary>Change a department's name or addresses, deactivate or reactivate it, and see its changes.</summary>
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditDepartment.Command Data { get; set; } = new();

    public EditDepartment.Model Department { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.Name = Department.Name;
        Data.ContactEmails = Department.ContactEmails;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.Id = id;
        await mediator.Send(Data);
        Notice = "Department changed.";
        return Redirect($"/staff/admin/departments/{id}");
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.Name = Department.Name;
        Data.ContactEmails = Department.ContactEmails;
        await mediator.Send(new EditDepartment.SetActive { Id = id, Active = active });
        Notice = active ? "Department made active again." : "Department deactivated: it is no longer offered for new tasks.";
        return Redirect($"/staff/admin/departments/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new EditDepartment.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Department = found;
        return null;
    }
}
