using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>Aggregate requests for the cost limit (SI 2004/3244 reg 5): the candidates, the requests aggregated, and the combined estimate.</summary>
public sealed class AggregationModel(IMediator mediator) : CasePageModel<AggregationPage.Model>(mediator)
{
    [BindProperty]
    public AggregateRequests.Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostAsync(int id) =>
        SendAsync(id, Data.For(id), reference => $"Request {reference} aggregated with this one.", $"/staff/cases/{id}/costs/aggregation");

    public Task<IActionResult> OnPostRemoveAsync(int id, int link, Guid version) =>
        SendAsync(id, new SeparateRequests.Command(id, link, version), reference => $"Request {reference} is no longer aggregated with this one.", $"/staff/cases/{id}/costs/aggregation");

    protected override IQuery<AggregationPage.Model?> QueryFor(int id) => new AggregationPage.Query(id);

    protected override void Loaded(AggregationPage.Model page)
    {
        if (Data.Version == Guid.Empty)
        {
            Data.Version = page.Version;
        }
    }
}
