using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Requests;

public class FoiRequestTests
{
    private static readonly DateTimeOffset Received = new(2026, 12, 18, 10, 0, 0, TimeSpan.Zero);

    private static FoiRequest NewRequest(DateTimeOffset? receivedAt = null) =>
        FoiRequest.Submit(
            "FOI/2026/00001",
            new Requester(" Jo Bloggs ", "jo@example.org", "  "),
            " Online grooming ",
            ["Question one", "Question two"],
            PreferredFormat.Email,
            Channel.Web,
            receivedAt ?? Received,
            WorkingDayCalendar.UnitedKingdom(),
            TrackingToken.Create().Hash);

    [Fact]
    public void Submit_StartsReceivedUnderFoiaWithNumberedQuestionsAndATimelineEntry()
    {
        var request = NewRequest();

        Assert.Equal(RequestStatus.Received, request.Status);
        Assert.Equal(Regime.Foia, request.Regime);
        Assert.Equal("Online grooming", request.Title);
        Assert.Equal("Jo Bloggs", request.Requester.Name);
        Assert.Null(request.Requester.PostalAddress);
        Assert.Equal([1, 2], request.Questions.Select(q => q.Number));
        Assert.Equal("Received", Assert.Single(request.Events).Kind);
    }

    [Fact]
    public void Submit_DueDateIsTheTwentiethWorkingDayAfterReceipt()
    {
        // Received Fri 18 Dec 2026. Skipping weekends, 25 Dec, 28 Dec (Boxing Day substitute), 1 Jan and
        // 4 Jan 2027 (2 January substitute, Scotland): day 1 is Mon 21 Dec ... day 20 is Thu 21 Jan 2027.
        Assert.Equal(new DateOnly(2027, 1, 21), NewRequest().DueOn);
    }

    [Fact]
    public void Submit_LateEveningInSummer_IsReceivedOnTheUkDate()
    {
        // 23:30 BST on Tue 30 June 2026 is 22:30 UTC: still 30 June in the UK.
        var request = NewRequest(new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 6, 30), request.ReceivedOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Submit_WithNoneOrTooManyQuestions_IsRefused(int count) =>
        Assert.Throws<DomainException>(() => FoiRequest.Submit(
            "R1", new Requester("A", "a@b.c", null), "T", Enumerable.Repeat("q", count).ToList(),
            PreferredFormat.Email, Channel.Web, Received, WorkingDayCalendar.UnitedKingdom(), "hash"));

    private static CostDecision Refusal(DateTimeOffset at) =>
        new(0, CostOutcome.RefuseSection12, goodwillDisclosure: false, "Advice", "Wording", 450m, 1_080, 10_800, "officer", at.UtcDateTime);

    [Fact]
    public void HappyPath_ThroughSignOffToReview()
    {
        var request = NewRequest();
        var at = Received.AddDays(1);

        var manager = new SignOffReviewer("manager", IsManager: true);
        var firstRefusal = new CaseSignOffs(0, Refusal(at), []);
        var secondRefusal = new CaseSignOffs(0, Refusal(at), []);

        request.StartWork("officer", at);
        request.SubmitForSignOff("officer", at, firstRefusal);
        request.ReturnToOfficer(manager, at, firstRefusal, SignOffPart.CostDecision, "Add the sample");
        request.Resume("officer", at);
        request.SubmitForSignOff("officer", at, secondRefusal);
        request.RecordApproval(manager, at, secondRefusal, SignOffPart.CostDecision);
        request.RecordResponseSent("officer", at);
        request.RequestInternalReview(at);
        request.CompleteInternalReview("reviewer", at);

        Assert.Equal(RequestStatus.Reviewed, request.Status);
        Assert.Equal("officer", request.AssignedOfficer);
        Assert.Equal(10, request.Events.Count);
    }

    [Fact]
    public void IllegalMoves_ThrowAndLeaveTheStatusAlone()
    {
        var request = NewRequest();

        var approve = Assert.Throws<DomainException>(() => request.RecordApproval(
            new SignOffReviewer("manager", IsManager: true), Received, new CaseSignOffs(0, Refusal(Received), []), SignOffPart.CostDecision));
        Assert.Equal("A request that is received is not waiting for sign-off.", approve.Message);
        Assert.Throws<DomainException>(() => request.RecordResponseSent("officer", Received));
        Assert.Throws<DomainException>(() => request.RequestInternalReview(Received));
        Assert.Throws<DomainException>(() => request.Lapse("officer", Received, WorkingDayCalendar.UnitedKingdom()));
        Assert.Equal(RequestStatus.Received, request.Status);
        Assert.Single(request.Events);
    }

    [Fact]
    public void ClarificationAndFees_GoBackToInProgressOrLapse()
    {
        var request = NewRequest();
        request.StartWork("officer", Received);

        var calendar = WorkingDayCalendar.UnitedKingdom();
        var on = UkLocalDate.FromInstant(Received);
        request.SeekClarification("officer", on, Received, calendar);
        Assert.False(request.CanMoveTo(RequestStatus.AwaitingSignOff));
        request.RecordClarificationReceived("officer", on, Received, calendar);
        request.IssueFeesNotice("officer", on, Received, calendar);

        // FOIA s.9(2): the fee is due within 3 months of the notice (Fri 18 Dec 2026), so it cannot lapse on
        // 17 March 2027 but has lapsed by 19 March 2027.
        var early = Assert.Throws<DomainException>(() => request.Lapse("officer", new DateTimeOffset(2027, 3, 17, 12, 0, 0, TimeSpan.Zero), calendar));
        Assert.StartsWith("The request cannot be closed as lapsed until", early.Message, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.AwaitingFee, request.Status);
        request.Lapse("officer", new DateTimeOffset(2027, 3, 19, 12, 0, 0, TimeSpan.Zero), calendar);

        Assert.Equal(RequestStatus.Lapsed, request.Status);
        Assert.Throws<DomainException>(() => request.Withdraw(Received));
    }

    [Fact]
    public void Withdraw_OnlyWhileOpen()
    {
        var open = NewRequest();
        open.Withdraw(Received);
        Assert.Equal(RequestStatus.Withdrawn, open.Status);

        var answered = NewRequest();
        answered.StartWork("officer", Received);
        answered.RecordResponseSent("officer", Received);
        Assert.Throws<DomainException>(() => answered.Withdraw(Received));
    }

    [Fact]
    public void EveryChange_RenewsTheConcurrencyToken()
    {
        var request = NewRequest();
        var before = request.Version;

        request.StartWork("officer", Received);

        Assert.NotEqual(before, request.Version);
    }
}
