using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Responses;

/// <summary>Something that stops a response being sent (or published), and where it is fixed: a link target in the portal.</summary>
public sealed record SendProblem(string Message, string FixAt);

/// <summary>One outcome recorded for one question (a question may have several).</summary>
public sealed record RecordedOutcome(int QuestionNumber, QuestionOutcome Outcome);

/// <summary>The case as the send check reads it: plain values, loaded by the caller.</summary>
public sealed record SendFacts
{
    public required int RequestId { get; init; }

    public required RequestStatus Status { get; init; }

    /// <summary>Null while the letter has never been saved.</summary>
    public ResponseState? LetterState { get; init; }

    /// <summary>The letter's editable sections; null while it has never been saved.</summary>
    public ResponseSections? Sections { get; init; }

    public int DatasetCount { get; init; }

    /// <summary>The request's question numbers (1, 2, ...).</summary>
    public required IReadOnlyList<int> QuestionNumbers { get; init; }

    public IReadOnlyList<RecordedOutcome> Outcomes { get; init; } = [];

    /// <summary>The cost decision in force (the latest), if any.</summary>
    public CostOutcome? Cost { get; init; }

    /// <summary>With a cost refusal: the questions refused, or null when the whole request is (the others need outcomes).</summary>
    public IReadOnlyList<int>? CostRefusedQuestions { get; init; }

    /// <summary>The s.12(1) refusal gives, as a gesture of goodwill, what was found before the limit was reached.</summary>
    public bool GoodwillDisclosure { get; init; }

    /// <summary>Cost and exemption decisions that still need a manager (pending or returned).</summary>
    public int OutstandingSignOffs { get; init; }

    /// <summary>How the response would go (<see cref="ResponseDelivery.For"/>); null when the requester gave no address.</summary>
    public DeliveryMethod? Delivery { get; init; }
}

/// <summary>Sending (or publishing) was refused: every problem, each with where to fix it, for the page's error summary.</summary>
public sealed class SendRefusedException : Exception
{
    public SendRefusedException(IReadOnlyList<SendProblem> problems)
        : base(problems.Count > 0 ? problems[0].Message : "The response cannot be sent.") => Problems = problems;

    public SendRefusedException()
        : this([])
    {
    }

    public SendRefusedException(string message)
        : this([new SendProblem(message, string.Empty)])
    {
    }

    public SendRefusedException(string message, Exception innerException)
        : base(message, innerException) => Problems = [new SendProblem(message, string.Empty)];

    public IReadOnlyList<SendProblem> Problems { get; }
}
