using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Statistics;

/// <summary>
/// The figures from the grouped facts: pure, so every figure is table-tested without a database. The only place the
/// statistics' rules are applied (timeliness, outcome category, review outcome, percentiles, ICO bands).
/// </summary>
public static class StatisticsCalculator
{
    /// <summary>The name used for responses whose request has no assigned officer.</summary>
    public const string Unassigned = "Unassigned";

    public static StatisticsFigures Compute(StatisticsPeriod period, Regime? regime, StatisticsFacts facts, Func<Regime, WorkingDayCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(calendars);

        var responses = facts.Responses.Select(f =>
        {
            var days = ResponseTiming.WorkingDaysTaken(f.RespondedOn, f.DueOn, f.EirExtended, calendars(f.Regime));
            return (Fact: f, Days: days, Timeliness: ResponseTiming.Classify(f.RespondedOn, f.DueOn, f.WorkingToOn, f.LateBeforeClarification, f.EirExtended, days));
        }).ToList();

        int Count(Timeliness t) => responses.Where(r => r.Timeliness == t).Sum(r => r.Fact.Count);
        var responded = responses.Sum(r => r.Fact.Count);
        var (onTime, extended, late) = (Count(Timeliness.OnTime), Count(Timeliness.WithinExtension), Count(Timeliness.Late));
        var days = responses.GroupBy(r => r.Days).Select(g => (g.Key, g.Sum(r => r.Fact.Count))).ToList();
        var timeliness = new TimelinessFigures(
            onTime,
            extended,
            late,
            IcoTimeliness.Percent(onTime, responded),
            IcoTimeliness.Percent(onTime + extended, responded),
            IcoTimeliness.Band(onTime, responded),
            Percentile.NearestRank(days, 50),
            Percentile.NearestRank(days, 90));

        var volume = new VolumeFigures(facts.Received.Sum(r => r.Count), responded, facts.StillOpen, facts.Overdue, facts.WithdrawnOrLapsed);

        var categories = facts.Outcomes.GroupBy(o => OutcomeRule.Classify(o.Flags)).ToDictionary(g => g.Key, g => g.Sum(o => o.Count));
        categories[OutcomeCategory.LapsedOrWithdrawn] = facts.WithdrawnOrLapsed;
        var outcomes = OutcomeRule.All.Select(c => new CategoryCount(c, categories.GetValueOrDefault(c))).ToList();

        var exemptions = facts.Exemptions.Where(e => e.Requests > 0)
            .OrderByDescending(e => e.Requests).ThenBy(e => e.Provision, StringComparer.Ordinal)
            .Select(e => new ProvisionCount(e.Provision, e.Requests)).ToList();
        var extensionDays = facts.Extensions.Select(e => (e.ExtraWorkingDays, e.Requests)).ToList();
        var extensions = new ExtensionFigures(
            facts.Extensions.Sum(e => e.Requests),
            Percentile.NearestRank(extensionDays, 50),
            facts.Extensions.Where(e => e.Requests > 0).Select(e => (int?)e.ExtraWorkingDays).Max());

        var months = period.Months.Select(month =>
        {
            bool InMonth(DateOnly d) => d.Year == month.Year && d.Month == month.Month;
            var inMonth = responses.Where(r => InMonth(r.Fact.RespondedOn)).ToList();
            return new MonthFigures(
                month,
                facts.Received.Where(r => InMonth(r.ReceivedOn)).Sum(r => r.Count),
                inMonth.Sum(r => r.Fact.Count),
                inMonth.Where(r => r.Timeliness == Timeliness.OnTime).Sum(r => r.Fact.Count),
                inMonth.Where(r => r.Timeliness == Timeliness.WithinExtension).Sum(r => r.Fact.Count),
                inMonth.Where(r => r.Timeliness == Timeliness.Late).Sum(r => r.Fact.Count));
        }).ToList();

        List<GroupFigures> By<TKey>(Func<ReceivedFact, TKey> receivedKey, Func<ResponseFact, TKey> responseKey, Func<TKey, string> name)
            where TKey : notnull =>
            facts.Received.Select(receivedKey).Concat(responses.Select(r => responseKey(r.Fact))).Distinct()
                .Select(key =>
                {
                    var mine = responses.Where(r => EqualityComparer<TKey>.Default.Equals(responseKey(r.Fact), key)).ToList();
                    return new GroupFigures(
                        name(key),
                        facts.Received.Where(r => EqualityComparer<TKey>.Default.Equals(receivedKey(r), key)).Sum(r => r.Count),
                        mine.Sum(r => r.Fact.Count),
                        mine.Where(r => r.Timeliness == Timeliness.OnTime).Sum(r => r.Fact.Count),
                        mine.Where(r => r.Timeliness == Timeliness.WithinExtension).Sum(r => r.Fact.Count),
                        mine.Where(r => r.Timeliness == Timeliness.Late).Sum(r => r.Fact.Count));
                })
                .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ToList();

        var byOfficer = By(r => r.Officer ?? Unassigned, r => r.Officer ?? Unassigned, n => n);
        var byChannel = By(r => r.Channel, r => r.Channel, c => c.ToString());

        return new StatisticsFigures(
            period, regime, volume, timeliness, outcomes, exemptions, extensions,
            ReviewsOf(facts, calendars), new RegulatorFigures(facts.ComplaintsReceived, facts.DecisionNotices),
            months, byOfficer, byChannel);
    }

    /// <summary>
    /// A review's outcome from its questions' findings: upheld when every question was upheld, overturned when every one
    /// was overturned, otherwise partly upheld (s.45 Code para 5.9-5.10).
    /// </summary>
    public static ReviewFinding ReviewOutcome(bool anyUpheld, bool anyPartlyUpheld, bool anyOverturned) =>
        anyPartlyUpheld || (anyUpheld && anyOverturned) ? ReviewFinding.PartlyUpheld
        : anyOverturned ? ReviewFinding.Overturned
        : ReviewFinding.Upheld;

    private static ReviewFigures ReviewsOf(StatisticsFacts facts, Func<Regime, WorkingDayCalendar> calendars)
    {
        var (completed, within20, within40, upheld, partly, overturned) = (0, 0, 0, 0, 0, 0);
        foreach (var review in facts.ReviewsCompleted)
        {
            completed += review.Count;
            // s.45 Code para 5.4-5.5: 20 working days from receipt, 40 at most; counted as the clock counts (day 1 the day after).
            var taken = calendars(review.Regime).WorkingDaysBetween(review.ReceivedOn, review.RespondedOn);
            within20 += taken <= StatutoryClock.StandardWorkingDays ? review.Count : 0;
            within40 += taken <= StatutoryClock.EirExtendedWorkingDays ? review.Count : 0;
            switch (ReviewOutcome(review.AnyUpheld, review.AnyPartlyUpheld, review.AnyOverturned))
            {
                case ReviewFinding.Upheld:
                    upheld += review.Count;
                    break;
                case ReviewFinding.Overturned:
                    overturned += review.Count;
                    break;
                default:
                    partly += review.Count;
                    break;
            }
        }

        return new ReviewFigures(facts.ReviewsReceived, completed, within20, within40, upheld, partly, overturned, IcoTimeliness.Band(within20, completed));
    }
}
