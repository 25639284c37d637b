using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Exemptions.Drafts;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>
/// The case counts its own sign-offs (<see cref="CaseSignOffs"/>): it goes to a manager only with something that needs
/// sign-off and never with a returned cost decision; only a manager, never the person who decided, signs off; and the
/// request becomes Approved only when nothing (cost or exemption) is left outstanding.
/// </summary>
public sealed class SignOffRulesTests
{
    private const string OtherManager = "manager@example.org";

    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly SignOffReviewer Manager = new(OtherManager, IsManager: true);

    private static FoiRequest InProgress()
    {
        var request = FoiRequest.Submit(
            "FOI/2026/00009", new Requester("Jo", "jo@example.org", null), "Online grooming", ["Q1", "Q2"],
            PreferredFormat.Email, Channel.Web, At.AddDays(-3), WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash);
        request.StartWork(Officer, At.AddDays(-2));
        return request;
    }

    private static CostDecision Cost(CostOutcome outcome = CostOutcome.RefuseSection12, string by = Officer) =>
        new(0, outcome, goodwillDisclosure: false, "Advice", outcome == CostOutcome.Proceed ? null : "Wording", 450m, 1_080, 10_800, by, DecidedAt);

    private static ExemptionDecision Ncnd(string by = Officer, int question = 2) =>
        ExemptionDecision.Record(
            0, Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)")) with { QuestionNumber = question }, Regime.Foia, ExemptionCatalogue.CreateDefault(), by, DecidedAt);

    private static ExemptionDecision Disclosed() =>
        ExemptionDecision.Record(0, Decision(QuestionOutcome.Disclosed), Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, DecidedAt);

    private static CaseSignOffs Case(CostDecision? cost, params ExemptionDecision[] exemptions) => new(0, cost, exemptions);

    /// <summary>A case sent for sign-off with a s.12(1) refusal and one NCND decision.</summary>
    private static (FoiRequest Request, CaseSignOffs SignOffs) Submitted(string costBy = Officer, string exemptionBy = Officer)
    {
        var request = InProgress();
        var signOffs = Case(Cost(by: costBy), Ncnd(exemptionBy));
        request.SubmitForSignOff(Officer, At, signOffs);
        return (request, signOffs);
    }

    public static TheoryData<string, CaseSignOffs> NothingToSignOff() => new()
    {
        { "no decision at all", Case(null) },
        { "a cost decision to proceed", Case(Cost(CostOutcome.Proceed)) },
        { "a disclosed question", Case(Cost(CostOutcome.Proceed), Disclosed()) },
    };

    [Theory]
    [MemberData(nameof(NothingToSignOff))]
    public void Submit_WithNothingThatNeedsSignOff_IsRefused(string _, CaseSignOffs signOffs)
    {
        var request = InProgress();

        var ex = Assert.Throws<DomainException>(() => request.SubmitForSignOff(Officer, At, signOffs));

        Assert.Equal("Nothing on this request needs a manager's sign-off", ex.Message);
        Assert.Equal(RequestStatus.InProgress, request.Status);
    }

    [Fact]
    public void Submit_WithTheReturnedCostDecisionNotReplaced_IsRefused()
    {
        var (request, signOffs) = Submitted();
        request.ReturnToOfficer(Manager, At, signOffs, SignOffPart.CostDecision, "Add the sampling figures");

        var ex = Assert.Throws<DomainException>(() => request.SubmitForSignOff(Officer, At, signOffs));

        Assert.Equal("A manager returned the cost decision: make a new cost decision before sending the case for sign-off", ex.Message);
        Assert.Equal(RequestStatus.Returned, request.Status);
    }

    [Fact]
    public void Submit_AfterANewCostDecision_ResumesWorkAndSendsTheReturnedExemptionsBackToo()
    {
        var ncnd = Ncnd();
        var request = InProgress();
        var first = Case(Cost(), ncnd);
        request.SubmitForSignOff(Officer, At, first);
        request.ReturnToOfficer(Manager, At, first, SignOffPart.ExemptionDecisions, "Give the public interest factors");

        request.SubmitForSignOff(Officer, At.AddHours(1), Case(Cost(), ncnd));

        Assert.Equal(RequestStatus.AwaitingSignOff, request.Status);
        Assert.Equal(SignOffState.Pending, ncnd.SignOff.State);
        Assert.Equal(["Work resumed", "Submitted for sign-off (2 decisions)"], request.Events.TakeLast(2).Select(e => e.Description));
    }

