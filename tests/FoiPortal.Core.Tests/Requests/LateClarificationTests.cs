using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>
/// Late clarification does not cure lateness (FOIA s.1(3) restarts the clock for the clarified request only), and under the
/// EIR particulars must be asked for within 20 working days (reg 9(2)). Hand-counted, UK-wide (s.10(6)): received Mon 2 Nov
/// 2026, day 20 is Tue 1 Dec (Mon 30 Nov, St Andrew's Day, skipped). Clarification received Mon 7 Dec: 8-11 Dec (4),
/// 14-18 (9), 21-24 (13), 25 and 28 Dec holidays, 29-31 (16), 1 and 4 Jan holidays, 5-8 Jan (20): due Fri 8 Jan 2027.
/// </summary>
public class LateClarificationTests
{
    private const string Officer = "officer@foiportal.test";
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);

    private static FoiRequest NewRequest(Regime regime = Regime.Foia)
    {
        var request = FoiRequest.Submit(
            "FOI/2026/00200", new Requester("Jo Bloggs", "jo@example.org", null), "Clock test", ["Question one"],
            PreferredFormat.Email, Channel.Web, Received, Uk, TrackingToken.Create().Hash);
        if (regime != Regime.Foia)
        {
            request.ChangeRegime(Officer, regime, Received.AddHours(1), Uk);
        }

        return request;
    }

    [Theory]
    [InlineData("2026-12-01", null)] // on the due date: in time
    [InlineData("2026-12-02", "2026-12-01")]
    [InlineData("2026-12-03", "2026-12-01")]
    public void Read_FoiaS1_3_ClarificationSoughtAfterTheDueDate_KeepsTheMissedDueDate(string soughtOn, string? missed)
    {
        var reading = StatutoryClock.Read(
            Regime.Foia,
            [new(ClockEventKind.Received, D("2026-11-02")), new(ClockEventKind.ClarificationSought, D(soughtOn)), new(ClockEventKind.ClarificationReceived, D("2026-12-07"))],
            Uk,
            D("2026-12-10"));

        Assert.Equal(D("2027-01-08"), reading.DueOn);
        Assert.False(reading.Overdue);
        Assert.Equal(missed is null ? null : D(missed), reading.MissedDueOn);
    }

    [Fact]
    public void FoiRequest_FoiaS1_3_ClarificationSoughtOnThirdDecember_StaysLateOnFirstDecember_AndTheTimelineSaysSo()
    {
        var request = NewRequest();

        request.SeekClarification(Officer, D("2026-12-03"), Later, Uk);
        request.RecordClarificationReceived(Officer, D("2026-12-07"), Later, Uk);

        Assert.Equal(D("2026-12-01"), request.LateOnOriginalDueOn);
        Assert.True(request.WasLateBeforeClarification);
        Assert.Equal(D("2027-01-08"), request.DueOn);
        Assert.Contains(
            request.Events,
            e => e.Kind == "LateBeforeClarification"
                && e.Description == "Clarification was sought after the due date of 1 December 2026: the request was already late and stays recorded as late; the clock restarts only for the clarified request");
    }

    [Fact]
    public void FoiRequest_FoiaS1_3_ClarificationSoughtOnTheDueDate_IsNotLate()
    {
        var request = NewRequest();

        request.SeekClarification(Officer, D("2026-12-01"), Later, Uk);

        Assert.Null(request.LateOnOriginalDueOn);
        Assert.DoesNotContain(request.Events, e => e.Kind == "LateBeforeClarification");
    }

    [Fact]
    public void FoiRequest_EirReg9_2_ParticularsAskedForOnSecondDecember_AreRefusedSayingWhy()
    {
        var request = NewRequest(Regime.Eir);

        var error = Assert.Throws<DomainException>(() => request.SeekClarification(Officer, D("2026-12-02"), Later, Uk));

        Assert.Equal(
            "Particulars cannot be asked for on 2 December 2026: under the EIR they must be asked for within 20 working days of receipt, "
            + "that is by 1 December 2026 (EIR reg 9(2)). Deal with the request as it stands.",
            error.Message);
        Assert.Equal(RequestStatus.Received, request.Status);
    }

    [Fact]
    public void FoiRequest_EirReg9_2_ParticularsAskedForOnTheTwentiethWorkingDay_AreRecorded()
    {
        var request = NewRequest(Regime.Eir);

        request.SeekClarification(Officer, D("2026-12-01"), Later, Uk);

        Assert.Equal(RequestStatus.AwaitingClarification, request.Status);
    }

    [Fact]
    public void Read_FoisaS1_3_LateClarification_AlsoKeepsTheBreach()
    {
        // FOISA, Scottish holidays only: 3-6 Nov (4), 9-13 (9), 16-20 (14), 23-27 (19), Mon 30 Nov St Andrew's Day, Tue 1 Dec (20).
        var reading = StatutoryClock.Read(
            Regime.Foisa,
            [new(ClockEventKind.Received, D("2026-11-02")), new(ClockEventKind.ClarificationSought, D("2026-12-04"))],
            WorkingDayCalendar.Scotland(),
            D("2026-12-04"));

        Assert.Equal(D("2026-12-01"), reading.MissedDueOn);
    }
}
