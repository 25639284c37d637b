using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>Issue 18: splitting, merging and rewording the working questions (docs/adr/023).</summary>
public sealed class QuestionEditingTests
{
    private const string Officer = "officer@example.org";
    private static readonly DateTimeOffset Received = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At = Received.AddHours(3);

    private static FoiRequest NewRequest(params string[] questions) =>
        FoiRequest.Submit(
            "FOI/2026/00042", new Requester("Jo Bloggs", "jo@example.org", null), "Knife crime",
            questions.Length == 0 ? ["a) knives seized b) arrests c) charges", "How many officers?", "What training?"] : questions,
            PreferredFormat.Email, Channel.Web, Received, WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash);

    private static string[] Texts(FoiRequest request) => [.. request.Questions.OrderBy(q => q.Number).Select(q => q.Text)];

    private static QuestionRecords DecisionOn(int question) => new(
        0,
        [ExemptionDecision.Record(0, new ExemptionDecisionDraft { QuestionNumber = question, Outcome = QuestionOutcome.Disclosed }, Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, At.UtcDateTime)],
        null,
        null);

    private static QuestionRecords CostLineOn(int question)
    {
        var estimate = new CostEstimate(0, Regime.Foia);
        estimate.AddLine(new CostLineInput(question, CostActivity.Locating, "Search the custody system", 10, UnitKind.Records, 6));
        return new QuestionRecords(0, [], estimate, null);
    }

    [Fact]
    public void Split_ReplacesTheQuestionByItsPartsAndRenumbersTheRest_KeepingTheRequestAsReceived()
    {
        var request = NewRequest();

        request.SplitQuestion(1, ["knives seized", " arrests ", "charges"], QuestionRecords.None, Officer, At);

        Assert.Equal(["knives seized", "arrests", "charges", "How many officers?", "What training?"], Texts(request));
        Assert.Equal([1, 2, 3, 4, 5], request.Questions.Select(q => q.Number).Order());
        Assert.Equal(["a) knives seized b) arrests c) charges", "How many officers?", "What training?"], request.QuestionsAsReceived);
        Assert.True(request.QuestionsChanged);
    }

    [Fact]
    public void Split_RecordsWhoAndTheTextBeforeOnTheTimelineAndRenewsTheVersion()
    {
        var request = NewRequest();
        var version = request.Version;

        request.SplitQuestion(1, ["knives seized", "arrests", "charges"], QuestionRecords.None, Officer, At);

        var e = request.Events[^1];
        Assert.Equal(("QuestionSplit", Officer, At.UtcDateTime), (e.Kind, e.Actor, e.AtUtc));
        Assert.Equal(
            "Question 1 split into questions 1 to 3; questions 2 to 3 now are 4 to 5. Was: \u201ca) knives seized b) arrests c) charges\u201d",
            e.Description);
        Assert.NotEqual(version, request.Version);
    }

    [Fact]
    public void MergeAfterSplit_RestoresTheNumberingAndTheReceivedCopyIsTakenOnce()
    {
        var request = NewRequest("first part", "second part", "third");

        request.SplitQuestion(3, ["th", "ird"], QuestionRecords.None, Officer, At);
        request.MergeQuestions(1, QuestionRecords.None, Officer, At);

        Assert.Equal(["first part second part", "th", "ird"], Texts(request));
        Assert.Equal(["first part", "second part", "third"], request.QuestionsAsReceived);
        Assert.Equal(3, request.ReceivedQuestions.Count);
        Assert.Equal(
            "Questions 1 and 2 merged into question 1; questions 3 to 4 now are 2 to 3. Were: \u201cfirst part\u201d and \u201csecond part\u201d",
            request.Events[^1].Description);
    }

    [Fact]
    public void Reword_ChangesOnlyThatQuestionAndTheTimelineQuotesBeforeAndAfter()
    {
        var request = NewRequest();

        request.RewordQuestion(2, "How many police officers were employed in 2025?", Officer, At);

        Assert.Equal(["a) knives seized b) arrests c) charges", "How many police officers were employed in 2025?", "What training?"], Texts(request));
        Assert.Equal("How many officers?", request.QuestionsAsReceived[1]);
        Assert.Equal(
            "Question 2 reworded. Was: \u201cHow many officers?\u201d Now: \u201cHow many police officers were employed in 2025?\u201d",
            request.Events[^1].Description);
    }

    [Fact]
    public void QuestionsAsReceived_BeforeAnyChange_AreTheWorkingQuestions()
    {
        var request = NewRequest();

        Assert.Equal(Texts(request), request.QuestionsAsReceived);
        Assert.Empty(request.ReceivedQuestions);
        Assert.False(request.QuestionsChanged);
    }

