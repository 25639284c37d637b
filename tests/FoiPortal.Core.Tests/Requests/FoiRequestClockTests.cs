using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>
/// The clock actions on the aggregate. Dates by hand on the UK calendar for November and December 2026:
/// Mon 30 Nov 2026 is St Andrew's Day (a Scottish bank holiday, so not a working day anywhere for FOIA s.10(6)),
/// Fri 25 Dec is Christmas Day and Mon 28 Dec the Boxing Day substitute.
/// </summary>
public class FoiRequestClockTests
{
    private const string Officer = "officer@foiportal.test";

    // Mon 2 Nov 2026, 10:00 GMT. Day 1 is Tue 3 Nov: 3-6 Nov (4), 9-13 (9), 16-20 (14), 23-27 (19),
    // 30 Nov skipped, Tue 1 Dec is day 20.
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly DueWithoutStops = new(2026, 12, 1);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    private static FoiRequest NewRequest() =>
        FoiRequest.Submit(
            "FOI/2026/00100",
            new Requester("Jo Bloggs", "jo@example.org", null),
            "Clock test",
            ["Question one"],
            PreferredFormat.Email,
            Channel.Web,
            Received,
            Uk,
            TrackingToken.Create().Hash);

    private static DateOnly Nov(int day) => new(2026, 11, day);

    [Fact]
    public void Submit_RecordsTheReceivedClockEvent()
    {
        var request = NewRequest();

        var received = Assert.Single(request.ClockEvents);
        Assert.Equal(ClockEventKind.Received, received.Kind);
        Assert.Equal(Nov(2), received.On);
        Assert.Null(received.RecordedBy);
        Assert.Equal(DueWithoutStops, request.DueOn);
    }

    [Fact]
    public void Log_BackDatedPostalRequest_IsDueFromTheRealDateOfReceipt()
    {
        // Arrived by post Mon 2 Nov, logged on 27 Nov: still due Tue 1 Dec (see the class comment).
        var request = FoiRequest.Log(
            "FOI/2026/00101", new Requester("Pat Post", string.Empty, "1 High Street\nTown"), "By post", ["Q"],
            PreferredFormat.PaperCopy, Channel.Post, Received, Officer, Now, Uk, TrackingToken.Create().Hash);

        Assert.Equal(Channel.Post, request.Channel);
        Assert.Equal(Nov(2), request.ReceivedOn);
        Assert.Equal(DueWithoutStops, request.DueOn);
        Assert.Equal(Received.UtcDateTime, request.ReceivedAtUtc);
        Assert.Contains(request.Events, e => e.Kind == "Logged" && e.Actor == Officer);
    }

