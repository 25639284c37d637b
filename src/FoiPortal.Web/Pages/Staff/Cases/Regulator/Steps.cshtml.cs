using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>Record that the steps the decision notice ordered were taken.</summary>
public sealed class StepsModel(Mediator.IMediator mediator) : RegulatorPageModel(mediator)
{
    [BindProperty]
    public RecordStepsTaken.Command Data { get; set; } = new();

    public Task<IActionResult> OnGetAsync(int id) => ShowFormAsync(id, Data);

    public Task<IActionResult> OnPostAsync(int id, int complaintId) =>
        SendAsync(id, Data.For(id, complaintId), "Steps recorded as taken.", $"/staff/cases/{id}#regulator");
}
