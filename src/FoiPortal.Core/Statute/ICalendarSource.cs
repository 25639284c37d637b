namespace FoiPortal.Core.Statute;

/// <summary>
/// Where handlers get the working-day calendar for a regime: the published bank holidays plus whatever
/// adjustments the authority's admins have recorded. Handlers never build calendars themselves.
/// </summary>
public interface ICalendarSource
{
    ValueTask<WorkingDayCalendar> ForRegimeAsync(Regime regime, CancellationToken cancellationToken);
}

/// <summary>The published calendar with no admin adjustments.</summary>
public sealed class PublishedCalendarSource : ICalendarSource
{
    private static readonly WorkingDayCalendar UnitedKingdom = WorkingDayCalendar.UnitedKingdom();
    private static readonly WorkingDayCalendar ScotlandOnly = WorkingDayCalendar.Scotland();

    public ValueTask<WorkingDayCalendar> ForRegimeAsync(Regime regime, CancellationToken cancellationToken) =>
        ValueTask.FromResult(regime == Regime.Foisa ? ScotlandOnly : UnitedKingdom);
}
