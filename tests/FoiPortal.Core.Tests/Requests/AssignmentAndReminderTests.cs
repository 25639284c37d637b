using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Requests;

public class AssignmentAndReminderTests
{
    private static readonly DateTimeOffset Received = new(2031, 2, 10, 10, 0, 0, TimeSpan.Zero);

    private static FoiRequest NewRequest() =>
        FoiRequest.Submit(
            "FOI/2031/00001",
            new Requester("Jo Bloggs", "jo@example.org", null),
            "Drones",
            ["How many drones?"],
            PreferredFormat.Email,
            Channel.Web,
            Received,
            WorkingDayCalendar.UnitedKingdom(),
            TrackingToken.Create().Hash);

    [Fact]
    public void AssignTo_RecordsWhoAndByWhomOnceAndKeepsTheStatus()
    {
        var request = NewRequest();
        var version = request.Version;

        request.AssignTo("officer@x.test", "manager@x.test", Received.AddHours(1), "Olivia Officer");

        Assert.Equal("officer@x.test", request.AssignedOfficer);
        Assert.Equal(RequestStatus.Received, request.Status);
        Assert.NotEqual(version, request.Version);
        var assigned = request.Events[^1];
        Assert.Equal("Assigned", assigned.Kind);
        // Who assigned it is the event's actor, shown once beside the description: never "Assigned to X by Y" plus "by Y".
        Assert.Equal("Assigned to Olivia Officer", assigned.Description);
        Assert.Equal("manager@x.test", assigned.Actor);
    }

    [Fact]
    public void AssignTo_TheSameOfficerAgain_ChangesNothing()
    {
        var request = NewRequest();
        request.AssignTo("officer@x.test", "officer@x.test", Received);
        var version = request.Version;
        var events = request.Events.Count;

        request.AssignTo("officer@x.test", "manager@x.test", Received);

        Assert.Equal(version, request.Version);
        Assert.Equal(events, request.Events.Count);
    }

    [Fact]
    public void AssignTo_AClosedRequest_IsRefused()
    {
        var request = NewRequest();
        request.StartWork("officer@x.test", Received);
        request.RecordResponseSent("officer@x.test", Received);

        var error = Assert.Throws<DomainException>(() => request.AssignTo("manager@x.test", "manager@x.test", Received));

        Assert.Equal("A request that is responded cannot be assigned.", error.Message);
        Assert.Equal("officer@x.test", request.AssignedOfficer);
    }

    // Today Monday 10 March 2031. Working days after it: Tue 11, Wed 12, Thu 13, Fri 14, (Mon 17 is St Patrick's Day,
    // a Northern Ireland bank holiday: not a working day under FOIA s.10(6)), Tue 18, Wed 19.
    [Theory]
    [InlineData("2031-03-19", null)]
    [InlineData("2031-03-18", ReminderKind.FiveDays)]
    [InlineData("2031-03-17", ReminderKind.FiveDays)]
    [InlineData("2031-03-12", ReminderKind.FiveDays)]
    [InlineData("2031-03-11", ReminderKind.OneDay)]
    [InlineData("2031-03-10", ReminderKind.OneDay)]
    [InlineData("2031-03-07", ReminderKind.Overdue)]
    public void ReminderDue_CountsWorkingDaysToTheDueDate(string dueOn, ReminderKind? expected)
    {
        var kind = DeadlineReminder.Due(DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2031, 3, 10), WorkingDayCalendar.UnitedKingdom());

        Assert.Equal(expected, kind);
    }

    [Fact]
    public void ReminderDue_UnderFoisa_CountsStPatricksDayAsAWorkingDay()
    {
        // FOISA s.73: Scottish bank holidays only, so Mon 17 March is working day 5 and Tue 18 March is day 6.
        var kind = DeadlineReminder.Due(new DateOnly(2031, 3, 18), new DateOnly(2031, 3, 10), WorkingDayCalendar.Scotland());

        Assert.Null(kind);
    }
}
