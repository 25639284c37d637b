using System.Globalization;
using FoiPortal.Core.Letters;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Clock;

/// <summary>
/// One clock action on a case (seek clarification, record it received, fees notice, payment, extensions): when it
/// happened, and the reason and extra days where the law asks for them. The form carries the case's version, so a
/// case changed by someone else since the page was loaded is refused rather than overwritten.
/// </summary>
public sealed class RecordModel(IMediator mediator, Infrastructure.Mail.OutboxSignal outbox, TimeProvider time) : PageModel
{
    [BindProperty]
    public RecordClockAction.Command Data { get; set; } = new();

    public RecordClockAction.Form Form { get; private set; } = null!;

    public ClockActionText.Action Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string kind)
    {
        if (await LoadAsync(id, kind) is { } notFound)
        {
            return notFound;
        }

        Data = new RecordClockAction.Command
        {
            Version = Form.Version,
            On = DateInput.From(UkTime.Today(time)),
            ExtraWorkingDays = FoiRequest.PublicInterestMaxExtraWorkingDays.ToString(CultureInfo.InvariantCulture),
        };
        Data.Letter = Letter?.Letter;
        return Page();
    }

    /// <summary>The letter to the requester this action sends (issue 16), if any.</summary>
    public Letters.CaseLetters.Draft? Letter { get; private set; }

    public async Task<IActionResult> OnPostAsync(int id, string kind)
    {
        // Loaded first so the page can be shown again with its errors if the action is refused.
        if (await LoadAsync(id, kind) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        Data.Kind = Action.Kind;
        await mediator.Send(Data);
        outbox.Notify();
        TempData["Notice"] = $"{Action.Kind.Describe()}: recorded.";
        return Redirect($"/staff/cases/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, string kind)
    {
        if (ClockActionText.FromSlug(kind) is not { } action || await mediator.Send(new RecordClockAction.FormQuery(id)) is not { } form)
        {
            return NotFound();
        }

        Action = ClockActionText.ForRegime(action, form.Regime);
        Form = form;
        Letter = CaseLetter.ForClockAction(action.Kind) is { } letter ? await mediator.Send(new Letters.CaseLetters.DraftQuery(id, letter)) : null;
        return null;
    }
}
