using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Statute;

/// <summary>
/// Hand-counted on a printed 2031 calendar. Baseline: a FOIA request received Mon 3 Feb 2031; February has no holidays,
/// so day 20 is Mon 3 Mar. A 20-day public interest extension runs from the due date: Mar 4-7, 10-14, (Mon 17 Mar is
/// St Patrick's Day, a Northern Ireland bank holiday, not a working day under FOIA s.10(6)), 18-21, 24-28, 31 and
/// Tue 1 Apr (day 20). "Due soon" is today up to the 5th working day after today.
/// </summary>
public class DeadlineStatusTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    public static TheoryData<string, RequestStatus, string, string, DeadlineState, string?, bool, int?> Cases => new()
    {
        // Running. 20 Feb: due soon would end Thu 27 Feb (21, 24, 25, 26, 27), and 3 Mar is 7 working days away.
        { "running, a week and more to go", RequestStatus.InProgress, "", "2031-02-20", DeadlineState.OnTime, "2031-03-03", false, 7 },
        // 24 Feb: 25, 26, 27, 28 Feb and 3 Mar are the five working days ahead, so the due date is within them.
        { "running, five working days left", RequestStatus.InProgress, "", "2031-02-24", DeadlineState.DueSoon, "2031-03-03", false, 5 },
        { "running, due today", RequestStatus.Received, "", "2031-03-03", DeadlineState.DueSoon, "2031-03-03", false, 0 },
        { "running, a day late", RequestStatus.InProgress, "", "2031-03-04", DeadlineState.Overdue, "2031-03-03", false, -1 },
        // FOIA s.10(3), s.17(2): the refusal notice on the due date is in time, so the officer works to Tue 1 Apr.
        { "public interest extension in time, past the due date", RequestStatus.InProgress, "PI:2031-03-03", "2031-03-04", DeadlineState.OnTime, "2031-04-01", true, 19 },
        // 25 Mar: 26, 27, 28, 31 Mar and 1 Apr are the five working days ahead.
        { "public interest extension in time, target near", RequestStatus.InProgress, "PI:2031-03-03", "2031-03-25", DeadlineState.DueSoon, "2031-04-01", true, 5 },
        { "public interest extension in time, target passed", RequestStatus.InProgress, "PI:2031-03-03", "2031-04-02", DeadlineState.Overdue, "2031-04-01", true, -1 },
        // A notice given after the due date cannot meet it: still worked to (and overdue since) Mon 3 Mar; 4 and 5 Mar late.
        { "public interest extension notified late", RequestStatus.InProgress, "PI:2031-03-04", "2031-03-05", DeadlineState.Overdue, "2031-03-03", false, -2 },
        // FOIA s.1(3): no due date until the clarification comes.
        { "clarification awaited", RequestStatus.AwaitingClarification, "CS:2031-02-10", "2031-03-20", DeadlineState.Stopped, null, false, null },
        // FOIA s.10(2): the count reaches the unpaid notice before day 20, so no date either.
        { "fee awaited", RequestStatus.AwaitingFee, "FN:2031-02-10", "2031-03-20", DeadlineState.Stopped, null, false, null },
        { "responded in time", RequestStatus.Responded, "RS:2031-02-28", "2031-03-20", DeadlineState.Closed, "2031-03-03", false, null },
        { "responded after a timely extension", RequestStatus.Responded, "PI:2031-03-03 RS:2031-03-20", "2031-04-20", DeadlineState.Closed, "2031-04-01", true, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_ClassifiesTheClock(string because, RequestStatus status, string events, string today, DeadlineState state, string? workingTo, bool toTarget, int? left)
    {
        var reading = StatutoryClock.Read(Regime.Foia, Events(events), Uk, D(today));

        var deadline = DeadlineStatus.Read(status, reading, Uk, D(today));

        Assert.True(state == deadline.State, $"{because}: expected {state}, got {deadline.State}");
        Assert.Equal(workingTo is null ? null : D(workingTo), deadline.WorkingToOn);
        Assert.Equal(toTarget, deadline.WorkingToPublicInterestTarget);
        Assert.Equal(left, deadline.WorkingDaysLeft);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Window_AgreesWithRead_OnTheStoredDate(string because, RequestStatus status, string events, string today, DeadlineState state, string? workingTo, bool toTarget, int? left)
    {
        _ = (events, toTarget, left);
        var window = DeadlineWindow.On(D(today), Uk, WorkingDayCalendar.Scotland());
        // While no date can be known the stored one is the last known: 3 Mar here. It cannot make a stopped clock overdue.
        var stored = workingTo is null ? D("2031-03-03") : D(workingTo);

        Assert.True(state == window.Of(status, Regime.Foia, stored), because);
        Assert.Equal(state == DeadlineState.Overdue, window.Overdue.Compile()(Stored(status, stored)));
        Assert.Equal(state == DeadlineState.DueSoon, window.DueSoon.Compile()(Stored(status, stored)));
        Assert.Equal(state is DeadlineState.DueSoon or DeadlineState.Overdue, window.DueSoonOrOverdue.Compile()(Stored(status, stored)));
    }

    [Theory]
    // Today Mon 10 Mar 2031. FOIA: Tue 11, Wed 12, Thu 13, Fri 14, (Mon 17 St Patrick's Day), Tue 18: due soon to 18 Mar.
    // FOISA s.73 counts Scottish bank holidays only, so Mon 17 Mar is a working day and due soon ends on 17 Mar.
    [InlineData(Regime.Foia, "2031-03-18", DeadlineState.DueSoon)]
    [InlineData(Regime.Foisa, "2031-03-18", DeadlineState.OnTime)]
    [InlineData(Regime.Foisa, "2031-03-17", DeadlineState.DueSoon)]
    [InlineData(Regime.Eir, "2031-03-19", DeadlineState.OnTime)]
    [InlineData(Regime.Eir, "2031-03-07", DeadlineState.Overdue)]
    public void Window_CountsDueSoonOnTheRegimesCalendar(Regime regime, string workingTo, DeadlineState expected)
    {
        var window = DeadlineWindow.On(D("2031-03-10"), Uk, WorkingDayCalendar.Scotland());

        Assert.Equal(D("2031-03-18"), window.UkDueSoonBy);
        Assert.Equal(D("2031-03-17"), window.ScotlandDueSoonBy);
        Assert.Equal(expected, window.Of(RequestStatus.InProgress, regime, D(workingTo)));
    }

    [Theory]
    [InlineData(RequestStatus.AwaitingClarification, DeadlineState.Stopped)]
    [InlineData(RequestStatus.AwaitingFee, DeadlineState.Stopped)]
    [InlineData(RequestStatus.Withdrawn, DeadlineState.Closed)]
    [InlineData(RequestStatus.Lapsed, DeadlineState.Closed)]
    [InlineData(RequestStatus.InternalReview, DeadlineState.Closed)]
    [InlineData(RequestStatus.AwaitingSignOff, DeadlineState.Overdue)]
    public void Classify_LongPastDate_IsOverdueOnlyWhileTheClockRuns(RequestStatus status, DeadlineState expected) =>
        Assert.Equal(expected, DeadlineStatus.Classify(status, D("2031-01-01"), D("2031-03-10"), D("2031-03-17")));

    private static FoiRequest Stored(RequestStatus status, DateOnly workingTo)
    {
        var request = (FoiRequest)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(FoiRequest));
        typeof(FoiRequest).GetProperty(nameof(FoiRequest.Status))!.SetValue(request, status);
        typeof(FoiRequest).GetProperty(nameof(FoiRequest.WorkingToOn))!.SetValue(request, workingTo);
        typeof(FoiRequest).GetProperty(nameof(FoiRequest.Regime))!.SetValue(request, Regime.Foia);
        return request;
    }

    /// <summary>"PI:2031-03-03 RS:2031-03-20": receipt on Mon 3 Feb 2031 first, then these in order.</summary>
    private static List<ClockEvent> Events(string spec)
    {
        var events = new List<ClockEvent> { new(ClockEventKind.Received, D("2031-02-03")) };
        foreach (var part in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var on = D(part[3..]);
            events.Add(part[..2] switch
            {
                "PI" => new ClockEvent(ClockEventKind.PublicInterestExtension, on, 20),
                "CS" => new ClockEvent(ClockEventKind.ClarificationSought, on),
                "FN" => new ClockEvent(ClockEventKind.FeesNoticeIssued, on),
                "RS" => new ClockEvent(ClockEventKind.ResponseSent, on),
                _ => throw new ArgumentException(part, nameof(spec)),
            });
        }

        return events;
    }
}
