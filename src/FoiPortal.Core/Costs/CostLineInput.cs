namespace FoiPortal.Core.Costs;

/// <summary>
/// What an officer enters for one line of an estimate, as entered (nullable numbers: a blank field is not zero).
/// Minutes per unit are either one figure (<see cref="MinutesPerUnit"/>) or a range <see cref="MinutesLow"/> to
/// <see cref="MinutesHigh"/> with <see cref="MinutesPerUnit"/> as the figure used. <see cref="StaffHourlyRate"/> is for FOISA
/// only: the actual hourly cost of the member of staff doing the work, at most £15 (SSI 2004/467 reg 3); blank means £15.
/// </summary>
public sealed record CostLineInput(
    int? QuestionNumber,
    CostActivity? Activity,
    string? Description,
    int? Units,
    UnitKind UnitKind,
    int? MinutesPerUnit,
    int? MinutesLow = null,
    int? MinutesHigh = null,
    bool ConfirmedOverEightHoursPerUnit = false,
    string? Evidence = null,
    decimal? StaffHourlyRate = null);

/// <summary>One error, named by the input property it belongs to so a page can link it to its field.</summary>
public sealed record CostFieldError(string Field, string Message);
