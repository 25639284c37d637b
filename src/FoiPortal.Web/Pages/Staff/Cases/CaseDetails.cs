using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>One request as an officer sees it: the clock and its deadline status, the requester, the questions, the timeline.</summary>
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
        DeadlineStatus Deadline,
        string? AssignedOfficer,
        string RequesterName,
        string RequesterEmail,
        string? RequesterPostalAddress,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<Event> Events,
        Guid Version,
        Clock ClockState,
        IReadOnlyList<Decision> Decisions,
        IReadOnlyDictionary<string, CaseWorker> Staff)
    {
        /// <summary>Past the date worked to while the clock runs (<see cref="DeadlineStatus"/>).</summary>
        public bool Overdue => Deadline.State == DeadlineState.Overdue;

        /// <summary>A member of staff named by a stored user name, as pages show them.</summary>
        public CaseWorker StaffName(string userName) => Staff.TryGetValue(userName, out var name) ? name : CaseWorker.Unknown(userName);
    }

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
            var catalogue = await catalogues.GetAsync(cancellationToken);
            var recordedDecisions = await ExemptionDecisions.ForRequestAsync(db, r.Id, cancellationToken);
            var clock = new Clock(
                reading,
                limit,
                stop?.Kind,
                stop?.On,
                stop?.Kind.Citation(r.Regime),
                ClockActions.Available(r.Status, r.Regime, reading, limit, today, ClockActions.QualifiedExemptionEngaged(recordedDecisions, catalogue)),
                r.ClockEvents);

            var decisions = recordedDecisions
                .Select(d => new Decision(d.QuestionNumber, ExemptionDecisions.Summary(d, catalogue), d.SignOff.State))
                .ToList();
            var staff = await CaseWorkers.NamesAsync(
                db, [r.AssignedOfficer, .. r.Events.Select(e => e.Actor), .. r.ClockEvents.Select(e => e.RecordedBy)], cancellationToken);
            return new Model(
                r.Id, r.Reference, r.Title, r.Status, r.Regime, r.Channel, r.PreferredFormat, r.ReceivedAtUtc, r.ReceivedOn, r.DueOn,
                DeadlineStatus.Read(r.Status, reading, calendar, today), r.AssignedOfficer, r.Name, r.Email, r.PostalAddress,
                r.Questions, r.Events, r.Version, clock, decisions, staff);
        }
    }
}
