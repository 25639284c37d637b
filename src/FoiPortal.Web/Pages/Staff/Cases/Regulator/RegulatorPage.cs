using FoiPortal.Core.Data;
using FoiPortal.Core.Regulator;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>
/// A case's complaints to the regulator, as the case page and the regulator pages show them: each complaint, its
/// decision notice, and its deadlines with their status today (<see cref="DeadlineStatus"/>, on calendar dates).
/// With a complaint id, null unless that complaint is the case's (the page then answers 404).
/// </summary>
public static class RegulatorPage
{
    public sealed record Query(int Id, int? ComplaintId = null) : IQuery<Model?>;

    public sealed record Deadline(
        int Id, RegulatorDeadlineKind Kind, string Label, DateOnly DueOn, string Description, RegulatorDeadlineState State, DeadlineState Status, DateOnly? DoneOn, string? DoneNote, string? DoneBy);

    public sealed record Notice(DecisionOutcome Outcome, string Reference, DateOnly NoticeOn, string? StepsOrdered, int? StepsPeriodDays, bool Served);

    /// <param name="Next">The soonest deadline still to come; null when none.</param>
    /// <param name="WhyNotStepsTaken">Why "steps taken" cannot be recorded; null when it can.</param>
    public sealed record Complaint(
        int Id,
        Core.Regulator.Regulator Regulator,
        Regime Regime,
        string CaseReference,
        DateOnly ToldOn,
        ComplaintStage Stage,
        Notice? Notice,
        IReadOnlyList<Deadline> Deadlines,
        Deadline? Next,
        string? WhyNotStepsTaken,
        bool IsOpen)
    {
        public string RegulatorName => Regulator.Name();

        public string AppealBody => RegulatorRules.AppealBody(Regime);

        public string AppealCitation => RegulatorRules.AppealCitation(Regime);

        public int AppealDays => RegulatorRules.AppealDays(Regime);
    }

    /// <param name="Complaint">The complaint named in the route, if any.</param>
    /// <param name="WhyNotRecordable">Why a new complaint cannot be recorded; null when it can.</param>
    public sealed record Model(
        CaseHeader Header,
        IReadOnlyList<Complaint> Complaints,
        Complaint? Complaint,
        string? WhyNotRecordable,
        DateOnly Today,
        IReadOnlyDictionary<string, CaseWorker> Staff) : CasePage(Header)
    {
        public Core.Regulator.Regulator Regulator => RegulatorRules.RegulatorFor(Regime);

        public CaseWorker StaffName(string userName) => Staff.TryGetValue(userName, out var name) ? name : CaseWorker.Unknown(userName);
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, ICalendarSource calendars) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await CaseHeader.LoadAsync(db, query.Id, cancellationToken) is not { } header)
            {
                return null;
            }

            var complaints = await db.RegulatorComplaints.AsNoTracking().Include(c => c.Deadlines)
                .Where(c => c.FoiRequestId == query.Id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
            if (query.ComplaintId is { } complaintId && !complaints.Exists(c => c.Id == complaintId))
            {
                return null;
            }

            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var calendar = await calendars.ForRegimeAsync(header.Regime, cancellationToken);
            var views = complaints.Select(c => View(c, today, calendar)).ToList();
            var staff = await CaseWorkers.NamesAsync(db, complaints.SelectMany(c => c.Deadlines.Select(d => d.DoneBy)), cancellationToken);
            return new Model(
                header,
                views,
                views.Find(c => c.Id == query.ComplaintId),
                RegulatorComplaint.WhyNotRecordable(header.Status, complaints),
                today,
                staff);
        }

        private static Complaint View(RegulatorComplaint c, DateOnly today, WorkingDayCalendar calendar)
        {
            Deadline Row(RegulatorDeadline d) =>
                new(d.Id, d.Kind, d.Label, d.DueOn, d.Description, d.State, d.StateOn(today, calendar), d.DoneOn, d.DoneNote, d.DoneBy);
            var notice = c.Notice is { } n
                ? new Notice(n.Outcome, n.Reference, n.NoticeOn, n.StepsOrdered, n.StepsPeriodDays, DecisionNotice.IsServed(n.Outcome))
                : null;
            return new Complaint(
                c.Id,
                c.Regulator,
                c.Regime,
                c.CaseReference,
                c.ToldOn,
                c.Stage,
                notice,
                [.. c.Deadlines.OrderBy(d => d.DueOn).ThenBy(d => d.Kind).Select(Row)],
                c.NextDeadline(today) is { } next ? Row(next) : null,
                c.WhyNotStepsTakenRecordable,
                c.IsOpenOn(today));
        }
    }
}

/// <summary>
/// The regulator pages' skeleton: the case and, from the route, the complaint (404 when either is missing or the
/// complaint is another case's). Any member of staff may record regulator work (no role attribute: officers and
/// managers alike, as the rest of the case work); who acts comes from the pipeline.
/// </summary>
public abstract class RegulatorPageModel(IMediator mediator) : CasePageModel<RegulatorPage.Model>(mediator)
{
    public RegulatorPage.Complaint Complaint => Case.Complaint!;

    /// <summary>Shows the page with a new form: the form gets the case version it is shown with (never on a post).</summary>
    protected async Task<IActionResult> ShowFormAsync(int id, CaseCommand form, Func<IActionResult?>? check = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        if ((await LoadAsync(id) ?? check?.Invoke()) is { } notFound)
        {
            return notFound;
        }

        form.Version = Case.Version;
        return Page();
    }

    protected override IQuery<RegulatorPage.Model?> QueryFor(int id) =>
        new RegulatorPage.Query(id, RouteData.Values.TryGetValue("complaintId", out var value) && int.TryParse(value?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var complaintId) ? complaintId : null);
}

/// <summary>The case page's "Complaints to the regulator" section (_Regulator.cshtml).</summary>
public sealed class RegulatorViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int requestId) =>
        View("/Pages/Staff/Cases/Regulator/_Regulator.cshtml", await mediator.Send(new RegulatorPage.Query(requestId), HttpContext.RequestAborted));
}
