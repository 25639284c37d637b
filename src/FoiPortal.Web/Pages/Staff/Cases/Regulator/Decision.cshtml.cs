using System.Globalization;
using FoiPortal.Core.Regulator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>Record the regulator's decision notice: outcome, reference, date, and any steps with their period.</summary>
public sealed class DecisionModel(Mediator.IMediator mediator) : RegulatorPageModel(mediator)
{
    [BindProperty]
    public RecordDecisionNotice.Command Data { get; set; } = new() { StepsPeriodDays = RegulatorRules.DefaultStepsPeriodDays.ToString(CultureInfo.InvariantCulture) };

    public Task<IActionResult> OnGetAsync(int id) => ShowFormAsync(id, Data);

    public Task<IActionResult> OnPostAsync(int id, int complaintId) =>
        SendAsync(id, Data.For(id, complaintId), notice => notice, $"/staff/cases/{id}#regulator");
}
