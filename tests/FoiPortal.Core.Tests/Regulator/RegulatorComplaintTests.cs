using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Regulator;

/// <summary>Issue 14: a complaint to the regulator on a case, its deadlines and their status, without HTTP.</summary>
public sealed class RegulatorComplaintTests
{
    private const string Officer = "officer@foiportal.test";
    private static readonly DateTimeOffset Received = new(2027, 1, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Responded = new(2027, 1, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    [Theory]
    [InlineData(RequestStatus.Received)]
    [InlineData(RequestStatus.InProgress)]
    [InlineData(RequestStatus.Approved)]
    [InlineData(RequestStatus.Withdrawn)]
    public void WhyNotRecordable_BeforeTheResponse_IsRefused(RequestStatus status) =>
        Assert.Equal("A complaint to the regulator can be recorded only once the response has been sent.", RegulatorComplaint.WhyNotRecordable(status, []));

    [Theory]
    [InlineData(RequestStatus.Responded)]
    [InlineData(RequestStatus.InternalReview)]
    [InlineData(RequestStatus.Reviewed)]
    public void WhyNotRecordable_AfterTheResponse_IsAllowed(RequestStatus status) =>
        Assert.Null(RegulatorComplaint.WhyNotRecordable(status, []));

    [Fact]
    public void Record_OnAnOpenRequest_Throws()
    {
        var request = NewRequest();
        request.StartWork(Officer, Received);

        var ex = Assert.Throws<DomainException>(() => RegulatorComplaint.Record(request, [], "IC-1", D("2027-02-01"), Officer, Now));
        Assert.Equal("A complaint to the regulator can be recorded only once the response has been sent.", ex.Message);
    }

    [Fact]
    public void Record_SecondWhileTheFirstAwaitsADecision_IsRefused()
    {
        var request = RespondedRequest();
        var first = RegulatorComplaint.Record(request, [], "IC-1", D("2027-02-01"), Officer, Now);

        var ex = Assert.Throws<DomainException>(() => RegulatorComplaint.Record(request, [first], "IC-2", D("2027-02-02"), Officer, Now));
        Assert.Equal("This case already has a complaint waiting for a decision (IC-1): record its decision notice first.", ex.Message);
    }

    [Fact]
    public void Record_SecondAfterTheFirstWasDecided_IsAllowed()
    {
        var request = RespondedRequest();
        var first = RegulatorComplaint.Record(request, [], "IC-1", D("2027-02-01"), Officer, Now);
        first.RecordDecisionNotice(request, DecisionOutcome.NotUpheld, "IC-1-DN", D("2027-02-20"), null, null, Officer, Now);

        var second = RegulatorComplaint.Record(request, [first], "IC-2", D("2027-02-25"), Officer, Now);

        Assert.Equal(ComplaintStage.AwaitingDecision, second.Stage);
    }

    [Fact]
    public void Record_NamesTheRegulatorFromTheRegime_AndGoesOnTheTimeline()
    {
        var request = RespondedRequest(Regime.Foisa);
        var version = request.Version;

        var complaint = RegulatorComplaint.Record(request, [], " 202700123 ", D("2027-02-01"), Officer, Now);

        Assert.Equal(FoiPortal.Core.Regulator.Regulator.ScottishInformationCommissioner, complaint.Regulator);
        Assert.Equal("202700123", complaint.CaseReference);
        Assert.NotEqual(version, request.Version);
        var e = request.Events[^1];
        Assert.Equal("Complaint to the Scottish Information Commissioner recorded (202700123); the authority was told on 1 February 2027", e.Description);
        Assert.Equal(Officer, e.Actor);
    }

    [Fact]
    public void Record_ToldBeforeTheResponse_IsRefused()
    {
        var request = RespondedRequest();

        var ex = Assert.Throws<DomainException>(() => RegulatorComplaint.Record(request, [], "IC-1", D("2027-01-19"), Officer, Now));
        Assert.Equal("The date the authority was told of the complaint cannot be before the response was sent on 20 January 2027.", ex.Message);
    }

    [Fact]
    public void RecordDecisionNotice_InTheFuture_IsRefused()
    {
        var (request, complaint) = Complaint();

        var ex = Assert.Throws<DomainException>(() =>
            complaint.RecordDecisionNotice(request, DecisionOutcome.Upheld, "IC-1-DN", D("2027-03-02"), "Respond", 35, Officer, Now));
        Assert.Equal("The date of the decision notice cannot be in the future.", ex.Message);
        Assert.Null(complaint.Notice);
    }

    [Fact]
    public void RecordDecisionNotice_WithSteps_AddsStepsAndAppealDeadlines_AndSupersedesSubmissions()
    {
        var (request, complaint) = Complaint();
        complaint.AddSubmissionDeadline(request, D("2027-02-15"), "Send the withheld information", Officer, Now);

        // Notice dated Wed 10 Feb 2027: steps 35 days later = 17 Mar 2027 (18 to 28 Feb, 17 into March);
        // FOIA s.57: appeal within 28 days = 10 Mar 2027.
        complaint.RecordDecisionNotice(request, DecisionOutcome.PartlyUpheld, "IC-1-DN", D("2027-02-10"), "Disclose part 2", 35, Officer, Now);

        Assert.Equal(ComplaintStage.Decided, complaint.Stage);
        Assert.Equal(RegulatorDeadlineState.Superseded, complaint.Deadlines.Single(d => d.Kind == RegulatorDeadlineKind.Submission).State);
        Assert.Equal(D("2027-03-17"), complaint.Deadlines.Single(d => d.Kind == RegulatorDeadlineKind.StepsDue).DueOn);
        Assert.Equal(D("2027-03-10"), complaint.Deadlines.Single(d => d.Kind == RegulatorDeadlineKind.AppealBy).DueOn);
        Assert.Equal("IC-1: decision notice IC-1-DN of 10 February 2027 recorded: partly upheld; steps due 17 March 2027; appeal by 10 March 2027", request.Events[^1].Description);
    }

    [Fact]
    public void RecordDecisionNotice_Withdrawn_HasNoAppealDeadline()
    {
        var (request, complaint) = Complaint();

        complaint.RecordDecisionNotice(request, DecisionOutcome.Withdrawn, "IC-1", D("2027-02-10"), null, null, Officer, Now);

        Assert.Empty(complaint.Deadlines);
        Assert.False(complaint.IsOpenOn(D("2027-03-01")));
    }

    [Fact]
    public void RecordDecisionNotice_StepsPeriodBelowTheAppealPeriod_IsRefused()
    {
        var (request, complaint) = Complaint();

        var ex = Assert.Throws<DomainException>(() =>
            complaint.RecordDecisionNotice(request, DecisionOutcome.Upheld, "IC-1-DN", D("2027-02-10"), "Respond", 21, Officer, Now));
        Assert.Equal("The period for taking the steps must be at least 28 calendar days: it cannot end before the time for appealing has passed (FOIA s.50(6)).", ex.Message);
    }

    [Fact]
    public void RecordStepsTaken_CompletesTheStepsDeadline()
    {
        var (request, complaint) = Complaint();
        complaint.RecordDecisionNotice(request, DecisionOutcome.Upheld, "IC-1-DN", D("2027-02-10"), "Respond", 35, Officer, Now);

        complaint.RecordStepsTaken(request, D("2027-02-26"), "Sent a fresh response", Officer, Now);

        var steps = complaint.Deadlines.Single(d => d.Kind == RegulatorDeadlineKind.StepsDue);
        Assert.Equal(RegulatorDeadlineState.Done, steps.State);
        Assert.Equal(D("2027-02-26"), steps.DoneOn);
        Assert.Equal("Sent a fresh response", steps.DoneNote);
        Assert.Equal(Officer, steps.DoneBy);
        Assert.Equal("The steps have already been recorded as taken.", complaint.WhyNotStepsTakenRecordable);
    }

    [Fact]
    public void WhyNotStepsTakenRecordable_NoStepsOrdered()
    {
        var (request, complaint) = Complaint();
        Assert.Equal("The decision notice has not been recorded yet.", complaint.WhyNotStepsTakenRecordable);
        complaint.RecordDecisionNotice(request, DecisionOutcome.NotUpheld, "IC-1-DN", D("2027-02-10"), null, null, Officer, Now);
        Assert.Equal("The decision notice ordered no steps.", complaint.WhyNotStepsTakenRecordable);
    }

    [Theory]
    // Notice 10 Feb 2027: appeal by Wed 10 Mar 2027, steps due Wed 17 Mar 2027 (35 days).
    // 1 Mar: the appeal date is the next; 5 working days from Mon 1 Mar end Mon 8 Mar, so it is on time.
    [InlineData("2027-03-01", "2027-03-10", RegulatorDeadlineKind.AppealBy, DeadlineState.OnTime)]
    // 3 Mar: 5 working days end Wed 10 Mar: the appeal date is due soon.
    [InlineData("2027-03-03", "2027-03-10", RegulatorDeadlineKind.AppealBy, DeadlineState.DueSoon)]
    // 11 Mar: the appeal date has passed and is no longer a deadline; the steps (17 Mar) are due soon.
    [InlineData("2027-03-11", "2027-03-17", RegulatorDeadlineKind.StepsDue, DeadlineState.DueSoon)]
    // 18 Mar: the steps are overdue.
    [InlineData("2027-03-18", "2027-03-17", RegulatorDeadlineKind.StepsDue, DeadlineState.Overdue)]
    public void NextDeadline_AndItsState(string today, string expectedOn, RegulatorDeadlineKind expectedKind, DeadlineState expectedState)
    {
        var (request, complaint) = Complaint();
        complaint.RecordDecisionNotice(request, DecisionOutcome.Upheld, "IC-1-DN", D("2027-02-10"), "Respond", 35, Officer, Now);

        var next = complaint.NextDeadline(D(today))!;

        Assert.Equal(D(expectedOn), next.DueOn);
        Assert.Equal(expectedKind, next.Kind);
        Assert.Equal(expectedState, next.StateOn(D(today), Uk));
        Assert.True(complaint.IsOpenOn(D(today)));
    }

    [Fact]
    public void IsOpenOn_ClosesOnceStepsAreTakenAndTheAppealPeriodHasPassed()
    {
        var (request, complaint) = Complaint();
        complaint.RecordDecisionNotice(request, DecisionOutcome.Upheld, "IC-1-DN", D("2027-02-10"), "Respond", 35, Officer, Now);
        complaint.RecordStepsTaken(request, D("2027-02-26"), "Done", Officer, Now);

        Assert.True(complaint.IsOpenOn(D("2027-03-10")));
        Assert.False(complaint.IsOpenOn(D("2027-03-11")));
        Assert.Null(complaint.NextDeadline(D("2027-03-11")));
    }

    [Theory]
    // Steps due Wed 17 Mar 2027 (UK calendar, no holidays near): Wed 10 Mar is 5 working days before.
    [InlineData(RegulatorDeadlineKind.StepsDue, "2027-03-09", null)]
    [InlineData(RegulatorDeadlineKind.StepsDue, "2027-03-10", ReminderKind.FiveDays)]
    [InlineData(RegulatorDeadlineKind.StepsDue, "2027-03-16", ReminderKind.OneDay)]
    [InlineData(RegulatorDeadlineKind.StepsDue, "2027-03-18", ReminderKind.Overdue)]
    // Appeal by Wed 10 Mar 2027: reminded before, never "overdue" (the chance to appeal has simply gone).
    [InlineData(RegulatorDeadlineKind.AppealBy, "2027-03-03", ReminderKind.FiveDays)]
    [InlineData(RegulatorDeadlineKind.AppealBy, "2027-03-09", ReminderKind.OneDay)]
    [InlineData(RegulatorDeadlineKind.AppealBy, "2027-03-11", null)]
    public void ReminderDue_FiveAndOneWorkingDaysBefore_AndOverdue(RegulatorDeadlineKind kind, string today, ReminderKind? expected)
    {
        var (request, complaint) = Complaint();
        complaint.RecordDecisionNotice(request, DecisionOutcome.Upheld, "IC-1-DN", D("2027-02-10"), "Respond", 35, Officer, Now);

        Assert.Equal(expected, complaint.Deadlines.Single(d => d.Kind == kind).ReminderDue(D(today), Uk));
    }

    [Fact]
    public void PendingOn_TheSqlForm_AgreesWithIsPending()
    {
        var (request, complaint) = Complaint();
        complaint.AddSubmissionDeadline(request, D("2027-02-15"), "Submissions", Officer, Now);
        complaint.RecordDecisionNotice(request, DecisionOutcome.Upheld, "IC-1-DN", D("2027-02-10"), "Respond", 35, Officer, Now);
        foreach (var day in new[] { "2027-03-01", "2027-03-10", "2027-03-11", "2027-03-18" })
        {
            var pending = RegulatorDeadline.PendingOn(D(day)).Compile();
            Assert.All(complaint.Deadlines, d => Assert.Equal(d.IsPending(D(day)), pending(d)));
        }
    }

    [Fact]
    public void AddSubmissionDeadline_BeforeTheComplaintWasToldOf_IsRefused()
    {
        var (request, complaint) = Complaint();

        var ex = Assert.Throws<DomainException>(() => complaint.AddSubmissionDeadline(request, D("2027-01-31"), "Submissions", Officer, Now));
        Assert.Equal("The deadline cannot be before the authority was told of the complaint on 1 February 2027.", ex.Message);
    }

    [Fact]
    public void CompleteSubmission_RecordsWhatWasSent()
    {
        var (request, complaint) = Complaint();
        var deadline = complaint.AddSubmissionDeadline(request, D("2027-02-15"), "Submissions", Officer, Now);

        complaint.CompleteSubmission(request, deadline.Id, D("2027-02-12"), "Our reasons and the withheld papers", Officer, Now);

        Assert.Equal(RegulatorDeadlineState.Done, deadline.State);
        Assert.Equal("Our reasons and the withheld papers", deadline.DoneNote);
        Assert.Null(complaint.NextDeadline(D("2027-02-13")));
    }

    private static (FoiRequest Request, RegulatorComplaint Complaint) Complaint()
    {
        var request = RespondedRequest();
        return (request, RegulatorComplaint.Record(request, [], "IC-1", D("2027-02-01"), Officer, Now));
    }

    private static FoiRequest RespondedRequest(Regime regime = Regime.Foia)
    {
        var request = NewRequest();
        if (regime != Regime.Foia)
        {
            request.ChangeRegime(Officer, regime, Received, regime == Regime.Foisa ? WorkingDayCalendar.Scotland() : Uk);
        }

        request.StartWork(Officer, Received);
        request.RecordResponseSent(Officer, Responded);
        return request;
    }

    private static FoiRequest NewRequest() =>
        FoiRequest.Submit(
            "FOI/2027/00001",
            new Requester("Jo Bloggs", "jo@example.org", null),
            "Road repairs",
            ["Question one"],
            PreferredFormat.Email,
            Channel.Web,
            Received,
            Uk,
            TrackingToken.Create().Hash);
}
