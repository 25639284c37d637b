using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>One request as an officer sees it: the clock, the requester, the questions and the timeline.</summary>
public sealed class CaseModel(IMediator mediator) : PageModel
{
    public CaseDetails.Model Case { get; private set; } = null!;

    /// <summary>Requests aggregated with this one for the cost limit, and how many more could be (SI 2004/3244 reg 5).</summary>
    public Costs.AggregationSummary.Model? Aggregation { get; private set; }

    /// <summary>Whether a disclosure log entry can be prepared from the case, or the one already prepared.</summary>
    public DisclosureLog.CaseDisclosureLink.Model DisclosureLog { get; private set; } = new(false, null);

    /// <summary>Legal hold, removal of personal data or the purge date (issue 19).</summary>
    public Retention.CaseRetentionPanel.Model? Retention { get; private set; }

    /// <summary>When the requester was sent the acknowledgement (automatically, or by an officer's letter); null if never.</summary>
    public DateTime? AcknowledgedAtUtc { get; private set; }

    /// <summary>Set after a clock action or logging a request: shown in a success banner.</summary>
    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new CaseDetails.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        Aggregation = await mediator.Send(new Costs.AggregationSummary.Query(id));
        DisclosureLog = await mediator.Send(new DisclosureLog.CaseDisclosureLink.Query(id));
        Retention = await mediator.Send(new Retention.CaseRetentionPanel.Query(id));
        AcknowledgedAtUtc = await mediator.Send(new Letters.CaseLetters.AcknowledgedQuery(id));
        return Page();
    }

    /// <summary>FOIA s.1(3), s.9(2): close a request whose clarification or fee never came.</summary>
    public async Task<IActionResult> OnPostLapseAsync(int id, Guid version)
    {
        // Loaded first, so that a refusal re-renders this page with its error summary.
        if (await mediator.Send(new CaseDetails.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        await mediator.Send(new CloseAsLapsed.Command { RequestId = id, Version = version });
        Notice = "The request was closed as lapsed.";
        return RedirectToPage(new { id });
    }
}
