using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Core.Statistics;

/// <summary>One request behind the figures, as SQL projects it: dates, status and decision flags; no requester data.</summary>
public sealed class RequestBehindRow
{
    public string Reference { get; init; } = string.Empty;

    public Regime Regime { get; init; }

    public Channel Channel { get; init; }

    public RequestStatus Status { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public DateOnly DueOn { get; init; }

    public DateOnly WorkingToOn { get; init; }

    public DateOnly? RespondedOn { get; init; }

    public bool LateBeforeClarification { get; init; }

    public bool EirExtended { get; init; }

    public bool ClosedWithoutResponseInPeriod { get; init; }

    public RequestOutcomeFlags Flags { get; init; } = new();
}

/// <summary>The requests behind a period's figures, for checking any number: the same filters as <see cref="StatisticsQuery"/>.</summary>
public static class RequestsBehind
{
    public static readonly string[] Header =
        ["reference", "regime", "channel", "status", "receivedOn", "dueOn", "workingToOn", "respondedOn", "countedAs", "timeliness", "workingDays", "outcome"];

    /// <summary>Every request received, responded to, withdrawn or lapsed in the period, oldest first.</summary>
    public static IQueryable<RequestBehindRow> Query(FoiDbContext db, StatisticsPeriod period, Regime? regime)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var (first, last) = (period.From, period.To);
        var events = db.Set<RequestClockEvent>();
        var closedIds = StatisticsQuery.ClosedWithoutResponseIn(db, period, regime).Select(r => r.Id);
        var respondedIds = StatisticsQuery.Responses(db, period, regime).Select(s => s.Request.Id);
        var requests = StatisticsQuery.Requests(db, regime)
            .Where(r => (r.ReceivedOn >= first && r.ReceivedOn <= last) || respondedIds.Contains(r.Id) || closedIds.Contains(r.Id));
        var flags = StatisticsQuery.OutcomeFlagsOf(db, requests.Select(r => r.Id));
        return from r in requests
               join f in flags on r.Id equals f.RequestId
               orderby r.ReceivedOn, r.Reference
               select new RequestBehindRow
               {
                   Reference = r.Reference,
                   Regime = r.Regime,
                   Channel = r.Channel,
                   Status = r.Status,
                   ReceivedOn = r.ReceivedOn,
                   DueOn = r.DueOn,
                   WorkingToOn = r.WorkingToOn,
                   RespondedOn = events.Where(e => EF.Property<int>(e, "RequestId") == r.Id && e.Kind == ClockEventKind.ResponseSent).Select(e => (DateOnly?)e.On).FirstOrDefault(),
                   LateBeforeClarification = r.LateOnOriginalDueOn != null,
                   EirExtended = events.Any(e => EF.Property<int>(e, "RequestId") == r.Id && e.Kind == ClockEventKind.EirExtension
                       && !events.Any(c => EF.Property<int>(c, "RequestId") == r.Id && c.Kind == ClockEventKind.ClarificationReceived && c.Id > e.Id)),
                   ClosedWithoutResponseInPeriod = closedIds.Contains(r.Id),
                   Flags = f,
               };
    }

    /// <summary>The CSV cells of one row: what it counts as in the period, its timeliness, working days and outcome category.</summary>
    public static string?[] Cells(RequestBehindRow row, StatisticsPeriod period, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(period);
        var counted = new List<string>(3);
        if (period.Contains(row.ReceivedOn))
        {
            counted.Add("received");
        }

        string? timeliness = null, days = null, outcome = null;
        if (row.RespondedOn is { } respondedOn && period.Contains(respondedOn))
        {
            counted.Add("responded");
            var taken = ResponseTiming.WorkingDaysTaken(respondedOn, row.DueOn, row.EirExtended, calendar);
            timeliness = ResponseTiming.Classify(respondedOn, row.DueOn, row.WorkingToOn, row.LateBeforeClarification, row.EirExtended, taken).Describe();
            days = taken.ToString(System.Globalization.CultureInfo.InvariantCulture);
            outcome = OutcomeRule.Classify(row.Flags.ToFlags()).Describe();
        }

        if (row.ClosedWithoutResponseInPeriod)
        {
            counted.Add("withdrawn or lapsed");
            outcome = OutcomeCategory.LapsedOrWithdrawn.Describe();
        }

        return
        [
            row.Reference, StatisticsCsv.RegimeName(row.Regime), row.Channel.ToString().ToLowerInvariant(), row.Status.Describe(),
            StatisticsCsv.Iso(row.ReceivedOn), StatisticsCsv.Iso(row.DueOn), StatisticsCsv.Iso(row.WorkingToOn),
            row.RespondedOn is { } on ? StatisticsCsv.Iso(on) : null, string.Join("; ", counted), timeliness, days, outcome,
        ];
    }
}
