using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;

namespace FoiPortal.Core.Tests.Responses;

/// <summary>Issue 12: every reason a response cannot be sent (or published), with the sentence and the link shown.</summary>
public sealed class SendReadinessTests
{
    /// <summary>Case 7, two questions, both disclosed, a saved draft answering both, an email address: ready to send.</summary>
    private static SendFacts Ready(string response = "1. 312 offences.\n2. 298 offences.") => new()
    {
        RequestId = 7,
        Status = RequestStatus.InProgress,
        LetterState = ResponseState.Draft,
        Sections = new ResponseSections(response, string.Empty, string.Empty, "Figures are from the live system."),
        QuestionNumbers = [1, 2],
        Outcomes = [new(1, QuestionOutcome.Disclosed), new(2, QuestionOutcome.Disclosed)],
        Delivery = DeliveryMethod.Email,
    };

    private static List<(string Message, string FixAt)> Problems(SendFacts facts) =>
        [.. SendReadiness.ToSend(facts).Select(p => (p.Message, p.FixAt))];

    [Fact]
    public void Ready_HasNoProblems()
    {
        Assert.Empty(SendReadiness.ToSend(Ready()));
    }

    [Fact]
    public void AlreadySent_IsTheOnlyReason()
    {
        var facts = Ready("1. [Answer to question 1]") with { LetterState = ResponseState.Sent, Status = RequestStatus.Responded };

        Assert.Equal([("This response has already been sent.", "/staff/cases/7/response")], Problems(facts));
    }

    [Theory]
    [InlineData(RequestStatus.Withdrawn, "This request is withdrawn, so no response can be sent.")]
    [InlineData(RequestStatus.Lapsed, "This request is lapsed, so no response can be sent.")]
    public void ClosedRequest_IsTheOnlyReason(RequestStatus status, string expected)
    {
        Assert.Equal([(expected, "/staff/cases/7")], Problems(Ready() with { Status = status, Outcomes = [] }));
    }

    public static TheoryData<RequestStatus, int, string, string> StatusReasons() => new()
    {
        { RequestStatus.AwaitingSignOff, 1, "A manager must approve the decisions on this case before the response can be sent.", "/staff/cases/7" },
        { RequestStatus.Returned, 1, "A manager returned a decision on this case: change it and send it for sign-off again before sending the response.", "/staff/cases/7/exemptions#awaiting-sign-off" },
        { RequestStatus.AwaitingClarification, 0, "The clock is stopped while we wait for the requester, so the response cannot be sent yet.", "/staff/cases/7#clock-actions" },
        { RequestStatus.AwaitingFee, 0, "The clock is stopped while we wait for the requester, so the response cannot be sent yet.", "/staff/cases/7#clock-actions" },
        { RequestStatus.InProgress, 2, "A decision on this case needs a manager's approval before the response can be sent: send the case for sign-off.", "/staff/cases/7/exemptions#awaiting-sign-off" },
        { RequestStatus.Approved, 1, "A decision on this case needs a manager's approval before the response can be sent: send the case for sign-off.", "/staff/cases/7/exemptions#awaiting-sign-off" },
    };

    [Theory]
    [MemberData(nameof(StatusReasons))]
    public void CaseState_StopsSending(RequestStatus status, int outstanding, string message, string fixAt)
    {
        Assert.Equal([(message, fixAt)], Problems(Ready() with { Status = status, OutstandingSignOffs = outstanding }));
    }

    [Theory]
    [InlineData(RequestStatus.Received)]
    [InlineData(RequestStatus.InProgress)]
    [InlineData(RequestStatus.Approved)]
    public void WorkableStatus_WithEverySignOffGiven_CanSend(RequestStatus status)
    {
        Assert.Empty(SendReadiness.ToSend(Ready() with { Status = status }));
    }

    [Fact]
    public void NoAddress_CannotSend()
    {
        Assert.Equal(
            [("The requester gave neither an email nor a postal address, so the response cannot be sent.", "/staff/cases/7")],
            Problems(Ready() with { Delivery = null }));
    }

    [Fact]
    public void NeverSaved_CannotSend()
    {
        Assert.Equal([("Save the response before sending it.", "/staff/cases/7/response#Data_Response")], Problems(Ready() with { LetterState = null, Sections = null }));
    }

    [Fact]
    public void FirstDraftPlaceholders_AreNamed_WithTheSectionToFix()
    {
        var facts = Ready() with
        {
            Sections = new ResponseSections("1. [Answer to question 1]\n2. [Answer to question 2]", string.Empty, "Ask again for [answer to question 2 ].", string.Empty),
        };

        Assert.Equal(
            [
                ("Replace \u201C[Answer to question 1]\u201D and \u201C[Answer to question 2]\u201D in the Response section with your answers.", "/staff/cases/7/response#Data_Response"),
                ("Replace \u201C[answer to question 2 ]\u201D in the Advice and assistance section with your answer.", "/staff/cases/7/response#Data_Advice"),
            ],
            Problems(facts));
    }

