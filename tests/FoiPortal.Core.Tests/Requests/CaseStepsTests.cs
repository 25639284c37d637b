using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>Issue 12: whether a step of the case is editable, and why not, answered in Core for every page and command.</summary>
public sealed class CaseStepsTests
{
    public static TheoryData<CaseStep, RequestStatus, string?> Editability() => new()
    {
        { CaseStep.CostEstimate, RequestStatus.Received, null },
        { CaseStep.CostEstimate, RequestStatus.InProgress, null },
        { CaseStep.CostEstimate, RequestStatus.Returned, null },
        { CaseStep.CostEstimate, RequestStatus.AwaitingClarification, null },
        { CaseStep.CostEstimate, RequestStatus.AwaitingSignOff, "The case is waiting for a manager's sign-off, so the estimate cannot be changed." },
        { CaseStep.CostEstimate, RequestStatus.Approved, "A manager has approved the case, so the estimate cannot be changed." },
        { CaseStep.CostEstimate, RequestStatus.Responded, "This request is responded, so its cost estimate cannot be changed." },
        { CaseStep.ExemptionDecisions, RequestStatus.InProgress, null },
        { CaseStep.ExemptionDecisions, RequestStatus.AwaitingSignOff, "The case is waiting for a manager's sign-off, so its decisions cannot be changed." },
        { CaseStep.ExemptionDecisions, RequestStatus.Approved, "A manager has approved the case, so its decisions cannot be changed." },
        { CaseStep.ExemptionDecisions, RequestStatus.Withdrawn, "This request is withdrawn, so its decisions cannot be changed." },
        { CaseStep.ExemptionDecisions, RequestStatus.Lapsed, "This request is lapsed, so its decisions cannot be changed." },
        // Issue 18: the working questions (docs/adr/023).
        { CaseStep.Questions, RequestStatus.Received, null },
        { CaseStep.Questions, RequestStatus.AwaitingClarification, null },
        { CaseStep.Questions, RequestStatus.Returned, null },
        { CaseStep.Questions, RequestStatus.AwaitingSignOff, "The case is waiting for a manager's sign-off, so its questions cannot be changed." },
        { CaseStep.Questions, RequestStatus.Approved, "A manager has approved the case, so its questions cannot be changed." },
        { CaseStep.Questions, RequestStatus.Responded, "This request is responded, so its questions cannot be changed." },
    };

    [Theory]
    [MemberData(nameof(Editability))]
    public void WhyNotEditable_FollowsTheCaseStatus(CaseStep step, RequestStatus status, string? expected)
    {
        Assert.Equal(expected, CaseSteps.WhyNotEditable(step, status));
    }

    [Theory]
    [InlineData(RequestStatus.Received, false, null)]
    [InlineData(RequestStatus.InProgress, false, null)]
    [InlineData(RequestStatus.InProgress, true, "A cost decision, an exemption decision or a response has been recorded under the current law, so the law can no longer be changed.")]
    [InlineData(RequestStatus.Responded, false, "This request is responded, so the law it is handled under can no longer be changed.")]
    public void WhyRegimeCannotChange_SettledAtTriage(RequestStatus status, bool decided, string? expected)
    {
        Assert.Equal(expected, CaseSteps.WhyRegimeCannotChange(status, decided));
    }
}
