using FoiPortal.Core.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.SignOff;

/// <summary>
/// One review page for both parts a manager signs off: a cost decision (<c>/staff/sign-off/cost/{decisionId}</c>, also
/// <c>/staff/sign-off/{decisionId}</c>) or a case's exemption decisions (<c>/staff/sign-off/exemptions/{requestId}</c>).
/// The form posts the case's version: the manager signs off what they saw.
/// </summary>
public sealed class ReviewModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ReviewSignOff.Command Data { get; set; } = new();

    public ReviewSignOffPage.Model Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? part)
    {
        if (await LoadAsync(id, part) is { } notFound)
        {
            return notFound;
        }

        Data.Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? part)
    {
        if (await LoadAsync(id, part) is { } notFound)
        {
            return notFound;
        }

        (Data.Part, Data.RequestId) = (Item.Part, Item.RequestId);
        await mediator.Send(Data);
        TempData["Notice"] = $"{Item.Reference}: {Item.PartName.ToLowerInvariant()} {(Data.Decision == ReviewSignOff.Approve ? "approved" : "returned to the officer")}.";
        return Redirect("/staff/sign-off");
    }

    private async Task<IActionResult?> LoadAsync(int id, string? part)
    {
        if (ReviewSignOffPage.ParsePart(part) is not { } signOffPart
            || await mediator.Send(new ReviewSignOffPage.Query(signOffPart, id)) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return null;
    }
}
