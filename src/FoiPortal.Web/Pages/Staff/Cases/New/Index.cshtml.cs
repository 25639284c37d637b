using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Pages.Staff;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases.New;

/// <summary>
/// Log a request that arrived by email or post, with when it really arrived (FOIA s.10(1) counts from then).
/// "Continue" checks the answers and shows the due date; "Log request" saves. All server-side, no JavaScript.
/// </summary>
public sealed class IndexModel(IMediator mediator, OutboxSignal outbox, TimeProvider time) : PageModel
{
    [BindProperty]
    public LogRequest.Command Data { get; set; } = new();

    /// <summary>Set once the answers are valid: the page shows them with the due date, ready to save.</summary>
    public LogRequest.Result? Preview { get; private set; }

    public static IReadOnlyList<Infrastructure.TagHelpers.RadioItem> ChannelOptions { get; } =
    [
        new(nameof(Channel.Email), "Email", "Sent to us by email rather than through this website."),
        new(nameof(Channel.Post), "Post", "A letter. Use the date it arrived, not the date on the letter."),
    ];

    public static IReadOnlyList<Infrastructure.TagHelpers.RadioItem> FormatOptions { get; } =
    [
        new(nameof(PreferredFormat.Email), PreferredFormat.Email.Describe()),
        new(nameof(PreferredFormat.PaperCopy), PreferredFormat.PaperCopy.Describe()),
        new(nameof(PreferredFormat.MachineReadable), PreferredFormat.MachineReadable.Describe()),
    ];

    /// <summary>The inbox email this request is being made from, if any (issue 16).</summary>
    public Inbox.MakeRequestFromEmail.Source? FromEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? email)
    {
        Data = new LogRequest.Command { ReceivedOn = DateInput.From(UkTime.Today(time)) };
        if (email is { } id)
        {
            (Data, FromEmail) = await mediator.Send(new Inbox.MakeRequestFromEmail.Query(id)) ?? (Data, null);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        Data.PreviewOnly = true;
        Preview = await mediator.Send(Data);
        return Page();
    }

    public IActionResult OnPostChange() => Page();

    public async Task<IActionResult> OnPostSaveAsync()
    {
        var result = await mediator.Send(Data);
        outbox.Notify();
        TempData["Notice"] = $"Request {result.Reference} logged. It is due on {UkDates.WithWeekday(result.DueOn)}.";
        return Redirect($"/staff/cases/{result.RequestId}");
    }
}
