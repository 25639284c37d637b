namespace FoiPortal.Core.Statute;

/// <summary>Settings for the parts of the clock that guidance, not statute, fixes.</summary>
public sealed record ClockOptions
{
    public static ClockOptions Default { get; } = new();

    /// <summary>
    /// Calendar months after clarification was sought before an unanswered request is treated as lapsed.
    /// No statute sets this; 3 months mirrors the fees notice rule (FOIA s.9(2)).
    /// </summary>
    public int ClarificationLapseMonths { get; init; } = 3;

    /// <summary>
    /// FOIA s.10(3) allows "such time as is reasonable" for the public interest test; the ICO expects normally no
    /// more than 20 further working days. Used when a PublicInterestExtension event does not say.
    /// </summary>
    public int PublicInterestExtraWorkingDays { get; init; } = 20;
}
