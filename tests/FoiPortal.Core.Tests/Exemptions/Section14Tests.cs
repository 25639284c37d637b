using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Exemptions.Drafts;

namespace FoiPortal.Core.Tests.Exemptions;

/// <summary>Issue 18: s.14(1) and s.14(2) refusals: their wording, the manager's sign-off, and s.17(6) (no further notice).</summary>
public sealed class Section14Tests
{
    private const string Manager = "manager@example.org";
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly EarlierRequestFacts Answered = new("41/26", new DateOnly(2026, 9, 14), SameRequester: true, Answered: true);
    private static readonly EarlierRefusal EarlierNotice = new(5, "41/26", SameRequester: true, RefusedUnderSection14On: new DateOnly(2026, 10, 9));

    private static RefusalNotice Compose(params ExemptionDecision[] decisions) =>
        RefusalNoticeWording.Compose(decisions, ExemptionCatalogue.CreateDefault(), Regime.Foia, new RefusalNoticeOptions("West Yorkshire Police"));

    [Theory]
    [InlineData(QuestionOutcome.Vexatious, "Question 1: refused as vexatious (section 14(1))")]
    [InlineData(QuestionOutcome.Repeated, "Question 1: refused as repeated (section 14(2))")]
    public void Section14Refusal_NeedsAManagersSignOff(QuestionOutcome outcome, string reason)
    {
        var decision = Record(Decision(outcome));

        Assert.Equal(SignOffState.Pending, decision.SignOff.State);
        Assert.Equal(reason, Assert.Single(new CaseSignOffs(1, null, [decision]).Outstanding).Reason);
    }

    [Fact]
    public void Repeated_WithTheEarlierRequest_NamesItsReferenceAndDate()
    {
        var decision = Record(Decision(QuestionOutcome.Repeated) with { EarlierRequestReference = " 41/26 ", EarlierRequest = Answered });

        var text = Compose(decision).Paragraphs.Single(p => p.Kind == NoticeParagraphKind.Repeated && p.Text.StartsWith("Question", StringComparison.Ordinal)).Text;

        Assert.Equal(("41/26", new DateOnly(2026, 9, 14)), (decision.EarlierRequestReference, decision.EarlierRequestReceivedOn));
        Assert.Equal(
            "Question 1: we are refusing to comply under section 14(2) of the Freedom of Information Act 2000 because the request is identical or substantially similar to your earlier request 41/26 of 14 September 2026, which we have already answered, and a reasonable interval has not passed since.",
            text);
    }

