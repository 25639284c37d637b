namespace FoiPortal.Core.Retention;

/// <summary>The authority's retention schedule as an admin set it: one row (<see cref="SingletonId"/>), absent until first saved.</summary>
public sealed class RetentionSettings
{
    public const int SingletonId = 1;

    private RetentionSettings()
    {
        UpdatedBy = string.Empty;
    }

    public RetentionSettings(RetentionSchedule schedule, string updatedBy, DateTimeOffset at)
    {
        Id = SingletonId;
        UpdatedBy = string.Empty;
        Change(schedule, updatedBy, at);
    }

    public int Id { get; private set; }

    public int CaseYears { get; private set; }

    public int RegulatorYears { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public RetentionSchedule Schedule => new(CaseYears, RegulatorYears);

    /// <summary>Sets the periods; refuses periods outside the schedule's bounds (<see cref="RetentionSchedule.WhyRefused"/>).</summary>
    public void Change(RetentionSchedule schedule, string updatedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentException.ThrowIfNullOrWhiteSpace(updatedBy);
        if (RetentionSchedule.WhyRefused(schedule.CaseYears, schedule.RegulatorYears) is { } why)
        {
            throw new Requests.DomainException(why);
        }

        CaseYears = schedule.CaseYears;
        RegulatorYears = schedule.RegulatorYears;
        UpdatedBy = updatedBy;
        UpdatedAtUtc = at.UtcDateTime;
    }
}
