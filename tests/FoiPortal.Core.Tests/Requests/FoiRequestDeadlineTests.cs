using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>
/// A FOIA request received Fri 18 Dec 2026. Hand-counted, with Christmas Day (Fri 25), the Boxing Day substitute
/// (Mon 28 Dec), New Year's Day (Fri 1 Jan) and Scotland's 2 January substitute (Mon 4 Jan) not counted: day 20 is
/// Thu 21 Jan 2027. A 20-day public interest extension from then: Jan 22, 25-29, Feb 1-5, 8-12, 15-18: Thu 18 Feb.
/// </summary>
public class FoiRequestDeadlineTests
{
    private const string Officer = "officer@x.test";
    private const string Admin = "admin@x.test";
    private static readonly DateTimeOffset Received = new(2026, 12, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2027, 1, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    private static FoiRequest NewRequest() =>
        FoiRequest.Submit(
            "FOI/2026/00001",
            new Requester("Jo Bloggs", "jo@example.org", null),
            "Drones",
            ["How many drones?"],
            PreferredFormat.Email,
            Channel.Web,
            Received,
            Uk,
            TrackingToken.Create().Hash);

    private static WorkingDayCalendar UkWithExtraDay(int year, int month, int day) =>
        WorkingDayCalendar.UnitedKingdom([new CalendarAdjustment(new DateOnly(year, month, day), AdjustmentKind.ExtraNonWorkingDay, "Proclaimed", CalendarScope.AllUk)]);

    [Fact]
    public void Submit_WorksToTheDueDate()
    {
        var request = NewRequest();

        Assert.Equal(new DateOnly(2027, 1, 21), request.DueOn);
        Assert.Equal(new DateOnly(2027, 1, 21), request.WorkingToOn);
    }

    [Fact]
    public void PublicInterestExtension_InTime_WorksToTheTarget()
    {
        var request = NewRequest();
        request.StartWork(Officer, Received);

        request.ExtendForPublicInterest(Officer, new DateOnly(2027, 1, 21), "Balancing test", 20, Later, Uk);

        Assert.Equal(new DateOnly(2027, 1, 21), request.DueOn);
        Assert.Equal(new DateOnly(2027, 2, 18), request.WorkingToOn);
    }

    [Fact]
    public void PublicInterestExtension_Late_StillWorksToTheDueDate()
    {
        var request = NewRequest();
        request.StartWork(Officer, Received);

        // Fri 22 Jan is a day after the due date: the s.17(2) notice was late, so the s.10(3) extension does not help.
        request.ExtendForPublicInterest(Officer, new DateOnly(2027, 1, 22), "Balancing test", 20, Later, Uk);

        Assert.Equal(new DateOnly(2027, 1, 21), request.WorkingToOn);
    }

    [Fact]
    public void RecalculateDeadline_AfterABankHolidayIsAdded_MovesTheDueDateAndSaysSo()
    {
        var request = NewRequest();
        var version = request.Version;

        // Wed 13 Jan 2027 becomes a non-working day: day 20 is now Fri 22 Jan.
        var moved = request.RecalculateDeadline(UkWithExtraDay(2027, 1, 13), Later, "bank holiday added by Ada Admin", Admin);

        Assert.True(moved);
        Assert.Equal(new DateOnly(2027, 1, 22), request.DueOn);
        Assert.Equal(new DateOnly(2027, 1, 22), request.WorkingToOn);
        Assert.NotEqual(version, request.Version);
        var moveEvent = request.Events[^1];
        Assert.Equal("DeadlineMoved", moveEvent.Kind);
        Assert.Equal("Due date moved from Thursday 21 January 2027 to Friday 22 January 2027: bank holiday added by Ada Admin", moveEvent.Description);
        Assert.Equal(Admin, moveEvent.Actor);
    }

    [Fact]
    public void RecalculateDeadline_WithAHolidayAfterTheDueDate_MovesOnlyThePublicInterestTarget()
    {
        var request = NewRequest();
        request.StartWork(Officer, Received);
        request.ExtendForPublicInterest(Officer, new DateOnly(2027, 1, 21), "Balancing test", 20, Later, Uk);

        // Mon 1 Feb 2027 is inside the extension only: the target moves from Thu 18 to Fri 19 Feb.
        var moved = request.RecalculateDeadline(UkWithExtraDay(2027, 2, 1), Later, "bank holiday added by Ada Admin", Admin);

        Assert.True(moved);
        Assert.Equal(new DateOnly(2027, 1, 21), request.DueOn);
        Assert.Equal(new DateOnly(2027, 2, 19), request.WorkingToOn);
        Assert.Equal("Public interest target moved from Thursday 18 February 2027 to Friday 19 February 2027: bank holiday added by Ada Admin", request.Events[^1].Description);
    }

    [Fact]
    public void RecalculateDeadline_WhenNothingMoves_RecordsNothing()
    {
        var request = NewRequest();
        var events = request.Events.Count;
        var version = request.Version;

        // Wed 3 Feb 2027 is after the due date.
        var moved = request.RecalculateDeadline(UkWithExtraDay(2027, 2, 3), Later, "bank holiday added by Ada Admin", Admin);

        Assert.False(moved);
        Assert.Equal(events, request.Events.Count);
        Assert.Equal(version, request.Version);
    }

    [Fact]
    public void RecalculateDeadline_OnAClosedRequest_KeepsItsDates()
    {
        var request = NewRequest();
        request.StartWork(Officer, Received);
        request.RecordResponseSent(Officer, Received.AddDays(5));

        var moved = request.RecalculateDeadline(UkWithExtraDay(2027, 1, 13), Later, "bank holiday added by Ada Admin", Admin);

        Assert.False(moved);
        Assert.Equal(new DateOnly(2027, 1, 21), request.DueOn);
    }

    [Fact]
    public void ChangeRegime_ToFoisa_MovesBothDates()
    {
        var request = NewRequest();

        // FOISA s.73: Scottish holidays only. 25, 28 Dec, 1 and 4 Jan are all Scottish too, so day 20 stays 21 Jan;
        // with the clock read on the UK calendar instead it would not change either: the check is that both follow.
        request.ChangeRegime(Officer, Regime.Foisa, Later, WorkingDayCalendar.Scotland());

        Assert.Equal(request.DueOn, request.WorkingToOn);
        Assert.Equal(new DateOnly(2027, 1, 21), request.WorkingToOn);
    }
}
