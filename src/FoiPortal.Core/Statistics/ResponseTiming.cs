using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Statistics;

/// <summary>How a response sent stands against its time limit, as the central government statistics count it.</summary>
public enum Timeliness
{
    /// <summary>Within 20 working days (FOIA s.10(1), EIR reg 5(2), FOISA s.10(1)).</summary>
    OnTime,

    /// <summary>After 20 working days but within a permitted extension: FOIA s.10(3) public interest, EIR reg 7(1).</summary>
    WithinExtension,

    /// <summary>After the date allowed, or already late before clarification was sought (FOIA s.1(3) does not cure it).</summary>
    Late,
}

/// <summary>
/// A response's timeliness and working days taken, from the dates the case stores (docs/adr/009): <c>DueOn</c>, the
/// statutory due date (after clarification, fees and an EIR extension), and <c>WorkingToOn</c>, the public interest
/// target when the s.10(3) extension was notified in time (otherwise equal to <c>DueOn</c>). Both follow the one
/// <see cref="DeadlineStatus"/> rule: a response on or before the date worked to was not overdue.
/// </summary>
public static class ResponseTiming
{
    /// <param name="respondedOn">The UK date the response was sent.</param>
    /// <param name="dueOn">The statutory due date as stored.</param>
    /// <param name="workingToOn">The date worked to as stored (the public interest target, or <paramref name="dueOn"/>).</param>
    /// <param name="lateBeforeClarification">The original request was already late when clarification was sought (<c>LateOnOriginalDueOn</c>).</param>
    /// <param name="eirExtended">An EIR reg 7(1) extension to 40 working days was in force.</param>
    /// <param name="workingDaysTaken">From <see cref="WorkingDaysTaken"/>.</param>
    public static Timeliness Classify(DateOnly respondedOn, DateOnly dueOn, DateOnly workingToOn, bool lateBeforeClarification, bool eirExtended, int workingDaysTaken)
    {
        if (lateBeforeClarification)
        {
            return Timeliness.Late;
        }

        if (respondedOn <= dueOn)
        {
            // EIR reg 7(1): the due date is the 40th working day; beyond the 20th it is the extension that made it in time.
            return eirExtended && workingDaysTaken > StatutoryClock.StandardWorkingDays ? Timeliness.WithinExtension : Timeliness.OnTime;
        }

        // FOIA s.10(3) with the s.17(2) notice in time: the public interest target is the date worked to (DeadlineStatus).
        return respondedOn <= workingToOn ? Timeliness.WithinExtension : Timeliness.Late;
    }

    /// <summary>
    /// Working days taken, counted back from the stored due date, so that clarification (s.1(3)), a fees notice (s.10(2))
    /// and the regime's calendar count exactly as the clock counted them: the due date is the 20th working day (40th
    /// after an EIR extension), so a response n working days before it took 20 - n, and one n working days after it 20 + n.
    /// </summary>
    public static int WorkingDaysTaken(DateOnly respondedOn, DateOnly dueOn, bool eirExtended, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var limit = eirExtended ? StatutoryClock.EirExtendedWorkingDays : StatutoryClock.StandardWorkingDays;
        return Math.Max(0, limit - calendar.WorkingDaysBetween(respondedOn, dueOn));
    }

    public static string Describe(this Timeliness timeliness) => timeliness switch
    {
        Timeliness.OnTime => "On time",
        Timeliness.WithinExtension => "Within a permitted extension",
        _ => "Late",
    };
}

/// <summary>Nearest-rank percentiles over counted values: always a number of working days some request really took.</summary>
public static class Percentile
{
    /// <summary>The smallest value with at least <paramref name="percent"/>% of the items at or below it; null when there are none.</summary>
    public static int? NearestRank(IEnumerable<(int Value, int Count)> counted, int percent)
    {
        var ordered = counted.Where(c => c.Count > 0).OrderBy(c => c.Value).ToList();
        var total = ordered.Sum(c => c.Count);
        if (total == 0)
        {
            return null;
        }

        // Rank ceil(p/100 * n), in integers.
        var rank = (int)(((long)percent * total + 99) / 100);
        var seen = 0;
        foreach (var (value, count) in ordered)
        {
            seen += count;
            if (seen >= Math.Max(rank, 1))
            {
                return value;
            }
        }

        return ordered[^1].Value;
    }
}
