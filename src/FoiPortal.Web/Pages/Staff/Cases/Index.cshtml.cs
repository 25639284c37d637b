using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>
/// The officers' work queue: views by what is due, filters, full-text search (<see cref="ICaseSearch"/>) and "Assign to me".
/// The list is <see cref="CaseList"/>, its tab counts <see cref="QueueCounts"/>, the row action <see cref="AssignToMe"/>.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const string AssignedNotice = "Assigned";

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "regime")]
    public string? Regime { get; set; }

    [BindProperty(SupportsGet = true, Name = "officer")]
    public string? Officer { get; set; }

    /// <summary>"consultation": only cases waiting on a consultation task (issue 18).</summary>
    [BindProperty(SupportsGet = true, Name = "waiting")]
    public string? Waiting { get; set; }

    /// <summary>
    /// "page" is read from the query string itself: to model binding, "page" is the Razor page's own route value
    /// ("/Staff/Cases/Index"), which made every list fail to bind and stay on page 1. Anything but a positive number is page 1.
    /// </summary>
    public int PageNumber =>
        int.TryParse(Request.Query["page"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>The "Assign to me" form of one row.</summary>
    [BindProperty]
    public AssignToMe.Command Data { get; set; } = new();

    public CaseList.Result Cases { get; private set; } = null!;

    public string? Notice { get; private set; }

    public async Task OnGetAsync()
    {
        Cases = await mediator.Send(ListQuery());
        Notice = TempData[AssignedNotice] as string;
    }

    public async Task<IActionResult> OnPostAssignToMeAsync()
    {
        // Loaded first so that a refusal (closed, or changed by someone else) re-renders the queue with the message.
        Cases = await mediator.Send(ListQuery());
        var reference = await mediator.Send(Data);
        TempData[AssignedNotice] = $"{reference} is now assigned to you";
        return Redirect(Cases.Link(Cases.View, Cases.Page));
    }

    private CaseList.Query ListQuery() => new(View, Search, Status, Regime, Officer, PageNumber, Waiting);
}

/// <summary>The work queue's views. Their URL names are in <see cref="CaseList.ViewNames"/>.</summary>
public enum QueueView
{
    Mine,
    Unassigned,
    Open,
    DueSoon,
    Overdue,
    All,

    /// <summary>Open complaints to the regulator, by next regulator deadline (Regulator/RegulatorQueue.cs).</summary>
    Regulator,
}