    [Theory]
    [InlineData(true, false, "Submitted for sign-off")]
    [InlineData(false, true, "Submitted for sign-off")]
    [InlineData(true, true, "Submitted for sign-off (2 decisions)")]
    public void Submit_SaysHowManyDecisionsWait(bool refusal, bool ncnd, string expected)
    {
        var request = InProgress();

        request.SubmitForSignOff(Officer, At, Case(refusal ? Cost() : Cost(CostOutcome.Proceed), ncnd ? [Ncnd(), Disclosed()] : [Disclosed()]));

        Assert.Equal(RequestStatus.AwaitingSignOff, request.Status);
        Assert.Equal((expected, Officer), (request.Events[^1].Description, request.Events[^1].Actor));
    }

    [Fact]
    public void Outstanding_SaysWhatStillNeedsAManagerAndWhy()
    {
        var signOffs = Case(Cost(CostOutcome.RefuseSection12Two), Disclosed(), Ncnd(question: 2));

        Assert.Equal(
            [(SignOffPart.CostDecision, "The cost decision refuses the request under section 12(2)"), (SignOffPart.ExemptionDecisions, "Question 2: neither confirm nor deny")],
            signOffs.Outstanding.Select(o => (o.Part, o.Reason)));
        Assert.False(signOffs.AllApproved);
    }

    public static TheoryData<string, SignOffReviewer, SignOffPart, string> CannotApprove() => new()
    {
        { "not a manager", new SignOffReviewer("admin@example.org", IsManager: false), SignOffPart.CostDecision, "Only managers can sign off decisions" },
        { "own cost decision", new SignOffReviewer("Boss@Example.org", IsManager: true), SignOffPart.CostDecision, "You made this decision, so you cannot approve it: another manager must sign it off" },
        { "own exemption decision", new SignOffReviewer("boss@example.org", IsManager: true), SignOffPart.ExemptionDecisions, "You made this decision, so you cannot approve it: another manager must sign it off" },
    };

    [Theory]
    [MemberData(nameof(CannotApprove))]
    public void Approve_WhenTheReviewerMayNot_IsRefusedAndChangesNothing(string _, SignOffReviewer reviewer, SignOffPart part, string expected)
    {
        var (request, signOffs) = Submitted(costBy: "boss@example.org", exemptionBy: "boss@example.org");
        var events = request.Events.Count;

        var ex = Assert.Throws<DomainException>(() => request.RecordApproval(reviewer, At, signOffs, part));

        Assert.Equal(expected, ex.Message);
        Assert.Equal((RequestStatus.AwaitingSignOff, events, 2), (request.Status, request.Events.Count, signOffs.Outstanding.Count));
    }

