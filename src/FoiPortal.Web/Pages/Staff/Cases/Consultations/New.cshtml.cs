using FoiPortal.Web.Infrastructure.Mail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>Ask a department, a colleague or a third party for information or their view (<see cref="SendConsultation"/>).</summary>
public sealed class NewModel(IMediator mediator, OutboxSignal outbox) : PageModel
{
    [BindProperty]
    public SendConsultation.Command Data { get; set; } = new();

    public ConsultationForm.Model Form { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        var taskId = await mediator.Send(Data);
        outbox.Notify();
        Notice = "Consultation task sent.";
        return Redirect($"/staff/cases/{id}/consultations/{taskId}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new ConsultationForm.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Form = found;
        return null;
    }
}
