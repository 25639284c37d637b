using FoiPortal.Core.Regulator;
using Microsoft.AspNetCore.Mvc;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>Record that the submissions for one deadline were sent, and what was sent.</summary>
public sealed class SentModel(Mediator.IMediator mediator) : RegulatorPageModel(mediator)
{
    [BindProperty]
    public CompleteSubmission.Command Data { get; set; } = new();

    /// <summary>The submission deadline named in the route.</summary>
    public RegulatorPage.Deadline Deadline { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(int id, int deadlineId) => ShowFormAsync(id, Data, () => FindDeadline(deadlineId));

    public Task<IActionResult> OnPostAsync(int id, int complaintId, int deadlineId)
    {
        Data.DeadlineId = deadlineId;
        return SendAsync(id, Data.For(id, complaintId), "Submissions recorded as sent.", $"/staff/cases/{id}#regulator");
    }

    /// <summary>Finds the route's deadline on a post too, so a refusal re-renders the page with it.</summary>
    protected override void Loaded(RegulatorPage.Model page)
    {
        if (RouteData.Values.TryGetValue("deadlineId", out var value) && int.TryParse(value?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var deadlineId))
        {
            FindDeadline(deadlineId);
        }
    }

    /// <summary>Null when found; a 404 unless it is a submission deadline of the complaint.</summary>
    private NotFoundResult? FindDeadline(int deadlineId)
    {
        if (Complaint.Deadlines.FirstOrDefault(d => d.Id == deadlineId && d.Kind == RegulatorDeadlineKind.Submission) is not { } deadline)
        {
            return NotFound();
        }

        Deadline = deadline;
        return null;
    }
}
