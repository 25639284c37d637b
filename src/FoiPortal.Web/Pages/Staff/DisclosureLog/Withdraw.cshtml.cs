using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Takes a published entry off the public log; the reason is kept in the audit trail and never shown publicly.</summary>
public sealed class WithdrawModel(IMediator mediator) : StaffEntryPageModel(mediator)
{
    [BindProperty]
    public WithdrawForm Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.Stamp = Entry.Stamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await Mediator.Send(new WithdrawEntry.Command(id, Data.Reason ?? string.Empty, Data.Stamp));
        TempData["Notice"] = "Entry withdrawn: it is no longer on the public disclosure log.";
        return Redirect($"/staff/disclosure-log/{id}");
    }

    public sealed class WithdrawForm
    {
        public string? Reason { get; set; }

        public Guid Stamp { get; set; }
    }
}
