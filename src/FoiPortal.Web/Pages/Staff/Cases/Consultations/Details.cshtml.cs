using FoiPortal.Web.Infrastructure.Mail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>One consultation task: what was asked, of whom, its state, the answer and files; withdraw it or resend its link.</summary>
public sealed class DetailsModel(IMediator mediator, OutboxSignal outbox) : PageModel
{
    public CaseConsultations.Model Case { get; private set; } = null!;

    public CaseConsultations.Task Item => Case.Tasks[0];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int taskId) => await LoadAsync(id, taskId) ?? Page();

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int taskId)
    {
        if (await LoadAsync(id, taskId) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new WithdrawConsultation.Command { RequestId = id, TaskId = taskId });
        Notice = "Task withdrawn: its link no longer works.";
        return Redirect($"/staff/cases/{id}/consultations/{taskId}");
    }

    public async Task<IActionResult> OnPostResendAsync(int id, int taskId)
    {
        if (await LoadAsync(id, taskId) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new ResendConsultationLink.Command { RequestId = id, TaskId = taskId });
        outbox.Notify();
        Notice = "A new link was sent. The link in earlier emails no longer works.";
        return Redirect($"/staff/cases/{id}/consultations/{taskId}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int taskId)
    {
        if (await mediator.Send(new CaseConsultations.Query(id, taskId)) is not { Tasks.Count: 1 } found)
        {
            return NotFound();
        }

        Case = found;
        return null;
    }
}
