using FoiPortal.Core.Letters;
using FoiPortal.Web.Infrastructure.Mail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Letters;

/// <summary><c>/staff/cases/{id}/letters/{letter}</c>: the letter from the regime's template, for the officer to edit and send.</summary>
public sealed class SendModel(IMediator mediator, OutboxSignal outbox) : PageModel
{
    [BindProperty]
    public SendCaseLetter.Command Data { get; set; } = new();

    public CaseLetters.Draft Draft { get; private set; } = null!;

    public CaseLetterKind Kind { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string letter)
    {
        if (await LoadAsync(id, letter) is { } notFound)
        {
            return notFound;
        }

        Data.Letter = Draft.Letter;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string letter)
    {
        if (await LoadAsync(id, letter) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        Data.Kind = Kind;
        await mediator.Send(Data);
        outbox.Notify();
        TempData["Notice"] = $"{SendCaseLetter.Heading(Kind)}: the letter is on its way.";
        return Redirect($"/staff/cases/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, string letter)
    {
        if (SendCaseLetter.FromSlug(letter) is not { } letterKind
            || await mediator.Send(new CaseLetters.DraftQuery(id, letterKind)) is not { } draft)
        {
            return NotFound();
        }

        Kind = letterKind;
        Draft = draft;
        return null;
    }
}
