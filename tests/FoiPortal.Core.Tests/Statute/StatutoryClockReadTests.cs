using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Statute;

/// <summary>
/// Hand-counted on a printed calendar. Baseline: received Mon 2 Feb 2026 under FOIA; February 2026 has no holidays,
/// so day 20 is Mon 2 Mar. March 2026 has St Patrick's Day (Tue 17 Mar, Northern Ireland) and April Good Friday
/// (3 Apr) and Easter Monday (6 Apr), all non-working for FOIA.
/// </summary>
public class StatutoryClockReadTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();
    private static readonly WorkingDayCalendar Scotland = WorkingDayCalendar.Scotland();

    private static ClockEvent Received(string on) => new(ClockEventKind.Received, D(on));

    private static ClockEvent Event(ClockEventKind kind, string on, int? extraWorkingDays = null) => new(kind, D(on), extraWorkingDays);

    private static ClockReading ReadFoia(string today, params ClockEvent[] events) => StatutoryClock.Read(Regime.Foia, events, Uk, D(today));

    [Fact]
    public void Read_Running_CountsElapsedAndRemaining()
    {
        // Elapsed: 3, 4, 5, 6, 9 Feb.
        var reading = ReadFoia("2026-02-09", Received("2026-02-02"));

        Assert.Equal(D("2026-03-02"), reading.DueOn);
        Assert.False(reading.Stopped);
        Assert.Null(reading.StoppedBecause);
        Assert.Equal(5, reading.WorkingDaysElapsed);
        Assert.Equal(15, reading.WorkingDaysRemaining);
        Assert.False(reading.Overdue);
        Assert.Null(reading.LapsesOn);
        Assert.Empty(reading.Skipped);
        Assert.Null(reading.InternalReviewDueOn);
        Assert.Equal(D("2026-02-02"), reading.ReceivedOn);
    }

    [Fact]
    public void Read_PastDueWithoutResponse_IsOverdueWithNegativeRemaining()
    {
        // Due Mon 2 Mar; Tue 3 and Wed 4 Mar are working days 21 and 22.
        var reading = ReadFoia("2026-03-04", Received("2026-02-02"));

        Assert.True(reading.Overdue);
        Assert.Equal(22, reading.WorkingDaysElapsed);
        Assert.Equal(-2, reading.WorkingDaysRemaining);
    }

    [Theory]
    [InlineData("2026-03-02", false, 20, 0)] // on day 20: in time
    [InlineData("2026-02-20", false, 14, 6)]
    [InlineData("2026-03-03", true, 21, -1)] // one working day late
    public void Read_Responded_StopsTheCountAtTheResponse(string respondedOn, bool overdue, int elapsed, int remaining)
    {
        var reading = ReadFoia("2026-04-30", Received("2026-02-02"), Event(ClockEventKind.ResponseSent, respondedOn));

        Assert.Equal(D("2026-03-02"), reading.DueOn);
        Assert.Equal(overdue, reading.Overdue);
        Assert.Equal(elapsed, reading.WorkingDaysElapsed);
        Assert.Equal(remaining, reading.WorkingDaysRemaining);
        Assert.Equal(D(respondedOn), reading.RespondedOn);
        Assert.False(reading.Stopped);
    }

    [Fact]
    public void Read_ClarificationSought_StopsTheClock()
    {
        // Elapsed: 3 and 4 Feb; the day clarification is sought does not count. Lapses 3 calendar months on.
        var reading = ReadFoia("2026-02-20", Received("2026-02-02"), Event(ClockEventKind.ClarificationSought, "2026-02-05"));

        Assert.Null(reading.DueOn);
        Assert.True(reading.Stopped);
        Assert.Contains("FOIA s.1(3)", reading.StoppedBecause, StringComparison.Ordinal);
        Assert.Null(reading.WorkingDaysRemaining);
        Assert.False(reading.Overdue);
        Assert.Equal(2, reading.WorkingDaysElapsed);
        Assert.Equal(D("2026-05-05"), reading.LapsesOn);
        Assert.False(reading.Lapsed);
    }

    [Fact]
    public void Read_ClarificationUnansweredForThreeMonths_HasLapsed() =>
        Assert.True(ReadFoia("2026-05-05", Received("2026-02-02"), Event(ClockEventKind.ClarificationSought, "2026-02-05")).Lapsed);

    [Fact]
    public void Read_ClarificationLapse_IsConfigurable()
    {
        var reading = StatutoryClock.Read(
            Regime.Foia,
            [Received("2026-02-02"), Event(ClockEventKind.ClarificationSought, "2026-02-05")],
            Uk,
            D("2026-02-20"),
            new ClockOptions { ClarificationLapseMonths = 1 });

        Assert.Equal(D("2026-03-05"), reading.LapsesOn);
    }

    [Fact]
    public void Read_ClarificationReceived_RestartsTwentyWorkingDaysFromThatDay()
    {
        // FOIA s.1(3): from Wed 18 Feb: 19 Feb-16 Mar are days 1-18, 17 Mar skipped, 18 Mar 19, 19 Mar 20.
        var reading = ReadFoia(
            "2026-02-20",
            Received("2026-02-02"),
            Event(ClockEventKind.ClarificationSought, "2026-02-05"),
            Event(ClockEventKind.ClarificationReceived, "2026-02-18"));

        Assert.Equal(D("2026-03-19"), reading.DueOn);
        Assert.Equal(D("2026-02-18"), reading.ReceivedOn);
        Assert.False(reading.Stopped);
        Assert.Null(reading.LapsesOn);
        Assert.Equal(2, reading.WorkingDaysElapsed);
        Assert.Equal(18, reading.WorkingDaysRemaining);
        Assert.Equal([new NonWorkingDay(D("2026-03-17"), "St Patrick's Day (Northern Ireland)")], reading.Skipped);
    }

    [Fact]
    public void Read_FeePaid_MovesTheDueDateByTheWorkingDaysStopped()
    {
        // FOIA s.10(2): notice Thu 5 Feb to payment Wed 11 Feb, both included: 5, 6, 9, 10, 11 Feb (5 days) are
        // disregarded. Counted: 3, 4 Feb (1-2), 12 Feb (3) ... so day 20 moves 5 working days, Mon 2 Mar -> Mon 9 Mar.
        var reading = ReadFoia(
            "2026-02-12",
            Received("2026-02-02"),
            Event(ClockEventKind.FeesNoticeIssued, "2026-02-05"),
            Event(ClockEventKind.FeePaid, "2026-02-11"));

        Assert.Equal(D("2026-03-09"), reading.DueOn);
        Assert.False(reading.Stopped);
        Assert.Equal(3, reading.WorkingDaysElapsed);
        Assert.Equal(17, reading.WorkingDaysRemaining);
    }

    [Fact]
    public void Read_FeeNoticeAndPaymentOnTheSameDay_DisregardsThatOneDay() =>
        // Mon 9 Feb disregarded: day 20 moves from Mon 2 Mar to Tue 3 Mar.
        Assert.Equal(
            D("2026-03-03"),
            ReadFoia("2026-02-10", Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-09"), Event(ClockEventKind.FeePaid, "2026-02-09")).DueOn);

    [Fact]
    public void Read_FeeUnpaid_StopsTheClockAndLapsesAfterThreeMonths()
    {
        // FOIA s.9(2): three months beginning with Thu 5 Feb end on 4 May; lapsed from 5 May.
        var reading = ReadFoia("2026-02-20", Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-05"));

        Assert.True(reading.Stopped);
        Assert.Null(reading.DueOn);
        Assert.Contains("FOIA s.10(2)", reading.StoppedBecause, StringComparison.Ordinal);
        Assert.Equal(2, reading.WorkingDaysElapsed);
        Assert.Equal(D("2026-05-05"), reading.LapsesOn);
        Assert.False(reading.Lapsed);
        Assert.True(ReadFoia("2026-05-05", Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-05")).Lapsed);
    }

    [Fact]
    public void Read_FeePaidOnTheLastDay_IsAccepted() =>
        Assert.NotNull(ReadFoia("2026-05-04", Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-05"), Event(ClockEventKind.FeePaid, "2026-05-04")).DueOn);

    [Fact]
    public void Read_FeePaidAfterLapse_Throws() =>
        Assert.Throws<InvalidClockEventException>(() =>
            ReadFoia("2026-05-06", Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-05"), Event(ClockEventKind.FeePaid, "2026-05-05")));

    [Fact]
    public void Read_FeeNoticeAfterTheDeadline_StillShowsTheRequestOverdue()
    {
        // The notice on Wed 4 Mar comes after day 20 (Mon 2 Mar): disregarding later days cannot move day 20.
        var reading = ReadFoia("2026-03-10", Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-03-04"));

        Assert.True(reading.Stopped);
        Assert.Equal(D("2026-03-02"), reading.DueOn);
        Assert.True(reading.Overdue);
    }

    [Fact]
    public void Read_EirFeeUnpaid_LapsesAfterSixtyWorkingDays()
    {
        // EIR reg 8(5): 60 working days after Mon 2 Feb (skipping 17 Mar, 3 Apr, 6 Apr) is Thu 30 Apr; lapsed from 1 May.
        var reading = StatutoryClock.Read(
            Regime.Eir,
            [Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-02")],
            Uk,
            D("2026-02-20"));

        Assert.Equal(D("2026-05-01"), reading.LapsesOn);
    }

    [Fact]
    public void Read_ClarificationAfterAPaidFee_StartsAfresh()
    {
        // The earlier fee pause belongs to the old request: from Mon 16 Feb day 20 is Mon 16 Mar.
        var reading = ReadFoia(
            "2026-02-16",
            Received("2026-02-02"),
            Event(ClockEventKind.FeesNoticeIssued, "2026-02-05"),
            Event(ClockEventKind.FeePaid, "2026-02-11"),
            Event(ClockEventKind.ClarificationSought, "2026-02-12"),
            Event(ClockEventKind.ClarificationReceived, "2026-02-16"));

        Assert.Equal(D("2026-03-16"), reading.DueOn);
        Assert.Equal(0, reading.WorkingDaysElapsed);
        Assert.Equal(20, reading.WorkingDaysRemaining);
    }

    [Theory]
    // s.10(3): target 20 working days after day 20 (Mon 2 Mar): 3-16 Mar are 1-10, 17 Mar skipped, 18-31 Mar are 11-20.
    [InlineData(null, "2026-03-31", 14)]
    // With 10 extra days: 3-13 Mar are 1-9, Mon 16 Mar is 10.
    [InlineData(10, "2026-03-16", 4)]
    public void Read_PublicInterestExtensionInTime_SetsATargetAndIsNotOverdue(int? extraWorkingDays, string target, int remaining)
    {
        var reading = ReadFoia(
            "2026-03-10",
            Received("2026-02-02"),
            Event(ClockEventKind.PublicInterestExtension, "2026-02-27", extraWorkingDays));

        Assert.Equal(D("2026-03-02"), reading.DueOn); // the refusal notice itself was due by day 20
        Assert.Equal(D(target), reading.PublicInterestTargetOn);
        Assert.False(reading.Overdue);
        Assert.Equal(remaining, reading.WorkingDaysRemaining);
        Assert.False(reading.PublicInterestTargetPassed);
    }

    [Fact]
    public void Read_PublicInterestExtensionAfterDayTwenty_IsOverdue()
    {
        var reading = ReadFoia("2026-03-10", Received("2026-02-02"), Event(ClockEventKind.PublicInterestExtension, "2026-03-04"));

        Assert.True(reading.Overdue);
        Assert.Equal(D("2026-03-31"), reading.PublicInterestTargetOn);
    }

    [Fact]
    public void Read_PublicInterestTargetMissed_IsFlagged() =>
        Assert.True(ReadFoia("2026-04-01", Received("2026-02-02"), Event(ClockEventKind.PublicInterestExtension, "2026-02-27")).PublicInterestTargetPassed);

    [Theory]
    [InlineData(Regime.Foisa)] // FOISA has no public interest extension
    [InlineData(Regime.Eir)] // the EIR extend under reg 7 instead
    public void Read_PublicInterestExtensionOutsideFoia_Throws(Regime regime) =>
        Assert.Throws<InvalidClockEventException>(() => StatutoryClock.Read(
            regime,
            [Received("2026-02-02"), Event(ClockEventKind.PublicInterestExtension, "2026-02-20")],
            WorkingDayCalendar.ForRegime(regime),
            D("2026-02-25")));

    [Fact]
    public void Read_EirExtension_GivesFortyWorkingDays()
    {
        // EIR reg 7(1): received Mon 9 Mar 2026. Day 20 is Thu 9 Apr (17 Mar, 3 Apr, 6 Apr skipped); days 21-36 run
        // 10 Apr-1 May, Mon 4 May (early May) is skipped, 5-8 May are days 37-40.
        var reading = StatutoryClock.Read(
            Regime.Eir,
            [Received("2026-03-09"), Event(ClockEventKind.EirExtension, "2026-03-20")],
            Uk,
            D("2026-03-23"));

        Assert.Equal(D("2026-05-08"), reading.DueOn);
        Assert.Equal([D("2026-03-17"), D("2026-04-03"), D("2026-04-06"), D("2026-05-04")], reading.Skipped.Select(s => s.Date));
    }

    [Fact]
    public void Read_EirExtensionAfterDayTwenty_Throws() =>
        // EIR reg 7(3): notice of the extension was due by Thu 9 Apr.
        Assert.Throws<InvalidClockEventException>(() => StatutoryClock.Read(
            Regime.Eir,
            [Received("2026-03-09"), Event(ClockEventKind.EirExtension, "2026-04-10")],
            Uk,
            D("2026-04-10")));

    [Fact]
    public void Read_EirExtensionBeyondFortyDays_Throws() =>
        Assert.Throws<InvalidClockEventException>(() => StatutoryClock.Read(
            Regime.Eir,
            [Received("2026-03-09"), Event(ClockEventKind.EirExtension, "2026-03-20", 21)],
            Uk,
            D("2026-03-23")));

    [Fact]
    public void Read_InternalReview_IsDueTwentyWorkingDaysAfterTheRequest()
    {
        // s.45 Code: from Thu 12 Mar: 13 Mar-16 Mar are 1-2, 17 Mar skipped, 18 Mar-2 Apr 3-14, 3 and 6 Apr skipped,
        // 7-14 Apr 15-20.
        var reading = ReadFoia(
            "2026-03-13",
            Received("2026-02-02"),
            Event(ClockEventKind.ResponseSent, "2026-03-02"),
            Event(ClockEventKind.InternalReviewRequested, "2026-03-12"));

        Assert.Equal(D("2026-04-14"), reading.InternalReviewDueOn);
        Assert.False(reading.Overdue);
    }

    [Fact]
    public void Read_InternalReviewExtended_IsDueAtMostFortyWorkingDaysAfterTheRequest() =>
        // Days 21-33 run 15 Apr-1 May, Mon 4 May skipped, 5 May-13 May are 34-40.
        Assert.Equal(
            D("2026-05-13"),
            ReadFoia(
                "2026-03-13",
                Received("2026-02-02"),
                Event(ClockEventKind.ResponseSent, "2026-03-02"),
                Event(ClockEventKind.InternalReviewRequested, "2026-03-12"),
                Event(ClockEventKind.InternalReviewExtended, "2026-03-13", 20)).InternalReviewDueOn);

    [Fact]
    public void Read_FoisaReview_UsesTheScottishCalendar()
    {
        // FOISA s.21(1): from Thu 12 Mar, only Good Friday (3 Apr) is skipped: 13 Mar-2 Apr are 1-15, 6-10 Apr 16-20.
        var reading = StatutoryClock.Read(
            Regime.Foisa,
            [Received("2026-02-02"), Event(ClockEventKind.ResponseSent, "2026-03-02"), Event(ClockEventKind.InternalReviewRequested, "2026-03-12")],
            Scotland,
            D("2026-03-13"));

        Assert.Equal(D("2026-04-10"), reading.InternalReviewDueOn);
    }

    [Fact]
    public void Read_FoisaReviewExtension_Throws() =>
        Assert.Throws<InvalidClockEventException>(() => StatutoryClock.Read(
            Regime.Foisa,
            [Received("2026-02-02"), Event(ClockEventKind.ResponseSent, "2026-03-02"), Event(ClockEventKind.InternalReviewRequested, "2026-03-12"), Event(ClockEventKind.InternalReviewExtended, "2026-03-13", 10)],
            Scotland,
            D("2026-03-13")));

    [Fact]
    public void Read_EventsOutOfOrder_AreReplayedByDate() =>
        Assert.Equal(
            D("2026-03-09"),
            ReadFoia("2026-02-12", Event(ClockEventKind.FeePaid, "2026-02-11"), Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-05")).DueOn);

    public static TheoryData<string, ClockEvent[]> IllegalSequences() => new()
    {
        { "no events", [] },
        { "no receipt", [Event(ClockEventKind.ClarificationSought, "2026-02-05")] },
        { "received twice", [Received("2026-02-02"), Received("2026-02-03")] },
        { "fee paid without a notice", [Received("2026-02-02"), Event(ClockEventKind.FeePaid, "2026-02-05")] },
        { "clarification received without being sought", [Received("2026-02-02"), Event(ClockEventKind.ClarificationReceived, "2026-02-05")] },
        { "fees notice while awaiting clarification", [Received("2026-02-02"), Event(ClockEventKind.ClarificationSought, "2026-02-03"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-04")] },
        { "second fees notice while unpaid", [Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-03"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-04")] },
        { "public interest extension while a fee is unpaid", [Received("2026-02-02"), Event(ClockEventKind.FeesNoticeIssued, "2026-02-03"), Event(ClockEventKind.PublicInterestExtension, "2026-02-04")] },
        { "clarification sought after the response", [Received("2026-02-02"), Event(ClockEventKind.ResponseSent, "2026-02-03"), Event(ClockEventKind.ClarificationSought, "2026-02-04")] },
        { "response sent twice", [Received("2026-02-02"), Event(ClockEventKind.ResponseSent, "2026-02-03"), Event(ClockEventKind.ResponseSent, "2026-02-04")] },
        { "review extended before requested", [Received("2026-02-02"), Event(ClockEventKind.InternalReviewExtended, "2026-02-04", 10)] },
        { "review extended beyond 40 days", [Received("2026-02-02"), Event(ClockEventKind.InternalReviewRequested, "2026-02-03"), Event(ClockEventKind.InternalReviewExtended, "2026-02-04", 21)] },
        { "EIR extension on a FOIA request", [Received("2026-02-02"), Event(ClockEventKind.EirExtension, "2026-02-04")] },
        { "extra days on an event that takes none", [new ClockEvent(ClockEventKind.Received, D("2026-02-02"), 5)] },
        { "event after the day read", [Received("2026-02-02"), Event(ClockEventKind.ResponseSent, "2026-02-21")] },
    };

    [Theory]
    [MemberData(nameof(IllegalSequences))]
    public void Read_IllegalSequence_ThrowsWithAMessage(string because, ClockEvent[] events)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => StatutoryClock.Read(Regime.Foia, events, Uk, D("2026-02-20")));

        Assert.False(string.IsNullOrWhiteSpace(exception.Message), because);
    }

    [Fact]
    public void Read_FoisaWithTheUkCalendar_Throws() =>
        Assert.Throws<ArgumentException>(() => StatutoryClock.Read(Regime.Foisa, [Received("2026-02-02")], Uk, D("2026-02-20")));
}