    [Fact]
    public void Repeated_WithoutTheEarlierRequest_SaysAnEarlierRequest()
    {
        var text = string.Join("\n", Compose(Record(Decision(QuestionOutcome.Repeated))).Paragraphs.Select(p => p.Text));

        Assert.Contains("substantially similar to an earlier request from you,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Vexatious_ReasonsExplainTheBurdenAndThatThereIsNoPublicInterestTest()
    {
        var reasons = Compose(Record(Decision(QuestionOutcome.Vexatious))).Paragraphs
            .Where(p => p.Kind == NoticeParagraphKind.Vexatious).Select(p => p.Text).ToList();

        Assert.Equal(2, reasons.Count);
        Assert.Contains("we consider the request vexatious", reasons[0], StringComparison.Ordinal);
        Assert.Contains("the burden that complying would place on us", reasons[1], StringComparison.Ordinal);
        Assert.EndsWith("Section 14 involves no public interest test.", reasons[1], StringComparison.Ordinal);
    }

    public static TheoryData<QuestionOutcome, EarlierRequestFacts?, string> BadEarlierRequests => new()
    {
        { QuestionOutcome.Vexatious, Answered, "Only a refusal as repeated (section 14(2)) names an earlier request: remove the reference" },
        { QuestionOutcome.Repeated, null, "There is no request with the reference 41/26" },
        { QuestionOutcome.Repeated, Answered with { SameRequester = false }, "Request 41/26 was made by someone else: section 14(2) applies only to a request from the same person" },
        { QuestionOutcome.Repeated, Answered with { Answered = false }, "Request 41/26 has not been answered: section 14(2) applies only to a request already complied with" },
    };

    [Theory]
    [MemberData(nameof(BadEarlierRequests))]
    public void EarlierRequest_MustBeTheSamePersonsAnsweredRequest(QuestionOutcome outcome, EarlierRequestFacts? earlier, string message) =>
        Assert.Equal([message], Messages(Decision(outcome) with { EarlierRequestReference = "41/26", EarlierRequest = earlier }));

    [Fact]
    public void NoFurtherNotice_AfterSignOff_ClosesTheCaseWithoutALetter_OnTheTimeline()
    {
        var (request, signOffs) = RefusedAndApproved(QuestionOutcome.Repeated);

        request.CloseWithoutFurtherNotice(Officer, Received.AddDays(3), signOffs, EarlierNotice, "The requester has been told twice that we will not answer this request again.");

        Assert.Equal(RequestStatus.Responded, request.Status);
        Assert.Equal("41/26", request.NoFurtherNoticeEarlierReference);
        Assert.StartsWith(
            "Closed without a further refusal notice (section 17(6)): a section 14 notice was given for 41/26 on 9 October 2026",
            request.Events[^1].Description,
            StringComparison.Ordinal);
        Assert.Equal(ClockEventKind.ResponseSent, request.ClockEvents[^1].Kind);
    }

    public static TheoryData<string, EarlierRefusal?, string?, string> Refusals => new()
    {
        { "no earlier request", null, "reason", "Enter the reference of the earlier request that was refused under section 14" },
        { "this request", EarlierNotice with { RequestId = 0 }, "reason", "Enter the reference of an earlier request, not this one" },
        { "someone else's", EarlierNotice with { SameRequester = false }, "reason", "Request 41/26 was made by someone else: section 17(6) needs a notice given to this requester" },
        { "no s.14 notice", EarlierNotice with { RefusedUnderSection14On = null }, "reason", "Request 41/26 was not refused under section 14 with a notice, so a refusal notice must be sent for this request" },
        { "no reason", EarlierNotice, "  ", "Say why it would be unreasonable to send another refusal notice" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void NoFurtherNotice_RefusedWithoutAnEarlierSection14NoticeToTheSamePerson(string why, EarlierRefusal? earlier, string? reason, string message)
    {
        var (request, signOffs) = RefusedAndApproved(QuestionOutcome.Vexatious);

        var refused = Assert.Throws<DomainException>(() => request.CloseWithoutFurtherNotice(Officer, Received.AddDays(3), signOffs, earlier, reason));

        Assert.True(message == refused.Message, $"{why}: {refused.Message}");
        Assert.Equal(RequestStatus.Approved, request.Status);
    }

    [Fact]
    public void NoFurtherNotice_BeforeTheManagerSignedOff_Refused()
    {
        var request = Request();
        var signOffs = new CaseSignOffs(0, null, [ExemptionDecision.Record(0, Decision(QuestionOutcome.Vexatious), Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, DecidedAt)]);
        request.EnsureWorkStarted(Officer, Received.AddDays(1));

        Assert.Equal(
            "A manager must sign off the section 14 refusal before the case can be closed without a further notice",
            Assert.Throws<DomainException>(() => request.CloseWithoutFurtherNotice(Officer, Received.AddDays(3), signOffs, EarlierNotice, "reason")).Message);
    }

    [Fact]
    public void NoFurtherNotice_WhenAQuestionIsNotRefusedUnderSection14_Refused()
    {
        var request = Request();
        var signOffs = new CaseSignOffs(0, null, [ExemptionDecision.Record(0, Decision(QuestionOutcome.Disclosed), Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, DecidedAt)]);

        Assert.StartsWith("Record a refusal under section 14", request.WhyThisCaseCannotCloseWithoutNotice(signOffs), StringComparison.Ordinal);
    }

    private static FoiRequest Request() => FoiRequest.Submit(
        "50/26", new Requester("Jane Smith", "jane@example.org", null), "Knife crime", ["How many knife crimes?"], PreferredFormat.Email, Channel.Email,
        Received, WorkingDayCalendar.UnitedKingdom(), new string('a', 64));

    private static (FoiRequest Request, CaseSignOffs SignOffs) RefusedAndApproved(QuestionOutcome outcome)
    {
        var request = Request();
        var decision = ExemptionDecision.Record(0, Decision(outcome), Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, DecidedAt);
        var signOffs = new CaseSignOffs(0, null, [decision]);
        request.EnsureWorkStarted(Officer, Received.AddDays(1));
        request.SubmitForSignOff(Officer, Received.AddDays(1), signOffs);
        request.RecordApproval(new SignOffReviewer(Manager, true), Received.AddDays(2), signOffs, SignOffPart.ExemptionDecisions);
        return (request, signOffs);
    }
}
