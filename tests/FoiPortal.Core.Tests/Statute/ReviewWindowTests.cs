using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Statute;

/// <summary>
/// A response sent Mon 3 Mar 2031. Counting 40 working days from the day after, on the UK calendar (FOIA s.10(6)):
/// day 20 is Tue 1 Apr (St Patrick's Day, Mon 17 Mar, skipped), then Apr 2-4 (23), 7-10 (27), Good Friday 11 Apr and
/// Easter Monday 14 Apr skipped, 15-18 (31), 21-25 (36), 28-30 (39), Thu 1 May (40). In Scotland St Patrick's Day and
/// Easter Monday are working days (FOISA s.73), so day 40 comes two working days sooner: Tue 29 Apr.
/// </summary>
public class ReviewWindowTests
{
    [Theory]
    [InlineData("2031-03-03", true)]
    [InlineData("2031-04-10", true)]
    [InlineData("2031-05-01", true)]
    [InlineData("2031-05-02", false)]
    [InlineData("2034-06-01", false)]
    [InlineData("2031-03-02", false)]
    public void IsOpen_ForFortyWorkingDaysAfterTheResponse(string today, bool open) =>
        Assert.Equal(open, ReviewWindow.IsOpen(D("2031-03-03"), D(today), WorkingDayCalendar.UnitedKingdom()));

    [Fact]
    public void ClosesOn_InScotland_CountsOnlyScottishHolidays()
    {
        Assert.Equal(D("2031-05-01"), ReviewWindow.ClosesOn(D("2031-03-03"), WorkingDayCalendar.UnitedKingdom()));
        Assert.Equal(D("2031-04-29"), ReviewWindow.ClosesOn(D("2031-03-03"), WorkingDayCalendar.Scotland()));
    }
}
