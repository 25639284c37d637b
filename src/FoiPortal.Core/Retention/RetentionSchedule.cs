using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Retention;

/// <summary>Which period of the schedule applies to a case.</summary>
public enum RetentionRule
{
    /// <summary>An ordinary case file: kept for <see cref="RetentionSchedule.CaseYears"/> after its last action.</summary>
    CaseFile,

    /// <summary>A case the regulator or a tribunal looked at: kept for <see cref="RetentionSchedule.RegulatorYears"/>.</summary>
    RegulatorOrTribunal,
}

/// <summary>
/// How long a case's personal data is kept (UK GDPR Art 5(1)(e), storage limitation). The default is the common model
/// schedule for FOI case files: 3 years after the last action, 6 years where the regulator or a tribunal was involved.
/// The periods are the authority's to set, within <see cref="MinYears"/> and <see cref="MaxYears"/>; drafts are not
/// (<see cref="DraftKeepFor"/>). "Last action" and "due for purge" are defined here and nowhere else.
/// </summary>
public sealed record RetentionSchedule(int CaseYears, int RegulatorYears)
{
    public const int MinYears = 1;
    public const int MaxYears = 20;

    /// <summary>How far ahead the admin page lists what the job will purge.</summary>
    public const int LookAheadDays = 30;

    public static RetentionSchedule Default { get; } = new(3, 6);

    /// <summary>
    /// Request drafts hold a would-be requester's name and email and are deleted a day after they were started (the
    /// privacy notice's promise); the draft purge uses this, so there is one definition.
    /// </summary>
    public static TimeSpan DraftKeepFor { get; } = TimeSpan.FromDays(1);

    /// <summary>A draft started at <paramref name="createdAtUtc"/> is due for deletion at this instant.</summary>
    public static DateTime DraftDueAtUtc(DateTime createdAtUtc) => createdAtUtc + DraftKeepFor;

    /// <summary>The oldest creation time a draft may have at <paramref name="nowUtc"/> and still be kept.</summary>
    public static DateTime DraftCutoffUtc(DateTime nowUtc) => nowUtc - DraftKeepFor;

    /// <summary>Why these periods cannot be the schedule, or null when they can.</summary>
    public static string? WhyRefused(int caseYears, int regulatorYears)
    {
        if (caseYears is < MinYears or > MaxYears)
        {
            return $"Years to keep a case file must be between {MinYears} and {MaxYears}";
        }

        if (regulatorYears is < MinYears or > MaxYears)
        {
            return $"Years to keep a case the regulator or a tribunal looked at must be between {MinYears} and {MaxYears}";
        }

        // A case that went to the regulator may be reopened by an appeal: it is never kept for less than an ordinary one.
        return regulatorYears < caseYears
            ? "Years to keep a case the regulator or a tribunal looked at must be at least the years to keep a case file"
            : null;
    }

    public static RetentionRule RuleFor(bool regulatorInvolved) =>
        regulatorInvolved ? RetentionRule.RegulatorOrTribunal : RetentionRule.CaseFile;

    public int YearsFor(RetentionRule rule) => rule == RetentionRule.RegulatorOrTribunal ? RegulatorYears : CaseYears;

    /// <summary>
    /// The UK date of a case's last action: the latest entry on its timeline (every change to a case, including the
    /// work of an internal review or a complaint to the regulator, is recorded there), or the day it was received.
    /// </summary>
    public static DateOnly LastActionOn(DateOnly receivedOn, DateTime? latestTimelineEntryUtc)
    {
        if (latestTimelineEntryUtc is not { } latest)
        {
            return receivedOn;
        }

        var on = UkLocalDate.FromInstant(new DateTimeOffset(DateTime.SpecifyKind(latest, DateTimeKind.Utc)));
        return on > receivedOn ? on : receivedOn;
    }

    /// <summary>The first UK date on which the case's personal data may be purged (a 29 February falls to 28 February).</summary>
    public DateOnly PurgeDueOn(DateOnly lastActionOn, RetentionRule rule) => lastActionOn.AddYears(YearsFor(rule));

    /// <summary>
    /// When this case's personal data is due to be purged, or null while it must be kept whatever the date: an open
    /// case (still being handled), a case on legal hold, or one already purged.
    /// </summary>
    public DateOnly? DueOn(CaseRetentionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.IsOpen || facts.OnHold || facts.AlreadyPurged)
        {
            return null;
        }

        return PurgeDueOn(LastActionOn(facts.ReceivedOn, facts.LatestTimelineEntryUtc), RuleFor(facts.RegulatorInvolved));
    }

    /// <summary>Due for purge on <paramref name="today"/> (a UK date).</summary>
    public bool IsDue(CaseRetentionFacts facts, DateOnly today) => DueOn(facts) is { } due && due <= today;

    /// <summary>
    /// An instant (UTC) before which a case's latest timeline entry must lie for it to be due on <paramref name="today"/>
    /// under the shorter period, with two days' slack for the UK's time zone. The job narrows its query with it;
    /// <see cref="IsDue"/> decides.
    /// </summary>
    public DateTime CandidateCutoffUtc(DateOnly today) =>
        today.AddYears(-Math.Min(CaseYears, RegulatorYears)).AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

/// <summary>What the schedule needs to know about one case.</summary>
public sealed record CaseRetentionFacts(
    DateOnly ReceivedOn,
    DateTime? LatestTimelineEntryUtc,
    bool RegulatorInvolved,
    bool IsOpen,
    bool OnHold,
    bool AlreadyPurged);
