using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Regulator;

/// <summary>What the regulator decided about the complaint.</summary>
public enum DecisionOutcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
    InformallyResolved,
    Withdrawn,
}

/// <summary>
/// The regulator's decision on a complaint (FOIA s.50(3)(b); FOISA s.49(3)(b)): the outcome, its reference and date, and
/// any steps ordered with the period for them (calendar days). Recorded once; owned by <see cref="RegulatorComplaint"/>.
/// </summary>
public sealed class DecisionNotice
{
    public const int ReferenceMaxLength = 50;
    public const int StepsMaxLength = 4000;

    private DecisionNotice()
    {
        Reference = string.Empty;
        RecordedBy = string.Empty;
    }

    internal DecisionNotice(DecisionOutcome outcome, string reference, DateOnly noticeOn, string? stepsOrdered, int? stepsPeriodDays, string recordedBy, DateTime recordedAtUtc)
    {
        Outcome = outcome;
        Reference = reference;
        NoticeOn = noticeOn;
        StepsOrdered = stepsOrdered;
        StepsPeriodDays = stepsPeriodDays;
        RecordedBy = recordedBy;
        RecordedAtUtc = recordedAtUtc;
    }

    public DecisionOutcome Outcome { get; private set; }

    public string Reference { get; private set; }

    public DateOnly NoticeOn { get; private set; }

    /// <summary>The steps the notice orders the authority to take, as written in it; null when none.</summary>
    public string? StepsOrdered { get; private set; }

    /// <summary>The period the notice sets for the steps, in calendar days after the notice; null when no steps.</summary>
    public int? StepsPeriodDays { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>
    /// Whether a decision notice was served. An informally resolved or withdrawn complaint ends without one, so there is
    /// nothing to appeal against (FOIA s.57(1): "where a decision notice has been served"; FOISA s.56).
    /// </summary>
    public static bool IsServed(DecisionOutcome outcome) => outcome is DecisionOutcome.Upheld or DecisionOutcome.PartlyUpheld or DecisionOutcome.NotUpheld;

    /// <summary>Why this notice cannot be recorded, or null: its date (<see cref="WhyNotDated"/>), then its steps (<see cref="WhyNotSteps"/>).</summary>
    public static string? WhyNot(DecisionOutcome outcome, DateOnly noticeOn, DateOnly today, DateOnly toldOn, bool stepsOrdered, int? stepsPeriodDays, Regime regime) =>
        WhyNotDated(noticeOn, today, toldOn) ?? WhyNotSteps(outcome, stepsOrdered, stepsPeriodDays, regime);

    /// <summary>A notice cannot be dated in the future, nor before the authority was told of the complaint.</summary>
    public static string? WhyNotDated(DateOnly noticeOn, DateOnly today, DateOnly toldOn)
    {
        if (noticeOn > today)
        {
            return "The date of the decision notice cannot be in the future.";
        }

        return noticeOn < toldOn
            ? $"The date of the decision notice cannot be before the authority was told of the complaint on {RegulatorText.Full(toldOn)}."
            : null;
    }

    /// <summary>
    /// Steps are ordered only when the authority was found to have failed (FOIA s.50(4)): an upheld or partly upheld
    /// complaint; their period cannot end before the time for appealing (<see cref="RegulatorRules.WhyNotStepsPeriod"/>).
    /// </summary>
    public static bool MayOrderSteps(DecisionOutcome outcome) => outcome is DecisionOutcome.Upheld or DecisionOutcome.PartlyUpheld;

    /// <inheritdoc cref="MayOrderSteps"/>
    public static string? WhyNotSteps(DecisionOutcome outcome, bool stepsOrdered, int? stepsPeriodDays, Regime regime)
    {
        if (!stepsOrdered)
        {
            return null;
        }

        if (!MayOrderSteps(outcome))
        {
            return "Steps can be recorded only when the complaint was upheld or partly upheld.";
        }

        return stepsPeriodDays is { } days
            ? RegulatorRules.WhyNotStepsPeriod(days, regime)
            : "Enter the number of calendar days the notice gives for the steps.";
    }
}

public static class DecisionOutcomes
{
    public static string Describe(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Upheld => "Upheld",
        DecisionOutcome.PartlyUpheld => "Partly upheld",
        DecisionOutcome.NotUpheld => "Not upheld",
        DecisionOutcome.InformallyResolved => "Informally resolved",
        DecisionOutcome.Withdrawn => "Withdrawn",
        _ => outcome.ToString(),
    };
}
