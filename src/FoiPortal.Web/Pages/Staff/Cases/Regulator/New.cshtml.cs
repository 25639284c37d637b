using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>Record that the requester complained to the regulator about this case.</summary>
public sealed class NewModel(Mediator.IMediator mediator) : RegulatorPageModel(mediator)
{
    [BindProperty]
    public RecordComplaint.Command Data { get; set; } = new();

    public Task<IActionResult> OnGetAsync(int id) => ShowFormAsync(id, Data);

    public Task<IActionResult> OnPostAsync(int id) =>
        SendAsync(id, Data.For(id), regulator => $"Complaint to the {regulator} recorded.", $"/staff/cases/{id}#regulator");
}