    [Fact]
    public void Log_ReceivedInTheFuture_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => FoiRequest.Log(
            "R", new Requester("A", "a@example.org", null), "T", ["Q"], PreferredFormat.Email, Channel.Email,
            Now.AddMinutes(5), Officer, Now, Uk, "hash"));

        Assert.Equal("The date and time the request was received cannot be in the future.", error.Message);
    }

    [Fact]
    public void Log_WebChannel_IsRefused() =>
        Assert.Throws<DomainException>(() => FoiRequest.Log(
            "R", new Requester("A", "a@example.org", null), "T", ["Q"], PreferredFormat.Email, Channel.Web,
            Received, Officer, Now, Uk, "hash"));

    [Fact]
    public void SeekClarification_StopsTheClockAndKeepsTheLastDueDate()
    {
        var request = NewRequest();
        var version = request.Version;

        request.SeekClarification(Officer, Nov(5), Now, Uk);

        Assert.Equal(RequestStatus.AwaitingClarification, request.Status);
        Assert.Equal(DueWithoutStops, request.DueOn);
        Assert.NotEqual(version, request.Version);
        var recorded = request.ClockEvents[^1];
        Assert.Equal((ClockEventKind.ClarificationSought, Nov(5), Officer), (recorded.Kind, recorded.On, recorded.RecordedBy));
        var timeline = request.Events[^1];
        Assert.Equal("Clarification sought on 5 November 2026 (FOIA s.1(3))", timeline.Description);
        Assert.Equal(Officer, timeline.Actor);
    }

    [Fact]
    public void RecordClarificationReceived_RestartsTwentyWorkingDaysFromThatDay()
    {
        var request = NewRequest();
        request.SeekClarification(Officer, Nov(5), Now, Uk);

        request.RecordClarificationReceived(Officer, Nov(9), Now, Uk);

        // s.1(3): from Mon 9 Nov. 10-13 Nov (4), 16-20 (9), 23-27 (14), 30 Nov skipped, 1-4 Dec (18), 7 Dec (19), Tue 8 Dec (20).
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Equal(new DateOnly(2026, 12, 8), request.DueOn);
    }

    [Fact]
    public void RecordClarificationReceived_WhenNoneWasSought_IsRefusedAndNothingChanges()
    {
        var request = NewRequest();
        request.StartWork(Officer, Received);
        var version = request.Version;

        var error = Assert.Throws<DomainException>(() => request.RecordClarificationReceived(Officer, Nov(9), Now, Uk));

        Assert.Equal("Clarification received on 9 November 2026, but none was sought.", error.Message);
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Single(request.ClockEvents);
        Assert.Equal(version, request.Version);
    }

    [Fact]
    public void FeesNoticeThenPayment_DisregardsTheDaysBetween()
    {
        var request = NewRequest();
        request.StartWork(Officer, Received);

        request.IssueFeesNotice(Officer, Nov(6), Now, Uk);
        Assert.Equal(RequestStatus.AwaitingFee, request.Status);
        request.RecordFeePaid(Officer, Nov(11), Now, Uk);

        // s.10(2): 3-5 Nov count (3); Fri 6 to Wed 11 Nov do not; then 12-13 (5), 16-20 (10), 23-27 (15),
        // 30 Nov skipped, 1-4 Dec (19), Mon 7 Dec (20).
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Equal(new DateOnly(2026, 12, 7), request.DueOn);
    }

    [Fact]
    public void RecordFeePaid_Twice_IsRefused()
    {
        var request = NewRequest();
        request.IssueFeesNotice(Officer, Nov(6), Now, Uk);
        request.RecordFeePaid(Officer, Nov(11), Now, Uk);

        var error = Assert.Throws<DomainException>(() => request.RecordFeePaid(Officer, Nov(12), Now, Uk));

        Assert.Equal("Fee paid on 12 November 2026, but no fees notice is outstanding.", error.Message);
        Assert.Equal(3, request.ClockEvents.Count);
    }

    [Fact]
    public void ExtendForPublicInterest_KeepsTheDueDateAndSetsATarget()
    {
        var request = NewRequest();

        request.ExtendForPublicInterest(Officer, Nov(20), "Balancing test under s.31 needs advice", 20, Now, Uk);

        // The refusal notice is still due Tue 1 Dec (s.17(2)); the target is 20 working days later:
        // 2-4 Dec (3), 7-11 (8), 14-18 (13), 21-24 (17), 25 and 28 Dec skipped, 29-31 Dec (20): Thu 31 Dec.
        Assert.Equal(DueWithoutStops, request.DueOn);
        var reading = FoiRequest.ReadClock(request.Regime, request.ReceivedOn, request.ClockEvents.Select(e => e.ToClockEvent()), Uk, Nov(27));
        Assert.Equal(new DateOnly(2026, 12, 31), reading.PublicInterestTargetOn);
        Assert.Equal("Balancing test under s.31 needs advice", request.ClockEvents[^1].Reason);
    }

    [Fact]
    public void ExtendForPublicInterest_AfterTheResponseWasSent_IsRefused()
    {
        var request = NewRequest();
        request.StartWork(Officer, Received);
        request.RecordResponseSent(Officer, Received.AddDays(3));

        var error = Assert.Throws<DomainException>(() => request.ExtendForPublicInterest(Officer, Nov(20), "Reason", 20, Now, Uk));

        Assert.Equal("A public interest extension cannot be added after the response was sent.", error.Message);
    }

    [Fact]
    public void ExtendForPublicInterest_UnderFoisa_IsRefused()
    {
        var request = NewRequest();
        var scotland = WorkingDayCalendar.Scotland();
        request.ChangeRegime(Officer, Regime.Foisa, Now, scotland);

        var error = Assert.Throws<DomainException>(() => request.ExtendForPublicInterest(Officer, Nov(20), "Reason", 20, Now, scotland));

        Assert.StartsWith("FOISA has no public interest extension", error.Message, StringComparison.Ordinal);
        Assert.Single(request.ClockEvents);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void ExtendForPublicInterest_OutsideOneToTwentyDays_IsRefused(int extra)
    {
        var error = Assert.Throws<DomainException>(() => NewRequest().ExtendForPublicInterest(Officer, Nov(20), "Reason", extra, Now, Uk));

        Assert.Equal("A public interest extension must be between 1 and 20 working days.", error.Message);
    }

    [Fact]
    public void ExtendForPublicInterest_WithoutAReason_IsRefused() =>
        Assert.Throws<DomainException>(() => NewRequest().ExtendForPublicInterest(Officer, Nov(20), "  ", 20, Now, Uk));

    [Fact]
    public void ExtendForEir_TakesTheLimitToFortyWorkingDays()
    {
        var request = NewRequest();
        request.ChangeRegime(Officer, Regime.Eir, Now, Uk);

        request.ExtendForEir(Officer, Nov(16), "Complex and voluminous", Now, Uk);

        // Day 20 is Tue 1 Dec; days 21-40 as in the public interest test above: Thu 31 Dec.
        Assert.Equal(new DateOnly(2026, 12, 31), request.DueOn);
        Assert.Equal(40, FoiRequest.TimeLimitWorkingDays(request.ClockEvents.Select(e => e.ToClockEvent())));
    }

    [Fact]
    public void ExtendForEir_OnAFoiaRequest_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => NewRequest().ExtendForEir(Officer, Nov(16), null, Now, Uk));

        Assert.Contains("Only EIR requests can be extended under EIR reg 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClockAction_WhileWaitingForTheFee_IsRefusedInPlainWords()
    {
        var request = NewRequest();
        request.IssueFeesNotice(Officer, Nov(6), Now, Uk);

        var error = Assert.Throws<DomainException>(() => request.ExtendForPublicInterest(Officer, Nov(10), "Reason", 20, Now, Uk));

        Assert.Equal("Extended for the public interest test on 10 November 2026 while the clock is stopped awaiting the fee from the notice of 6 November 2026.", error.Message);
    }

    [Fact]
    public void ClockAction_DatedInTheFuture_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => NewRequest().SeekClarification(Officer, Nov(28), Now, Uk));

        Assert.Equal("The date cannot be in the future.", error.Message);
    }

    [Fact]
    public void ClockAction_DatedBeforeReceipt_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => NewRequest().SeekClarification(Officer, Nov(1), Now, Uk));

        Assert.Equal("The date cannot be before the request was received on 2 November 2026.", error.Message);
    }

    [Fact]
    public void ClockAction_DatedBeforeTheLastClockEvent_IsRefused()
    {
        var request = NewRequest();
        request.SeekClarification(Officer, Nov(10), Now, Uk);

        var error = Assert.Throws<DomainException>(() => request.RecordClarificationReceived(Officer, Nov(9), Now, Uk));

        Assert.Equal("The date cannot be before the last clock event (clarification sought on 10 November 2026).", error.Message);
    }

    [Fact]
    public void ClockAction_OnAWithdrawnRequest_IsRefused()
    {
        var request = NewRequest();
        request.Withdraw(Received);

        var error = Assert.Throws<DomainException>(() => request.IssueFeesNotice(Officer, Nov(6), Now, Uk));

        Assert.Equal("Fees notice issued cannot be recorded because the request is withdrawn.", error.Message);
    }

    [Fact]
    public void ReadClock_ForARequestStoredBeforeClockEvents_TakesReceiptFromTheRequest()
    {
        var reading = FoiRequest.ReadClock(Regime.Foia, Nov(2), [], Uk, Nov(27));

        Assert.Equal(DueWithoutStops, reading.DueOn);
    }
}
