using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>Which questions are for the same or similar information (SI 2004/3244 reg 5(2)(a)), and so costed together.</summary>
public sealed class SameOrSimilarModel(IMediator mediator) : CasePageModel<CostEstimatePage.Model>(mediator)
{
    [BindProperty]
    public RecordSameOrSimilar.Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostAsync(int id) =>
        SendAsync(id, Data.For(id), "Questions recorded as for the same or similar information.", $"/staff/cases/{id}/costs");

    public Task<IActionResult> OnPostClearAsync(int id, Guid version) =>
        SendAsync(id, new ClearSameOrSimilar.Command(id, version), "Each question is now assessed on its own.", $"/staff/cases/{id}/costs");

    protected override IQuery<CostEstimatePage.Model?> QueryFor(int id) => new CostEstimatePage.Query(id);

    protected override void Loaded(CostEstimatePage.Model page)
    {
        if (Data.Version == Guid.Empty)
        {
            Data.Version = page.Version;
            Data.Questions = [.. page.Estimate.SameOrSimilarQuestions];
            Data.Reason = page.Estimate.SameOrSimilarReason;
        }
    }
}
