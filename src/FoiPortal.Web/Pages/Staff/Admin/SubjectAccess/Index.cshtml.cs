using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Admin.SubjectAccess;

/// <summary>
/// Find a requester's cases by email, export their data or erase it (<see cref="SubjectAccess"/>); admins only. Every
/// step is a POST, so the email address never appears in an address, the browser's history or a request log.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SearchForm Data { get; set; } = new();

    public IReadOnlyList<SubjectAccess.Case>? Cases { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task OnPostFindAsync() => Cases = await mediator.Send(new SubjectAccess.Find(Data.Email));

    public async Task<IActionResult> OnPostExportAsync()
    {
        await LoadAsync();
        var json = await mediator.Send(new SubjectAccess.Export { Email = Data.Email });
        return File(json, "application/json", "subject-access-export.json");
    }

    public async Task<IActionResult> OnPostEraseAsync()
    {
        await LoadAsync();
        var erased = await mediator.Send(new SubjectAccess.Erase { Email = Data.Email });
        Notice = erased == 1 ? "The requester's personal data was erased from 1 request." : $"The requester's personal data was erased from {erased} requests.";
        return RedirectToPage();
    }

    // Loaded first so that a refusal re-renders the page with the cases and the error summary.
    private async Task LoadAsync() => Cases = string.IsNullOrWhiteSpace(Data.Email) ? null : await mediator.Send(new SubjectAccess.Find(Data.Email));

    public sealed class SearchForm
    {
        public string? Email { get; set; }
    }
}
