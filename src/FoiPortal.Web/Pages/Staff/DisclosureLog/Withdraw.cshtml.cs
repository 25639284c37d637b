using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Takes a published entry off the public log; the reason is kept in the audit trail and never shown publicly.</summary>
public sealed class WithdrawModel(IMediator mediator) : PageModel, IConcurrencyMessage
{
    [BindProperty]
    public WithdrawForm Data { get; set; } = new();

    public StaffEntry.View Entry { get; private set; } = null!;

    public string ConcurrencyMessage => StaffEntry.ChangedMessage;

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

        var by = User.Identity?.Name ?? throw new InvalidOperationException("Withdrawing an entry needs a signed-in officer.");
        await mediator.Send(new WithdrawEntry.Command(id, Data.Reason ?? string.Empty, by, Data.Stamp));
        TempData["Notice"] = "Entry withdrawn: it is no longer on the public disclosure log.";
        return Redirect($"/staff/disclosure-log/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new StaffEntry.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Entry = found;
        return null;
    }

    public sealed class WithdrawForm
    {
        public string? Reason { get; set; }

        public Guid Stamp { get; set; }
    }
}