    // A record on the question changed, or on a question that would be renumbered, refuses the change; a record on an
    // earlier question does not (it stays where it is).
    [Theory]
    [InlineData("split", 2, 2, true)]
    [InlineData("split", 2, 3, true)]
    [InlineData("split", 2, 1, false)]
    [InlineData("merge", 2, 3, true)]
    [InlineData("merge", 2, 2, true)]
    [InlineData("merge", 2, 1, false)]
    [InlineData("split", 3, 2, false)]
    public void SplitOrMerge_WithAnOutcomeRecordedAtOrAfter_IsRefusedAndNothingChanges(string change, int question, int decisionOn, bool refused)
    {
        foreach (var records in new[] { DecisionOn(decisionOn), CostLineOn(decisionOn) })
        {
            var request = NewRequest();
            var before = Texts(request);
            void Act()
            {
                if (change == "split")
                {
                    request.SplitQuestion(question, ["one", "two"], records, Officer, At);
                }
                else
                {
                    request.MergeQuestions(question, records, Officer, At);
                }
            }

            if (refused)
            {
                var error = Assert.Throws<DomainException>(Act);
                Assert.Contains($"recorded on question {decisionOn}", error.Message, StringComparison.Ordinal);
                Assert.Equal(before, Texts(request));
                Assert.Empty(request.ReceivedQuestions);
            }
            else
            {
                Act();
                Assert.NotEqual(before, Texts(request));
            }
        }
    }

    [Fact]
    public void Split_AfterACostDecision_IsRefused()
    {
        var request = NewRequest();
        var estimate = new CostEstimate(0, Regime.Foia);
        var decision = new CostDecision(0, CostOutcome.Proceed, false, "No advice needed", null, null, null, estimate.TotalMinutes, Officer, At.UtcDateTime);

        var error = Assert.Throws<DomainException>(() => request.SplitQuestion(3, ["a", "b"], new QuestionRecords(0, [], estimate, decision), Officer, At));

        Assert.Contains("cost decision", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reword_WithADecisionRecorded_IsAllowed()
    {
        var request = NewRequest();

        request.RewordQuestion(1, "How many knives were seized?", Officer, At);

        Assert.Equal("How many knives were seized?", Texts(request)[0]);
    }

    public static TheoryData<string, Action<FoiRequest>> AfterTheResponse => new()
    {
        { "sent", r => { r.StartWork(Officer, At); r.RecordResponseSent(Officer, At); } },
        { "withdrawn", r => r.Withdraw(At) },
    };

    [Theory]
    [MemberData(nameof(AfterTheResponse))]
    public void EveryChange_OnceTheCaseIsClosed_IsRefused(string state, Action<FoiRequest> close)
    {
        var request = NewRequest();
        close(request);

        Assert.NotNull(request.WhyNotChangeQuestions);
        Assert.Contains("its questions cannot be changed", Assert.Throws<DomainException>(() => request.SplitQuestion(1, ["a", "b"], QuestionRecords.None, Officer, At)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => request.MergeQuestions(1, QuestionRecords.None, Officer, At));
        Assert.Throws<DomainException>(() => request.RewordQuestion(1, "new words", Officer, At));
        Assert.Equal(3, request.Questions.Count);
        Assert.False(string.IsNullOrEmpty(state));
    }

    [Theory]
    [InlineData(new[] { "only one" }, "at least 2 parts")]
    [InlineData(new[] { "one", "   " }, "at least 2 parts")]
    public void Split_IntoFewerThanTwoParts_IsRefused(string[] parts, string message) =>
        Assert.Contains(message, Assert.Throws<DomainException>(() => NewRequest().SplitQuestion(1, parts, QuestionRecords.None, Officer, At)).Message, StringComparison.Ordinal);

    [Fact]
    public void Split_BeyondTwentyQuestions_IsRefused()
    {
        var request = NewRequest([.. Enumerable.Range(1, 19).Select(i => $"question {i}")]);

        var error = Assert.Throws<DomainException>(() => request.SplitQuestion(19, ["a", "b", "c"], QuestionRecords.None, Officer, At));

        Assert.Equal("A request can have at most 20 questions, so question 19 can be split into at most 2 parts", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Merge_WithoutAQuestionAfterIt_IsRefused(int first) =>
        Assert.Equal(
            "Choose a question between 1 and 2 to merge with the question after it",
            Assert.Throws<DomainException>(() => NewRequest().MergeQuestions(first, QuestionRecords.None, Officer, At)).Message);

    [Theory]
    [InlineData("", "Enter the new wording")]
    [InlineData("How many officers?", "The new wording is the same as the question's current wording")]
    public void Reword_EmptyOrUnchanged_IsRefused(string text, string message) =>
        Assert.Equal(message, Assert.Throws<DomainException>(() => NewRequest().RewordQuestion(2, text, Officer, At)).Message);

    [Fact]
    public void AnyChange_ToAQuestionThatDoesNotExist_IsRefused() =>
        Assert.Equal("This request has no question 4", Assert.Throws<DomainException>(() => NewRequest().RewordQuestion(4, "x", Officer, At)).Message);
}
