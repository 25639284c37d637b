using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Statistics;

/// <summary>Requests received on one day, grouped in SQL.</summary>
public sealed record ReceivedFact(Regime Regime, Channel Channel, string? Officer, DateOnly ReceivedOn, int Count);

/// <summary>Responses sent in the period sharing every date and flag their timeliness depends on, grouped in SQL.</summary>
public sealed record ResponseFact(
    Regime Regime,
    Channel Channel,
    string? Officer,
    DateOnly RespondedOn,
    DateOnly DueOn,
    DateOnly WorkingToOn,
    bool LateBeforeClarification,
    bool EirExtended,
    int Count);

/// <summary>Responses sent in the period with the same decision flags.</summary>
public sealed record OutcomeFact(OutcomeFlags Flags, int Count);

/// <summary>How many responses sent in the period relied on a provision (each request once).</summary>
public sealed record ExemptionFact(string Provision, int Requests);

/// <summary>Responses sent in the period whose FOIA s.10(3) extensions added this many working days in all.</summary>
public sealed record ExtensionFact(int ExtraWorkingDays, int Requests);

/// <summary>Internal reviews completed (outcome letter sent) in the period, grouped by dates and findings.</summary>
public sealed record ReviewFact(Regime Regime, DateOnly ReceivedOn, DateOnly RespondedOn, bool AnyUpheld, bool AnyPartlyUpheld, bool AnyOverturned, int Count);

/// <summary>Everything the figures are computed from: grouped rows read by <see cref="StatisticsQuery"/>, never whole cases.</summary>
public sealed record StatisticsFacts(
    IReadOnlyList<ReceivedFact> Received,
    IReadOnlyList<ResponseFact> Responses,
    IReadOnlyList<OutcomeFact> Outcomes,
    int StillOpen,
    int Overdue,
    int WithdrawnOrLapsed,
    IReadOnlyList<ExemptionFact> Exemptions,
    IReadOnlyList<ExtensionFact> Extensions,
    int ReviewsReceived,
    IReadOnlyList<ReviewFact> ReviewsCompleted,
    int ComplaintsReceived,
    IReadOnlyList<NoticeCount> DecisionNotices)
{
    public static StatisticsFacts Empty { get; } = new([], [], [], 0, 0, 0, [], [], 0, [], 0, []);
}
