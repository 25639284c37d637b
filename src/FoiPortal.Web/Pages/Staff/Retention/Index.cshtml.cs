using FoiPortal.Core.Staff;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Retention;

/// <summary>
/// The retention schedule (issue 19): admins set the periods, managers read; what the daily job will purge in the next
/// 30 days, the cases on legal hold and the history of purges and erasures (<see cref="RetentionOverview"/>).
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SaveRetentionSchedule.Command Data { get; set; } = new();

    public RetentionOverview.Model Overview { get; private set; } = RetentionOverview.Model.Empty;

    [TempData]
    public string? Notice { get; set; }

    public bool CanChange => User.IsInRole(StaffRoles.Admin);

    public async Task OnGetAsync()
    {
        Overview = await mediator.Send(new RetentionOverview.Query());
        Data = new SaveRetentionSchedule.Command
        {
            CaseYears = Overview.Schedule.CaseYears.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RegulatorYears = Overview.Schedule.RegulatorYears.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Loaded first so a refused form re-renders with the lists.
        Overview = await mediator.Send(new RetentionOverview.Query());
        await mediator.Send(Data);
        Notice = "Retention schedule saved";
        return RedirectToPage();
    }
}
