using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Regulator;

/// <summary>Who a requester complains to after the internal review (FOIA s.50, EIR reg 18, FOISA s.47).</summary>
public enum Regulator
{
    /// <summary>The Information Commissioner (ICO): FOIA s.50, and the EIR through reg 18.</summary>
    InformationCommissioner,

    /// <summary>The Scottish Information Commissioner: FOISA s.47.</summary>
    ScottishInformationCommissioner,
}

/// <summary>
/// The calendar-day periods that follow a decision notice, and who the regulator and the appeal body are, for each
/// regime. Pure, table-tested (RegulatorRulesTests). Calendar days, not working days: the Tribunal rules and FOISA s.56
/// count days.
/// </summary>
public static class RegulatorRules
{
    /// <summary>
    /// FOIA s.57 (and EIR reg 18): an appeal to the First-tier Tribunal (Information Rights) must reach it within 28 days
    /// of the date the decision notice was sent (Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber)
    /// Rules 2009, r.22(1)(b)).
    /// </summary>
    public const int TribunalAppealDays = 28;

    /// <summary>FOISA s.56: an appeal on a point of law to the Court of Session within 42 days of the notice.</summary>
    public const int CourtOfSessionAppealDays = 42;

    /// <summary>The ICO usually gives 35 calendar days to take the steps a decision notice orders.</summary>
    public const int DefaultStepsPeriodDays = 35;

    /// <summary>A sanity bound on the steps period an officer can enter (a year).</summary>
    public const int MaxStepsPeriodDays = 366;

    public static Regulator RegulatorFor(Regime regime) =>
        regime == Regime.Foisa ? Regulator.ScottishInformationCommissioner : Regulator.InformationCommissioner;

    public static string Name(this Regulator regulator) => regulator switch
    {
        Regulator.ScottishInformationCommissioner => "Scottish Information Commissioner",
        _ => "Information Commissioner",
    };

    /// <summary>How many calendar days after the notice an appeal may be made.</summary>
    public static int AppealDays(Regime regime) => regime == Regime.Foisa ? CourtOfSessionAppealDays : TribunalAppealDays;

    /// <summary>Where an appeal against the notice goes.</summary>
    public static string AppealBody(Regime regime) =>
        regime == Regime.Foisa ? "Court of Session" : "First-tier Tribunal (Information Rights)";

    /// <summary>The provision that sets the appeal period, as shown next to the date.</summary>
    public static string AppealCitation(Regime regime) => regime switch
    {
        Regime.Foisa => "FOISA s.56",
        Regime.Eir => "EIR reg 18; FOIA s.57; GRC Rules 2009 r.22(1)(b)",
        _ => "FOIA s.57; GRC Rules 2009 r.22(1)(b)",
    };

    /// <summary>The provision that stops the steps period ending before the appeal period (as shown in messages).</summary>
    public static string StepsPeriodCitation(Regime regime) => regime switch
    {
        Regime.Foisa => "FOISA s.49",
        Regime.Eir => "FOIA s.50(6), applied by EIR reg 18",
        _ => "FOIA s.50(6)",
    };

    /// <summary>The last day to appeal: the notice date plus the appeal period in calendar days.</summary>
    public static DateOnly AppealBy(DateOnly noticeOn, Regime regime) => noticeOn.AddDays(AppealDays(regime));

    /// <summary>The day the ordered steps are due: the notice date plus the period the notice sets, in calendar days.</summary>
    public static DateOnly StepsDueOn(DateOnly noticeOn, int periodDays) => noticeOn.AddDays(periodDays);

    /// <summary>
    /// FOIA s.50(6) (FOISA s.49 likewise): the time for the steps cannot end before the time for appealing has passed,
    /// so a period shorter than the appeal period is refused. Null when the period is allowed.
    /// </summary>
    public static string? WhyNotStepsPeriod(int periodDays, Regime regime)
    {
        var appeal = AppealDays(regime);
        if (periodDays < appeal)
        {
            return $"The period for taking the steps must be at least {appeal} calendar days: it cannot end before the time for appealing has passed ({StepsPeriodCitation(regime)}).";
        }

        return periodDays > MaxStepsPeriodDays
            ? $"The period for taking the steps must be {MaxStepsPeriodDays} calendar days or fewer."
            : null;
    }
}
