using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>Add a date the regulator set for the authority's submissions.</summary>
public sealed class DeadlineModel(Mediator.IMediator mediator) : RegulatorPageModel(mediator)
{
    [BindProperty]
    public AddSubmissionDeadline.Command Data { get; set; } = new();

    public Task<IActionResult> OnGetAsync(int id) => ShowFormAsync(id, Data);

    public Task<IActionResult> OnPostAsync(int id, int complaintId) =>
        SendAsync(id, Data.For(id, complaintId), "Submission deadline added.", $"/staff/cases/{id}#regulator");
}
