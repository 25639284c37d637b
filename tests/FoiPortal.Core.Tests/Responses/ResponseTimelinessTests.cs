using FoiPortal.Core.Responses;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Responses;

/// <summary>
/// FOIA s.10(1): dates by hand from the 2026 calendar. s.10(6) excludes a bank holiday anywhere in the UK, so St Andrew's
/// Day (Monday 30 November 2026, Scotland) is not a working day; nor are Christmas Day and the Boxing Day substitute (28 December).
/// </summary>
public class ResponseTimelinessTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.UnitedKingdom();

    [Theory]
    [InlineData("2026-11-06", "2026-11-05", true, 0, "on time")]               // the day before
    [InlineData("2026-11-06", "2026-11-06", true, 0, "on time")]               // on the due date (a Friday)
    [InlineData("2026-11-06", "2026-11-07", false, 0, "late (on a non-working day after the due date)")] // the Saturday after
    [InlineData("2026-11-06", "2026-11-09", false, 1, "1 working day late")]   // the Monday after
    [InlineData("2026-11-06", "2026-11-11", false, 3, "3 working days late")]
    [InlineData("2026-11-27", "2026-11-30", false, 0, "late (on a non-working day after the due date)")] // St Andrew's Day
    [InlineData("2026-11-27", "2026-12-02", false, 2, "2 working days late")]
    [InlineData("2026-12-24", "2026-12-29", false, 1, "1 working day late")]   // Christmas Day and the Boxing Day substitute do not count
    public void Of_CountsLatenessInWorkingDays(string due, string sent, bool onTime, int late, string described)
    {
        var timeliness = ResponseTimeliness.Of(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(sent, System.Globalization.CultureInfo.InvariantCulture), Calendar);

        Assert.Equal((onTime, late, described), (timeliness.OnTime, timeliness.WorkingDaysLate, timeliness.Describe()));
    }
}