    [Theory]
    [InlineData(SignOffPart.CostDecision, "The cost decision is not waiting for sign-off")]
    [InlineData(SignOffPart.ExemptionDecisions, "No exemption decision on this request is waiting for sign-off")]
    public void Approve_APartNotPending_IsRefused(SignOffPart part, string expected)
    {
        var (request, signOffs) = Submitted();
        request.RecordApproval(Manager, At, signOffs, part);

        var ex = Assert.Throws<DomainException>(() => request.RecordApproval(Manager, At, signOffs, part));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Approve_WhenTheRequestIsNotAwaitingSignOff_IsRefused()
    {
        var request = InProgress();
        var signOffs = Case(Cost());

        var ex = Assert.Throws<DomainException>(() => request.RecordApproval(Manager, At, signOffs, SignOffPart.CostDecision));

        Assert.Equal("A request that is in progress is not waiting for sign-off.", ex.Message);
        Assert.Equal(SignOffState.Pending, signOffs.CostDecision!.SignOff.State);
    }

    [Fact]
    public void Approval_WithAnotherStillWaiting_StaysAwaitingSignOffAndGoesOnTheTimeline()
    {
        var (request, signOffs) = Submitted();
        var version = request.Version;

        request.RecordApproval(Manager, At.AddHours(1), signOffs, SignOffPart.CostDecision, "  Estimate is sound ");

        Assert.Equal(RequestStatus.AwaitingSignOff, request.Status);
        var last = request.Events[^1];
        Assert.Equal(("PartApproved", "Cost decision approved; 1 decision still awaits sign-off: Estimate is sound", OtherManager, At.AddHours(1).UtcDateTime),
            (last.Kind, last.Description, last.Actor, last.AtUtc));
        Assert.NotEqual(version, request.Version);
        var cost = signOffs.CostDecision!.SignOff;
        Assert.Equal((SignOffState.Approved, OtherManager, At.AddHours(1).UtcDateTime, "Estimate is sound"), (cost.State, cost.ReviewedBy, cost.ReviewedAtUtc!.Value, cost.Comment));
    }

    [Fact]
    public void Approval_OfTheLastOne_ApprovesTheRequest()
    {
        var (request, signOffs) = Submitted();
        request.RecordApproval(Manager, At, signOffs, SignOffPart.CostDecision);

        request.RecordApproval(Manager, At, signOffs, SignOffPart.ExemptionDecisions);

        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Equal(("Approved", "Exemption decision approved"), (request.Events[^1].Kind, request.Events[^1].Description));
        Assert.True(signOffs.AllApproved);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutAComment_IsRefused(string comment)
    {
        var (request, signOffs) = Submitted();

        var ex = Assert.Throws<DomainException>(() => request.ReturnToOfficer(Manager, At, signOffs, SignOffPart.CostDecision, comment));

        Assert.Equal("Enter a comment saying what needs to change", ex.Message);
        Assert.Equal((RequestStatus.AwaitingSignOff, SignOffState.Pending), (request.Status, signOffs.CostDecision!.SignOff.State));
    }

    [Fact]
    public void Return_SendsTheCaseBackNamingThePartAndTheComment()
    {
        var (request, signOffs) = Submitted();
        request.RecordApproval(Manager, At, signOffs, SignOffPart.CostDecision);

        request.ReturnToOfficer(Manager, At, signOffs, SignOffPart.ExemptionDecisions, "Give the public interest factors");

        Assert.Equal(RequestStatus.Returned, request.Status);
        Assert.Equal("Exemption decision returned for changes: Give the public interest factors", request.Events[^1].Description);
        Assert.Equal(SignOffState.Returned, signOffs.ExemptionDecisions[0].SignOff.State);
        Assert.Equal("Give the public interest factors", signOffs.ExemptionDecisions[0].SignOff.Comment);
    }

    [Fact]
    public void Return_OwnDecision_IsRefused()
    {
        var (request, signOffs) = Submitted(exemptionBy: OtherManager);

        var ex = Assert.Throws<DomainException>(() => request.ReturnToOfficer(Manager, At, signOffs, SignOffPart.ExemptionDecisions, "Reword it"));

        Assert.Equal("You made this decision, so you cannot return it: another manager must sign it off", ex.Message);
    }

    [Fact]
    public void SignOffs_OfAnotherRequest_AreRefused()
    {
        var request = InProgress();

        Assert.Throws<ArgumentException>(() => request.SubmitForSignOff(Officer, At, new CaseSignOffs(5, null, [])));
        Assert.Throws<ArgumentException>(() => new CaseSignOffs(0, new CostDecision(5, CostOutcome.RefuseSection12, false, "A", "W", 450m, 1_080, 10_800, Officer, DecidedAt), []));
    }

    [Theory]
    [InlineData(SignOffState.Pending, false)]
    [InlineData(SignOffState.Returned, false)]
    [InlineData(SignOffState.Approved, true)]
    public void AllApproved_OnlyWhenNothingIsPendingOrReturned(SignOffState costState, bool expected)
    {
        var (request, signOffs) = Submitted();
        request.RecordApproval(Manager, At, signOffs, SignOffPart.ExemptionDecisions);
        if (costState == SignOffState.Approved)
        {
            request.RecordApproval(Manager, At, signOffs, SignOffPart.CostDecision);
        }
        else if (costState == SignOffState.Returned)
        {
            request.ReturnToOfficer(Manager, At, signOffs, SignOffPart.CostDecision, "Redo the estimate");
        }

        Assert.Equal((costState, expected), (signOffs.CostDecision!.SignOff.State, signOffs.AllApproved));
        Assert.Equal(expected, request.Status == RequestStatus.Approved);
    }
}
