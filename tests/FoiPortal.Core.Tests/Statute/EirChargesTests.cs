using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Statute;

/// <summary>EIR reg 8: the advance payment (8(4)), the days until payment disregarded (8(6)), the lapse after 60 working days (8(5)).</summary>
public class EirChargesTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    [Theory]
    [InlineData(ClockEventKind.FeesNoticeIssued, Regime.Eir, "EIR reg 8(4)")]
    [InlineData(ClockEventKind.FeePaid, Regime.Eir, "EIR reg 8(6)")]
    [InlineData(ClockEventKind.FeesNoticeIssued, Regime.Foia, "FOIA s.10(2)")]
    [InlineData(ClockEventKind.FeePaid, Regime.Foisa, "FOISA s.10(2)")]
    public void Citation_EirReg8_NoticeIs8_4_PaymentPauseIs8_6(ClockEventKind kind, Regime regime, string expected) =>
        Assert.Equal(expected, kind.Citation(regime));

    [Fact]
    public void Read_EirReg8_6_StoppedAwaitingPayment_Cites8_4And8_6_AndLapsesAfterSixtyWorkingDays()
    {
        // Notice Mon 2 Feb 2026; EIR reg 8(5): the 60th working day after it (skipping 17 Mar, 3 Apr, 6 Apr) is Thu 30 Apr: lapsed from Fri 1 May, not "3 months" (2 May).
        var reading = StatutoryClock.Read(
            Regime.Eir,
            [new(ClockEventKind.Received, D("2026-02-02")), new(ClockEventKind.FeesNoticeIssued, D("2026-02-02"))],
            Uk,
            D("2026-02-20"));

        Assert.Equal(
            "Awaiting the advance payment of the charge notified on 2 February 2026 (EIR reg 8(4)): working days until it is received do not count (EIR reg 8(6)).",
            reading.StoppedBecause);
        Assert.Equal(D("2026-05-01"), reading.LapsesOn);
    }
}
