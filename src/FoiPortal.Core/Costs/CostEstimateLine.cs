namespace FoiPortal.Core.Costs;

/// <summary>
/// One piece of work in an estimate: so many units (records, files, years...) at so many minutes each, for one question
/// and one of the activities that count (SI 2004/3244 reg 4(3)). Created and changed only through <see cref="CostEstimate"/>.
/// </summary>
public sealed class CostEstimateLine
{
    public const int DescriptionMaxLength = 500;
    public const int EvidenceMaxLength = 2_000;

    private CostEstimateLine()
    {
        Description = string.Empty;
        Evidence = string.Empty;
    }

    internal CostEstimateLine(int lineNumber, CostLineInput valid)
    {
        LineNumber = lineNumber;
        Description = string.Empty;
        Evidence = string.Empty;
        Apply(valid);
    }

    public int Id { get; private set; }

    /// <summary>1, 2, 3... in the order the lines were added; stable, so errors and letters can refer to "line 2".</summary>
    public int LineNumber { get; private set; }

    public int QuestionNumber { get; private set; }

    public CostActivity Activity { get; private set; }

    public string Description { get; private set; }

    public int Units { get; private set; }

    public UnitKind UnitKind { get; private set; }

    /// <summary>The figure used in the arithmetic; within [<see cref="MinutesLow"/>, <see cref="MinutesHigh"/>] when a range is given.</summary>
    public int MinutesPerUnit { get; private set; }

    public int? MinutesLow { get; private set; }

    public int? MinutesHigh { get; private set; }

    /// <summary>The officer confirmed a figure of more than 8 hours a unit.</summary>
    public bool ConfirmedOverEightHoursPerUnit { get; private set; }

    /// <summary>How the figure was arrived at, e.g. "sampling exercise: 20 records took 300 minutes". Empty when not given yet.</summary>
    public string Evidence { get; private set; }

    /// <summary>
    /// FOISA only: the actual hourly cost of the member of staff doing this work, at most £15 (SSI 2004/467 reg 3);
    /// null means the £15 ceiling. Always null under FOIA (£25, SI 2004/3244 reg 4(4)) and the EIR.
    /// </summary>
    public decimal? StaffHourlyRate { get; private set; }

    public bool HasRange => MinutesLow is not null && MinutesHigh is not null;

    public bool HasEvidence => !string.IsNullOrWhiteSpace(Evidence);

    /// <summary>Exact minutes: units x minutes per unit (long: 10 million units x 6,000 minutes does not fit an int).</summary>
    public long Minutes => (long)Units * MinutesPerUnit;

    /// <summary>For display only, e.g. "180.0"; see <see cref="CostFigures.Hours"/>.</summary>
    public string Hours => CostFigures.Hours(Minutes);

    /// <summary>Pounds an hour for this line: under FOISA its own staff rate (reg 3 of SSI 2004/467), otherwise the limit's rate.</summary>
    public decimal HourlyRate(AppropriateLimit limit) =>
        limit.Regime == Statute.Regime.Foisa ? StaffHourlyRate ?? AppropriateLimit.FoisaMaximumHourlyRate : limit.HourlyRate;

    /// <summary>Exact minutes x pounds an hour (60 times the cost), so sums compare with the limit without rounding.</summary>
    public decimal CostTimesSixty(AppropriateLimit limit) => Minutes * HourlyRate(limit);

    /// <summary>Exact cost of this line; round only for display.</summary>
    public decimal Cost(AppropriateLimit limit) => CostTimesSixty(limit) / 60m;

    internal void Apply(CostLineInput valid)
    {
        QuestionNumber = valid.QuestionNumber!.Value;
        Activity = valid.Activity!.Value;
        Description = valid.Description!.Trim();
        Units = valid.Units!.Value;
        UnitKind = valid.UnitKind;
        MinutesPerUnit = valid.MinutesPerUnit!.Value;
        MinutesLow = valid.MinutesLow;
        MinutesHigh = valid.MinutesHigh;
        ConfirmedOverEightHoursPerUnit = valid.ConfirmedOverEightHoursPerUnit;
        Evidence = valid.Evidence?.Trim() ?? string.Empty;
        StaffHourlyRate = valid.StaffHourlyRate;
    }
}
