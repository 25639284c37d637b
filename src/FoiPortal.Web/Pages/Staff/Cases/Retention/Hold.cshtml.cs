using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Retention;

/// <summary>Place or lift a legal hold (<see cref="LegalHold"/>); managers only.</summary>
public sealed class HoldModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public LegalHold.Place Data { get; set; } = new();

    public LegalHold.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new LegalHold.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Data = new LegalHold.Place { Id = id, Version = form.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await mediator.Send(new LegalHold.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Data.Id = id;
        await mediator.Send(Data);
        TempData["Notice"] = "Legal hold placed: this case will not be purged until the hold is lifted.";
        return Redirect($"/staff/cases/{id}");
    }

    public async Task<IActionResult> OnPostLiftAsync(int id, Guid version)
    {
        if (await mediator.Send(new LegalHold.Query(id)) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Data = new LegalHold.Place { Id = id, Version = form.Version };
        await mediator.Send(new LegalHold.Lift { Id = id, Version = version });
        TempData["Notice"] = "Legal hold lifted: the retention schedule applies to this case again.";
        return Redirect($"/staff/cases/{id}");
    }
}
