using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Core.Statistics;

/// <summary>A response sent: the request and the UK date its ResponseSent clock event records.</summary>
public sealed class SentResponse
{
    public FoiRequest Request { get; init; } = null!;

    public DateOnly RespondedOn { get; init; }
}

/// <summary>
/// Reads the <see cref="StatisticsFacts"/> for a period and regime as grouped SQL through EF (each query returns counts
/// per group, never whole cases), and computes the figures with <see cref="StatisticsCalculator"/>. The one place the
/// statistics read the case records; the requests-behind download uses the same filters (<see cref="Responses"/>).
/// </summary>
public static class StatisticsQuery
{
    private static readonly RequestStatus[] ClosedWithoutResponse = [RequestStatus.Withdrawn, RequestStatus.Lapsed];
    private static readonly string[] ClosedWithoutResponseKinds = [nameof(RequestStatus.Withdrawn), nameof(RequestStatus.Lapsed)];
    private static readonly RequestStatus[] Open = [.. FoiRequest.OpenStatuses];
    private static readonly CostOutcome[] CostRefusals = [CostOutcome.RefuseSection12, CostOutcome.RefuseSection12Two];

    public static async Task<StatisticsFigures> FiguresAsync(
        FoiDbContext db, ICalendarSource calendars, StatisticsPeriod period, Regime? regime, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        var facts = await FactsAsync(db, period, regime, today, await CalendarsAsync(calendars, cancellationToken), cancellationToken);
        var uk = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
        var scotland = await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken);
        return StatisticsCalculator.Compute(period, regime, facts, r => r == Regime.Foisa ? scotland : uk);
    }

    /// <summary>Requests handled under <paramref name="regime"/> (all when null).</summary>
    public static IQueryable<FoiRequest> Requests(FoiDbContext db, Regime? regime)
    {
        ArgumentNullException.ThrowIfNull(db);
        var requests = db.Requests.AsNoTracking();
        return regime is { } only ? requests.Where(r => r.Regime == only) : requests;
    }

    /// <summary>Responses sent in the period: the request joined to its ResponseSent clock event (there is at most one).</summary>
    public static IQueryable<SentResponse> Responses(FoiDbContext db, StatisticsPeriod period, Regime? regime)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (first, last) = (period.From, period.To);
        return from r in Requests(db, regime)
               join e in db.Set<RequestClockEvent>() on r.Id equals EF.Property<int>(e, "RequestId")
               where e.Kind == ClockEventKind.ResponseSent && e.On >= first && e.On <= last
               select new SentResponse { Request = r, RespondedOn = e.On };
    }

    /// <summary>Requests withdrawn or closed as lapsed in the period, by the UK date of the closing event.</summary>
    public static IQueryable<FoiRequest> ClosedWithoutResponseIn(FoiDbContext db, StatisticsPeriod period, Regime? regime)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (fromUtc, toUtc) = period.UtcBounds();
        // From the few closing events in the period (a range of IX_RequestEvents_Kind_AtUtc) to their requests, rather
        // than probing every withdrawn or lapsed request's events (bench/README.md, statistics).
        var closing = db.Set<RequestEvent>()
            .Where(e => ClosedWithoutResponseKinds.Contains(e.Kind) && e.AtUtc >= fromUtc && e.AtUtc < toUtc)
            .Select(e => EF.Property<int>(e, "RequestId"));
        return Requests(db, regime).Where(r => ClosedWithoutResponse.Contains(r.Status) && closing.Contains(r.Id));
    }

    private static async Task<Func<Regime, WorkingDayCalendar>> CalendarsAsync(ICalendarSource calendars, CancellationToken cancellationToken)
    {
        var uk = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
        var scotland = await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken);
        return r => r == Regime.Foisa ? scotland : uk;
    }

    public static async Task<StatisticsFacts> FactsAsync(
        FoiDbContext db, StatisticsPeriod period, Regime? regime, DateOnly today, Func<Regime, WorkingDayCalendar> calendars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendars);
        var (from, to) = (period.From, period.To);
        var receivedInPeriod = Requests(db, regime).Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to);

        var received = (await receivedInPeriod
            .GroupBy(r => new { r.Regime, r.Channel, r.AssignedOfficer, r.ReceivedOn })
            .Select(g => new { g.Key.Regime, g.Key.Channel, g.Key.AssignedOfficer, g.Key.ReceivedOn, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(g => new ReceivedFact(g.Regime, g.Channel, g.AssignedOfficer, g.ReceivedOn, g.Count)).ToList();

        var clockEvents = db.Set<RequestClockEvent>();
        var responses = (await Responses(db, period, regime)
            .Select(s => new
            {
                s.Request.Regime,
                s.Request.Channel,
                s.Request.AssignedOfficer,
                s.RespondedOn,
                s.Request.DueOn,
                s.Request.WorkingToOn,
                LateBefore = s.Request.LateOnOriginalDueOn != null,
                // EIR reg 7(1), dropped again by a later clarification (reg 9(4)), as FoiRequest.TimeLimitWorkingDays reads it.
                EirExtended = clockEvents.Any(e => EF.Property<int>(e, "RequestId") == s.Request.Id && e.Kind == ClockEventKind.EirExtension
                    && !clockEvents.Any(c => EF.Property<int>(c, "RequestId") == s.Request.Id && c.Kind == ClockEventKind.ClarificationReceived && c.Id > e.Id)),
            })
            .GroupBy(x => new { x.Regime, x.Channel, x.AssignedOfficer, x.RespondedOn, x.DueOn, x.WorkingToOn, x.LateBefore, x.EirExtended })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(g => new ResponseFact(g.Key.Regime, g.Key.Channel, g.Key.AssignedOfficer, g.Key.RespondedOn, g.Key.DueOn, g.Key.WorkingToOn, g.Key.LateBefore, g.Key.EirExtended, g.Count))
            .ToList();

        var outcomes = (await OutcomeFlagsOf(db, Responses(db, period, regime).Select(s => s.Request.Id))
            .GroupBy(f => new { f.Disclosed, f.PartlyDisclosed, f.Withheld, f.Ncnd, f.NotHeld, f.Cost, f.Vexatious })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(g => new OutcomeFact(new OutcomeFlags(g.Key.Disclosed, g.Key.PartlyDisclosed, g.Key.Withheld, g.Key.Ncnd, g.Key.NotHeld, g.Key.Cost, g.Key.Vexatious), g.Count))
            .ToList();

        var stillOpen = await receivedInPeriod.CountAsync(r => Open.Contains(r.Status), cancellationToken);
        var window = DeadlineWindow.On(today, calendars(Regime.Foia), calendars(Regime.Foisa));
        var overdue = await receivedInPeriod.Where(window.Overdue).CountAsync(cancellationToken);
        var withdrawnOrLapsed = await ClosedWithoutResponseIn(db, period, regime).CountAsync(cancellationToken);

        var respondedIds = Responses(db, period, regime).Select(s => s.Request.Id);
        var citations = from d in db.ExemptionDecisions.AsNoTracking()
                        where respondedIds.Contains(d.FoiRequestId)
                        join c in db.Set<ExemptionCitation>() on d.Id equals EF.Property<int>(c, "ExemptionDecisionId")
                        select new { c.ExemptionKey, d.FoiRequestId };
        var exemptions = (await citations
            .Distinct()
            .GroupBy(x => x.ExemptionKey)
            .Select(g => new { Provision = g.Key, Requests = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(g => new ExemptionFact(g.Provision, g.Requests)).ToList();

        var extensions = (await clockEvents
            .Where(e => e.Kind == ClockEventKind.PublicInterestExtension && respondedIds.Contains(EF.Property<int>(e, "RequestId")))
            .GroupBy(e => EF.Property<int>(e, "RequestId"))
            .Select(g => new { Extra = g.Sum(e => e.ExtraWorkingDays ?? 0) })
            .GroupBy(x => x.Extra)
            .Select(g => new { Extra = g.Key, Requests = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(g => new ExtensionFact(g.Extra, g.Requests)).ToList();

        var (reviewsReceived, reviewsCompleted) = await ReviewsAsync(db, period, regime, cancellationToken);
        var complaints = db.RegulatorComplaints.AsNoTracking().Where(c => regime == null || c.Regime == regime);
        var complaintsReceived = await complaints.CountAsync(c => c.ToldOn >= from && c.ToldOn <= to, cancellationToken);
        var notices = (await complaints
            .Where(c => c.Notice != null && c.Notice.NoticeOn >= from && c.Notice.NoticeOn <= to)
            .GroupBy(c => c.Notice!.Outcome)
            .Select(g => new { Outcome = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .OrderBy(g => g.Outcome).Select(g => new NoticeCount(g.Outcome, g.Count)).ToList();

        return new StatisticsFacts(received, responses, outcomes, stillOpen, overdue, withdrawnOrLapsed, exemptions, extensions, reviewsReceived, reviewsCompleted, complaintsReceived, notices);
    }

    /// <summary>Per request: which question outcomes its decisions record, and whether its latest cost decision refused.</summary>
    public static IQueryable<RequestOutcomeFlags> OutcomeFlagsOf(FoiDbContext db, IQueryable<int> requestIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        var decisions = db.ExemptionDecisions;
        var costs = db.CostDecisions;
        return requestIds.Select(id => new RequestOutcomeFlags
        {
            RequestId = id,
            Disclosed = decisions.Any(d => d.FoiRequestId == id && d.Outcome == QuestionOutcome.Disclosed),
            PartlyDisclosed = decisions.Any(d => d.FoiRequestId == id && d.Outcome == QuestionOutcome.PartlyDisclosed),
            Withheld = decisions.Any(d => d.FoiRequestId == id && d.Outcome == QuestionOutcome.Withheld),
            Ncnd = decisions.Any(d => d.FoiRequestId == id && d.Outcome == QuestionOutcome.NeitherConfirmNorDeny),
            NotHeld = decisions.Any(d => d.FoiRequestId == id && d.Outcome == QuestionOutcome.NotHeld),
            // FOIA s.12: the latest cost decision (as the case and the disclosure log read it), or a question refused on cost.
            Cost = decisions.Any(d => d.FoiRequestId == id && d.Outcome == QuestionOutcome.CostLimitExceeded)
                || costs.Any(c => c.FoiRequestId == id && CostRefusals.Contains(c.Outcome) && !costs.Any(later => later.FoiRequestId == id && later.Id > c.Id)),
            Vexatious = decisions.Any(d => d.FoiRequestId == id && (d.Outcome == QuestionOutcome.Vexatious || d.Outcome == QuestionOutcome.Repeated)),
        });
    }

    private static async Task<(int Received, List<ReviewFact> Completed)> ReviewsAsync(FoiDbContext db, StatisticsPeriod period, Regime? regime, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        var reviews = db.InternalReviews.AsNoTracking().Where(r => regime == null || r.Regime == regime);
        // A second request for review of the same response is linked to the first and answered with it: counted once.
        var received = await reviews.CountAsync(r => r.Status != ReviewStatus.Linked && r.ReceivedOn >= from && r.ReceivedOn <= to, cancellationToken);
        var completed = (await reviews
            .Where(r => r.Status == ReviewStatus.Closed && r.RespondedOn >= from && r.RespondedOn <= to)
            .Select(r => new
            {
                r.Regime,
                r.ReceivedOn,
                RespondedOn = r.RespondedOn!.Value,
                Upheld = r.Questions.Any(q => q.Finding == ReviewFinding.Upheld),
                Partly = r.Questions.Any(q => q.Finding == ReviewFinding.PartlyUpheld),
                Overturned = r.Questions.Any(q => q.Finding == ReviewFinding.Overturned),
            })
            .GroupBy(x => new { x.Regime, x.ReceivedOn, x.RespondedOn, x.Upheld, x.Partly, x.Overturned })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(g => new ReviewFact(g.Key.Regime, g.Key.ReceivedOn, g.Key.RespondedOn, g.Key.Upheld, g.Key.Partly, g.Key.Overturned, g.Count))
            .ToList();
        return (received, completed);
    }
}

/// <summary>One request's decision flags, as SQL projects them (see <see cref="StatisticsQuery.OutcomeFlagsOf"/>).</summary>
public sealed class RequestOutcomeFlags
{
    public int RequestId { get; init; }

    public bool Disclosed { get; init; }

    public bool PartlyDisclosed { get; init; }

    public bool Withheld { get; init; }

    public bool Ncnd { get; init; }

    public bool NotHeld { get; init; }

    public bool Cost { get; init; }

    public bool Vexatious { get; init; }

    public OutcomeFlags ToFlags() => new(Disclosed, PartlyDisclosed, Withheld, Ncnd, NotHeld, Cost, Vexatious);
}
