using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Statistics;

/// <summary>A manager publishes a quarter, or a corrected version of one.</summary>
public sealed class PublishModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public PublishQuarter.Command Data { get; set; } = new();

    public IReadOnlyList<Publications.Item> Published { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Published = await mediator.Send(new Publications.Query());

    public async Task<IActionResult> OnPostAsync()
    {
        var version = await mediator.Send(Data);
        Notice = $"{Data.Year} Q{Data.Quarter} published{(version > 1 ? $" as version {version}" : string.Empty)}";
        return Redirect($"/statistics/{Data.Year}/{Data.Quarter}");
    }
}
