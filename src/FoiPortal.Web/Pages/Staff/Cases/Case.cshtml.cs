using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>One request as an officer sees it: the clock, the requester, the questions and the timeline.</summary>
public sealed class CaseModel(IMediator mediator) : PageModel
{
    public CaseDetails.Model Case { get; private set; } = null!;

    /// <summary>Requests aggregated with this one for the cost limit, and how many more could be (SI 2004/3244 reg 5).</summary>
    public Costs.AggregationSummary.Model? Aggregation { get; private set; }

    /// <summary>Whether a disclosure log entry can be prepared from the case, or the one already prepared.</summary>
    public DisclosureLog.CaseDisclosureLink.Model DisclosureLog { get; private set; } = new(false, null);

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
        await mediator.Send(new CloseAsLapsed.Command(id, version, User.Identity?.Name ?? "unknown"));
        Notice = "The request was closed as lapsed.";
        return RedirectToPage(new { id });
    }
}

public static class CloseAsLapsed
{
    public sealed record Command(int RequestId, Guid Version, string Officer) : ICommand;

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.ClockEvents), command.RequestId, command.Version, cancellationToken);
            request.Lapse(command.Officer, time.GetUtcNow(), await calendars.ForRegimeAsync(request.Regime, cancellationToken));
            return Unit.Value;
        }
    }
}

public static class CaseDetails
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Question(int Number, string Text);

    public sealed record Event(DateTime AtUtc, string Description, string? Actor);

    /// <summary>One exemption decision in a line: "Neither confirm nor deny: section 23(5)" and its sign-off.</summary>
    public sealed record Decision(int QuestionNumber, string Summary, SignOffState SignOff);

    public sealed record ClockEventRow(ClockEventKind Kind, DateOnly On, int? ExtraWorkingDays, string? Reason, DateTime RecordedAtUtc, string? RecordedBy);

    /// <summary>The clock as read today. <paramref name="StoppedSince"/> is the day the clock stopped, while it is stopped.</summary>
    public sealed record Clock(
        ClockReading Reading,
        int TimeLimitWorkingDays,
        ClockEventKind? StoppedBy,
        DateOnly? StoppedSince,
        string? StopCitation,
        IReadOnlyList<ClockEventKind> Actions,
        IReadOnlyList<ClockEventRow> Events);

    public sealed record Model(
        int Id,
        string Reference,
        string Title,
        RequestStatus Status,
        Regime Regime,
        Channel Channel,
        PreferredFormat PreferredFormat,
        DateTime ReceivedAtUtc,
        DateOnly ReceivedOn,
        DateOnly DueOn,
        bool Overdue,
        string? AssignedOfficer,
        string RequesterName,
        string RequesterEmail,
        string? RequesterPostalAddress,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<Event> Events,
        Guid Version,
        Clock ClockState,
        IReadOnlyList<Decision> Decisions);

    public sealed class Handler(FoiDbContext db, TimeProvider time, ICalendarSource calendars, IExemptionCatalogueSource catalogues) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking()
                .Where(x => x.Id == query.Id)
                .Select(x => new
                {
                    x.Id,
                    x.Reference,
                    x.Title,
                    x.Status,
                    x.Regime,
                    x.Channel,
                    x.PreferredFormat,
                    x.ReceivedAtUtc,
                    x.ReceivedOn,
                    x.DueOn,
                    x.AssignedOfficer,
                    x.Requester.Name,
                    x.Requester.Email,
                    x.Requester.PostalAddress,
                    x.Version,
                    Questions = x.Questions.OrderBy(q => q.Number).Select(q => new Question(q.Number, q.Text)).ToList(),
                    Events = x.Events.OrderBy(e => e.Id).Select(e => new Event(e.AtUtc, e.Description, e.Actor)).ToList(),
                    ClockEvents = x.ClockEvents.OrderBy(e => e.Id)
                        .Select(e => new ClockEventRow(e.Kind, e.On, e.ExtraWorkingDays, e.Reason, e.RecordedAtUtc, e.RecordedBy)).ToList(),
                })
                .AsSplitQuery()
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var calendar = await calendars.ForRegimeAsync(r.Regime, cancellationToken);
            var recorded = r.ClockEvents.Select(e => new ClockEvent(e.Kind, e.On, e.ExtraWorkingDays, e.Reason)).ToList();
            var reading = FoiRequest.ReadClock(r.Regime, r.ReceivedOn, recorded, calendar, today);
            var limit = FoiRequest.TimeLimitWorkingDays(recorded);
            var stop = reading.Stopped
                ? r.ClockEvents.LastOrDefault(e => e.Kind is ClockEventKind.ClarificationSought or ClockEventKind.FeesNoticeIssued)
                : null;
            var clock = new Clock(
                reading,
                limit,
                stop?.Kind,
                stop?.On,
                stop?.Kind.Citation(r.Regime),
                ClockActions.Available(r.Status, r.Regime, reading, limit, today),
                r.ClockEvents);

            var catalogue = await catalogues.GetAsync(cancellationToken);
            var decisions = (await ExemptionDecisions.ForRequestAsync(db, r.Id, cancellationToken))
                .Select(d => new Decision(d.QuestionNumber, ExemptionDecisions.Summary(d, catalogue), d.SignOff.State))
                .ToList();
            var open = ClockActions.IsOpen(r.Status);
            return new Model(
                r.Id, r.Reference, r.Title, r.Status, r.Regime, r.Channel, r.PreferredFormat, r.ReceivedAtUtc, r.ReceivedOn, r.DueOn,
                open && reading.Overdue && !reading.Stopped, r.AssignedOfficer, r.Name, r.Email, r.PostalAddress, r.Questions, r.Events, r.Version, clock, decisions);
        }
    }
}