    [Fact]
    public void QuestionWithoutAnOutcome_LinksToThatQuestion()
    {
        var facts = Ready() with { Outcomes = [new(1, QuestionOutcome.Disclosed)] };

        Assert.Equal([("Record an outcome for question 2.", "/staff/cases/7/exemptions#question-2")], Problems(facts));
    }

    [Fact]
    public void CostRefusalOfQuestionTwoOnly_StillNeedsAnOutcomeForQuestionOne()
    {
        // ICO s.12 guidance: each question a request in its own right; question 1 is within the limit and must be answered.
        var facts = Ready() with { Outcomes = [], Cost = CostOutcome.RefuseSection12, CostRefusedQuestions = [2] };

        Assert.Equal([("Record an outcome for question 1.", "/staff/cases/7/exemptions#question-1")], Problems(facts));
    }

    [Fact]
    public void CostRefusalOfTheWholeRequest_NeedsNoOutcomes()
    {
        var facts = Ready() with { Outcomes = [], Cost = CostOutcome.RefuseSection12, CostRefusedQuestions = null };

        Assert.DoesNotContain(Problems(facts), p => p.Message.StartsWith("Record an outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void NoOutcomeAtAll_ListsEveryQuestion()
    {
        // Issue 12: a request went to Responded while its case page said "No outcome recorded for any question yet".
        Assert.Equal(
            [
                ("Record an outcome for question 1.", "/staff/cases/7/exemptions#question-1"),
                ("Record an outcome for question 2.", "/staff/cases/7/exemptions#question-2"),
            ],
            Problems(Ready() with { Outcomes = [] }));
    }

    [Theory]
    [InlineData(CostOutcome.RefuseSection12)]
    [InlineData(CostOutcome.RefuseSection12Two)]
    public void CostRefusal_CoversEveryQuestion(CostOutcome cost)
    {
        var facts = Ready("We are not obliged to comply with your request.") with { Outcomes = [], Cost = cost };

        Assert.Empty(SendReadiness.ToSend(facts));
    }

    [Fact]
    public void CostDecisionToProceed_CoversNoQuestion()
    {
        Assert.Equal(2, SendReadiness.ToSend(Ready() with { Outcomes = [], Cost = CostOutcome.Proceed }).Count);
    }

    [Theory]
    [InlineData(QuestionOutcome.Withheld, "1. 312 offences.\n2. The figures are attached.", "attached", "withheld")]
    [InlineData(QuestionOutcome.NeitherConfirmNorDeny, "1. 312 offences.\n\nQuestion 2: we have provided what we hold.", "provided", "neither confirmed nor denied")]
    [InlineData(QuestionOutcome.NotHeld, "1. 312 offences.\n2) The list is enclosed.", "enclosed", "not held")]
    [InlineData(QuestionOutcome.Vexatious, "1. 312 offences.\n2: Disclosed in full.", "disclosed", "refused as vexatious (section 14(1))")]
    public void ResponseSection_ClaimingDisclosureForAQuestionThatGivesNothing_IsAContradiction(QuestionOutcome second, string response, string word, string described)
    {
        var facts = Ready(response) with { Outcomes = [new(1, QuestionOutcome.Disclosed), new(2, second)] };

        Assert.Equal(
            [($"The Response section says \u201C{word}\u201D about question 2, but question 2 is recorded as {described}: correct the letter or the outcome.", "/staff/cases/7/response#Data_Response")],
            Problems(facts));
    }

    [Theory]
    // Negated or refused in the same sentence: not a claim of disclosure.
    [InlineData("1. 312 offences, attached.\n2. This information is withheld and is not disclosed.")]
    [InlineData("1. 312 offences, attached.\n2. We cannot say whether it is held; nothing is provided. We don't hold a list.")]
    // The attachment is mentioned in question 1's part, or before any question: not about question 2.
    [InlineData("Please see the attached table.\n\n1. 312 offences, attached.\n2. Withheld under section 31.")]
    // "2022" starts no question's part: the line stays in question 1's part.
    [InlineData("1. 312 offences.\n2022 figures are attached.\n2. Withheld under section 31.")]
    public void ResponseSection_WithoutAClaimForAQuestionThatGivesNothing_IsNoContradiction(string response)
    {
        var facts = Ready(response) with { Outcomes = [new(1, QuestionOutcome.Disclosed), new(2, QuestionOutcome.Withheld)] };

        Assert.Empty(SendReadiness.ToSend(facts));
    }

    [Fact]
    public void PartlyDisclosedQuestion_MayBeProvided()
    {
        var facts = Ready("1. 312.\n2. The parts we can give are provided below.") with
        {
            Outcomes = [new(1, QuestionOutcome.Disclosed), new(2, QuestionOutcome.PartlyDisclosed), new(2, QuestionOutcome.NeitherConfirmNorDeny)],
        };

        Assert.Empty(SendReadiness.ToSend(facts));
    }

    [Fact]
    public void CostRefusal_WithoutGoodwill_CannotSayItProvided_WithGoodwillItCan()
    {
        var response = "We are not obliged to comply.\n\n1. The figures we found are attached.";
        var refused = Ready(response) with { Outcomes = [], Cost = CostOutcome.RefuseSection12 };

        Assert.Equal(
            [("The Response section says \u201Cattached\u201D about question 1, but question 1 is recorded as refused under section 12: correct the letter or the outcome.", "/staff/cases/7/response#Data_Response")],
            Problems(refused));
        Assert.Empty(SendReadiness.ToSend(refused with { GoodwillDisclosure = true, DatasetCount = 1 }));
    }

    [Fact]
    public void Datasets_WhenNothingIsDisclosed_AreAContradiction()
    {
        var facts = Ready("1. Withheld.\n2. Not held.") with
        {
            Outcomes = [new(1, QuestionOutcome.Withheld), new(2, QuestionOutcome.NotHeld)],
            DatasetCount = 1,
        };

        Assert.Equal(
            [("Remove the datasets, or record the questions they answer as disclosed: no question is recorded as disclosed.", "/staff/cases/7/response#datasets")],
            Problems(facts));
    }

    [Fact]
    public void EveryProblem_IsListed_InOrder()
    {
        var facts = Ready("1. [Answer to question 1]\n2. Attached.") with
        {
            Status = RequestStatus.AwaitingClarification,
            Delivery = null,
            Outcomes = [new(2, QuestionOutcome.Withheld)],
        };

        Assert.Equal(
            [
                "The clock is stopped while we wait for the requester, so the response cannot be sent yet.",
                "The requester gave neither an email nor a postal address, so the response cannot be sent.",
                "Replace \u201C[Answer to question 1]\u201D in the Response section with your answer.",
                "Record an outcome for question 1.",
                "The Response section says \u201Cattached\u201D about question 2, but question 2 is recorded as withheld: correct the letter or the outcome.",
            ],
            Problems(facts).Select(p => p.Message));
    }

    [Fact]
    public void Publish_BeforeSending_IsRefused()
    {
        Assert.Equal(
            [("The response to this request has not been sent, so there is nothing to publish yet.", "/staff/cases/7/response")],
            SendReadiness.ToPublish(Ready()).Select(p => (p.Message, p.FixAt)));
    }

    [Fact]
    public void Publish_ASentLetterWithAPlaceholder_IsRefused()
    {
        // Issue 12: a first draft holding "[Answer to question 1]" was sent and went into the disclosure log draft.
        var sent = Ready("1. [Answer to question 1]\n2. 298 offences.") with { Status = RequestStatus.Responded, LetterState = ResponseState.Sent };

        Assert.Equal(
            [("The response as sent still holds \u201C[Answer to question 1]\u201D in its Response section, so it cannot be published.", "/staff/cases/7/response")],
            SendReadiness.ToPublish(sent).Select(p => (p.Message, p.FixAt)));
    }

    [Fact]
    public void Publish_ASentLetterWithoutOutcomesOrSignOff_IsRefused()
    {
        var sent = Ready() with { Status = RequestStatus.Responded, LetterState = ResponseState.Sent, Outcomes = [new(1, QuestionOutcome.Disclosed)], OutstandingSignOffs = 1 };

        Assert.Equal(
            [
                "A decision on this case was never approved by a manager, so its response cannot be published.",
                "No outcome was recorded for question 2, so the response cannot be published.",
            ],
            SendReadiness.ToPublish(sent).Select(p => p.Message));
    }

    [Fact]
    public void Publish_ACleanSentLetter_IsAllowed()
    {
        Assert.Empty(SendReadiness.ToPublish(Ready() with { Status = RequestStatus.Responded, LetterState = ResponseState.Sent }));
    }

    [Theory]
    [InlineData(RequestStatus.InProgress, ResponseState.Sent, "This response has been sent, so it cannot be changed.")]
    [InlineData(RequestStatus.InProgress, ResponseState.Sending, "This response is being sent, so it cannot be changed.")]
    [InlineData(RequestStatus.Withdrawn, null, "This request is withdrawn, so no response can be composed.")]
    [InlineData(RequestStatus.InProgress, ResponseState.Draft, null)]
    [InlineData(RequestStatus.Received, null, null)]
    public void WhyNotEditable(RequestStatus status, ResponseState? state, string? expected)
    {
        Assert.Equal(expected, SendReadiness.WhyNotEditable(status, state));
    }
}
