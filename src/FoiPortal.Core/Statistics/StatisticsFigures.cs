using FoiPortal.Core.Regulator;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Statistics;

/// <summary>Every figure of issue 15 for one period and regime (null: all regimes), computed by <see cref="StatisticsCalculator"/>.</summary>
public sealed record StatisticsFigures(
    StatisticsPeriod Period,
    Regime? Regime,
    VolumeFigures Volume,
    TimelinessFigures Timeliness,
    IReadOnlyList<CategoryCount> Outcomes,
    IReadOnlyList<ProvisionCount> Exemptions,
    ExtensionFigures PublicInterestExtensions,
    ReviewFigures Reviews,
    RegulatorFigures Regulator,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<GroupFigures> ByTeamMember,
    IReadOnlyList<GroupFigures> ByChannel)
{
    /// <summary>The same figures without the breakdown by team member (staff names), for publication.</summary>
    public StatisticsFigures ForPublication() => this with { ByTeamMember = [] };
}

/// <param name="Received">Requests received in the period.</param>
/// <param name="Responded">Responses sent in the period.</param>
/// <param name="StillOpen">Requests received in the period and still open today.</param>
/// <param name="Overdue">Of <paramref name="StillOpen"/>, those overdue today (<see cref="DeadlineStatus"/>).</param>
/// <param name="WithdrawnOrLapsed">Requests withdrawn or closed as lapsed in the period.</param>
public sealed record VolumeFigures(int Received, int Responded, int StillOpen, int Overdue, int WithdrawnOrLapsed);

/// <summary>Timeliness of the responses sent in the period.</summary>
/// <param name="OnTimePercent">On time as a percentage of responses (one decimal place): the ICO measure, 20 working days.</param>
/// <param name="InTimePercent">On time or within a permitted extension, as a percentage of responses.</param>
/// <param name="Band">The ICO band of <paramref name="OnTimePercent"/>, compared exactly.</param>
public sealed record TimelinessFigures(
    int OnTime,
    int WithinExtension,
    int Late,
    decimal? OnTimePercent,
    decimal? InTimePercent,
    IcoBand? Band,
    int? MedianWorkingDays,
    int? Percentile90WorkingDays);

public sealed record NoticeCount(DecisionOutcome Outcome, int Count);

public sealed record CategoryCount(OutcomeCategory Category, int Count);

public sealed record ProvisionCount(string Provision, int Requests);

/// <param name="Taken">Responses sent in the period after a FOIA s.10(3) public interest extension.</param>
/// <param name="MedianExtraWorkingDays">The median of the working days the extensions added (nearest rank).</param>
/// <param name="LongestExtraWorkingDays">The most working days any of them added.</param>
public sealed record ExtensionFigures(int Taken, int? MedianExtraWorkingDays, int? LongestExtraWorkingDays);

/// <param name="Received">Requests for internal review received in the period (a second request linked to a first is not counted again).</param>
/// <param name="Completed">Reviews whose outcome letter was sent in the period.</param>
/// <param name="Within20WorkingDays">Completed within 20 working days of receipt (s.45 Code para 5.4).</param>
/// <param name="Within40WorkingDays">Completed within 40 working days (the most the Code allows); includes those within 20.</param>
/// <param name="Band">The ICO band of <paramref name="Within20WorkingDays"/> out of <paramref name="Completed"/>.</param>
public sealed record ReviewFigures(int Received, int Completed, int Within20WorkingDays, int Within40WorkingDays, int Upheld, int PartlyUpheld, int Overturned, IcoBand? Band);

/// <param name="ComplaintsReceived">Complaints the regulator told us of in the period.</param>
/// <param name="DecisionNotices">Decision notices (or other closures) dated in the period, by outcome.</param>
public sealed record RegulatorFigures(int ComplaintsReceived, IReadOnlyList<NoticeCount> DecisionNotices);

/// <summary>One calendar month's volumes and timeliness (received by date of receipt, responses by date sent).</summary>
public sealed record MonthFigures(DateOnly Month, int Received, int Responded, int OnTime, int WithinExtension, int Late)
{
    public decimal? OnTimePercent => IcoTimeliness.Percent(OnTime, Responded);
}

/// <summary>Volumes and timeliness for one team member or channel.</summary>
public sealed record GroupFigures(string Name, int Received, int Responded, int OnTime, int WithinExtension, int Late)
{
    public decimal? OnTimePercent => IcoTimeliness.Percent(OnTime, Responded);
}
