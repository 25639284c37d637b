using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>The cost estimate of one case: its lines per question, the totals, the limit and the verdict; add or remove a line.</summary>
public sealed class IndexModel(IMediator mediator) : CasePageModel<CostEstimatePage.Model>(mediator)
{
    [BindProperty]
    public AddCostLine.Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostAsync(int id) =>
        SendAsync(id, Data.For(id), "Line added to the estimate.", $"/staff/cases/{id}/costs");

    public Task<IActionResult> OnPostRemoveAsync(int id, int line, Guid version) =>
        SendAsync(id, new RemoveCostLine.Command(id, line, version), $"Line {line} removed from the estimate.", $"/staff/cases/{id}/costs");

    protected override IQuery<CostEstimatePage.Model?> QueryFor(int id) => new CostEstimatePage.Query(id);

    protected override void Loaded(CostEstimatePage.Model page)
    {
        if (Data.Version == Guid.Empty)
        {
            Data.Version = page.Version;
        }
    }
}
