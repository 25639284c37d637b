namespace FoiPortal.Core.Statute;

// Temporary: replaced by the statute branch (WorkingDayCalendar, StatutoryClock) on merge.
public enum Regime
{
    Foia,
    Eir,
    Foisa,
}

public sealed record NonWorkingDay(DateOnly Date, string Reason);

public sealed record Deadline(Regime Regime, DateOnly ReceivedOn, DateOnly DueOn, int WorkingDays, IReadOnlyList<NonWorkingDay> Skipped);

public sealed class WorkingDayCalendar
{
    public static WorkingDayCalendar ForRegime(Regime regime) => new();

#pragma warning disable CA1822
    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}

public static class UkLocalDate
{
    public static DateOnly FromInstant(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}

public static class StatutoryClock
{
    public const int StandardWorkingDays = 20;

    public static Deadline DueDate(DateOnly receivedOn, Regime regime, WorkingDayCalendar calendar)
    {
        var day = receivedOn;
        var counted = 0;
        while (counted < StandardWorkingDays)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return new Deadline(regime, receivedOn, day, StandardWorkingDays, []);
    }
}
