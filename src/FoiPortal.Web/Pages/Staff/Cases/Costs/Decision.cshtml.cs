using FoiPortal.Core.Costs;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>The officer's decision on the estimate, with the s.16 advice; a refusal goes to a manager for sign-off.</summary>
public sealed class DecisionModel(IMediator mediator) : CasePageModel<CostEstimatePage.Model>(mediator)
{
    [BindProperty]
    public DecideOnCosts.Command Data { get; set; } = new();

    public string SuggestedAdvice { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new DecideOnCosts.Command { Version = Case.Version, Advice = SuggestedAdvice };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id) =>
        SendAsync(
            id,
            Data.For(id),
            Data.Outcome == DecideOnCosts.Proceed ? "Cost decision recorded: proceed with the request." : "Refusal sent to a manager for sign-off.",
            $"/staff/cases/{id}");

    protected override IQuery<CostEstimatePage.Model?> QueryFor(int id) => new CostEstimatePage.Query(id);

    protected override void Loaded(CostEstimatePage.Model page) =>
        SuggestedAdvice = string.Join("\n\n", CostAdvice.Suggest(page.Estimate, page.Limit, page.Combined, page.Reference).SuggestedWording);
}
