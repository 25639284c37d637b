using FoiPortal.Core.Costs;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Similarity;

/// <summary>One request as the history compares it (a projection, so the handler can load hundreds cheaply).</summary>
/// <param name="Outcome">How the case ended or where it is, as the officer reads it ("Responded", "Refused (s.14(2))").</param>
/// <param name="AnsweredOn">The UK date the response (an answer or a refusal notice) was sent; null while it has not been.</param>
public sealed record HistoryRequest(
    int RequestId,
    string Reference,
    Regime Regime,
    DateOnly ReceivedOn,
    string Title,
    IReadOnlyList<string> Questions,
    RequesterIdentity Requester,
    string Outcome,
    DateOnly? AnsweredOn)
{
    private RequestText? _text;

    /// <summary>The shingled text, worked out once.</summary>
    public RequestText Text => _text ??= RequestText.From(Title, Questions);
}

/// <summary>Another request, how it matches the requester (null: a different person) and how alike the texts are.</summary>
public sealed record RelatedRequest(HistoryRequest Request, RequesterMatch? Match, SimilarityScore Similarity);

public enum HistoryFlagKind
{
    /// <summary>FOIA s.14(2).</summary>
    PossibleRepeat,

    /// <summary>Fees Regulations (SI 2004/3244) reg 5.</summary>
    PossibleAggregation,

    /// <summary>Fees Regulations reg 5(1)(b) ("in pursuance of a campaign") and s.14(1) guidance on campaigns.</summary>
    Campaign,
}

/// <summary>A flag for the officer: the requests behind it, best score first. Nothing is refused automatically.</summary>
public sealed record HistoryFlag(HistoryFlagKind Kind, IReadOnlyList<RelatedRequest> Requests)
{
    /// <summary>The highest similarity among the requests, as a percentage.</summary>
    public int TopPercent => Requests.Max(r => r.Similarity.Percent);

    public string Title => Kind switch
    {
        HistoryFlagKind.PossibleRepeat => "Possible repeat request",
        HistoryFlagKind.PossibleAggregation => "Possible aggregation",
        _ => "Possible campaign",
    };

    /// <summary>What the flag means and what the officer may do, with the provision.</summary>
    public string Explanation => Kind switch
    {
        HistoryFlagKind.PossibleRepeat =>
            $"The same requester made the same or a substantially similar request, answered or refused within the last {RequesterHistory.RepeatIntervalWorkingDays} working days. You may consider refusing it as repeated (section 14(2) of the Freedom of Information Act 2000).",
        HistoryFlagKind.PossibleAggregation =>
            $"The same requester asked for the same or similar information within {CostAggregation.WindowWorkingDays} consecutive working days. The cost of these requests may be aggregated (regulation 5 of the Fees Regulations 2004).",
        _ =>
            $"{Requests.Count + 1} near-identical requests from different people were received within {CostAggregation.WindowWorkingDays} working days. Consider one response for all of them; requests made in pursuance of a campaign may be aggregated (regulation 5(1)(b)).",
    };
}

/// <summary>The requester's other requests and the flags on the current one.</summary>
/// <param name="SameRequester">Requests matched to this requester, newest first.</param>
public sealed record RequesterHistoryResult(IReadOnlyList<RelatedRequest> SameRequester, IReadOnlyList<HistoryFlag> Flags);

/// <summary>
/// The requester's history of one request (issue 18, docs/adr/021): other requests by the same person and three flags,
/// each with its score. The officer decides; nothing here refuses, aggregates or links anything.
/// </summary>
public static class RequesterHistory
{
    /// <summary>
    /// FOIA s.14(2): an authority need not comply with a request identical or substantially similar to one it has already
    /// complied with from the same person "unless a reasonable interval has elapsed". The portal flags within 60 working
    /// days of the earlier response; the officer judges what is reasonable.
    /// </summary>
    public const int RepeatIntervalWorkingDays = 60;

    /// <summary>The default smallest campaign: this many near-identical requests, counting the current one.</summary>
    public const int DefaultCampaignMinimum = 5;

    /// <param name="calendar">The calendar of the current request's regime.</param>
    /// <param name="campaignMinimum">How many near-identical requests (the current one included) from different people make a campaign.</param>
    public static RequesterHistoryResult Assess(
        HistoryRequest current,
        IEnumerable<HistoryRequest> others,
        WorkingDayCalendar calendar,
        int campaignMinimum = DefaultCampaignMinimum)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(campaignMinimum, 2);

        var related = others
            .Where(o => o.RequestId != current.RequestId)
            .DistinctBy(o => o.RequestId)
            .Select(o => new RelatedRequest(o, RequesterMatching.Match(current.Requester, o.Requester), TextSimilarity.Compare(current.Text, o.Text)))
            .ToList();

        var sameRequester = related.Where(r => r.Match is not null)
            .OrderByDescending(r => r.Request.ReceivedOn).ThenByDescending(r => r.Request.Reference, StringComparer.Ordinal)
            .ToList();

        // Same person for the flags: an email match or a name with postcode; a name alone is shown but flags nothing.
        var samePerson = sameRequester.Where(r => r.Match!.Confidence >= MatchConfidence.Likely).ToList();

        var flags = new List<HistoryFlag>();
        var repeats = samePerson.Where(r => IsPossibleRepeat(current, r, calendar)).ToList();
        if (repeats.Count > 0)
        {
            flags.Add(new HistoryFlag(HistoryFlagKind.PossibleRepeat, BestFirst(repeats)));
        }

        // Fees Regulations reg 5: FOIA only, never across regimes, one window definition (CostAggregation).
        if (CostAggregation.AppliesTo(current.Regime))
        {
            var aggregation = samePerson
                .Where(r => r.Request.Regime == current.Regime && r.Similarity.IsSimilar
                    && CostAggregation.WithinWindow(current.ReceivedOn, r.Request.ReceivedOn, calendar))
                .ToList();
            if (aggregation.Count > 0)
            {
                flags.Add(new HistoryFlag(HistoryFlagKind.PossibleAggregation, BestFirst(aggregation)));
            }
        }

        var campaign = related
            .Where(r => r.Match is null && r.Similarity.IsNearIdentical && CostAggregation.WithinWindow(current.ReceivedOn, r.Request.ReceivedOn, calendar))
            .ToList();
        if (campaign.Count + 1 >= campaignMinimum)
        {
            flags.Add(new HistoryFlag(HistoryFlagKind.Campaign, BestFirst(campaign)));
        }

        return new RequesterHistoryResult(sameRequester, flags);
    }

    /// <summary>
    /// s.14(2): an earlier request from the same person, the same or substantially similar (the same years: figures for a
    /// later year are new information), answered or refused on or before this one arrived and within
    /// <see cref="RepeatIntervalWorkingDays"/> working days of it.
    /// </summary>
    private static bool IsPossibleRepeat(HistoryRequest current, RelatedRequest other, WorkingDayCalendar calendar) =>
        other.Similarity.IsSimilar
        && other.Similarity.SameYears
        && other.Request.AnsweredOn is { } answeredOn
        && answeredOn <= current.ReceivedOn
        && calendar.WorkingDaysBetween(answeredOn, current.ReceivedOn) <= RepeatIntervalWorkingDays;

    private static List<RelatedRequest> BestFirst(IEnumerable<RelatedRequest> requests) =>
        requests.OrderByDescending(r => r.Similarity.Score).ThenByDescending(r => r.Request.ReceivedOn).ThenBy(r => r.Request.Reference, StringComparer.Ordinal).ToList();
}
