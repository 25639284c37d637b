namespace FoiPortal.Core.Requests;

/// <summary>A step of case work whose records can be changed only while the case is being worked on.</summary>
public enum CaseStep
{
    /// <summary>The s.12 cost estimate, its aggregation and the cost decision.</summary>
    CostEstimate,

    /// <summary>The outcome and exemptions recorded for each question.</summary>
    ExemptionDecisions,

    /// <summary>The working questions: split, merged or reworded (docs/adr/023).</summary>
    Questions,
}

/// <summary>
/// Whether a step of the case can still be changed, and why not: one answer for the pages that show the step and the
/// commands that change it. Null means it can.
/// </summary>
public static class CaseSteps
{
    public static string? WhyNotEditable(CaseStep step, RequestStatus status)
    {
        var (its, the) = step switch
        {
            CaseStep.CostEstimate => ("its cost estimate", "the estimate"),
            CaseStep.ExemptionDecisions => ("its decisions", "its decisions"),
            CaseStep.Questions => ("its questions", "its questions"),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown case step."),
        };
        return status switch
        {
            _ when !FoiRequest.IsOpenStatus(status) => $"This request is {status.Describe().ToLowerInvariant()}, so {its} cannot be changed.",
            // What a manager is reviewing, or has approved, must stay as they saw it.
            RequestStatus.AwaitingSignOff => $"The case is waiting for a manager's sign-off, so {the} cannot be changed.",
            RequestStatus.Approved => $"A manager has approved the case, so {the} cannot be changed.",
            _ => null,
        };
    }

    /// <summary>
    /// Which law applies (FOIA, EIR or FOISA) is settled at triage: the cost limit (FOIA s.12; none under the EIR), the
    /// exemptions or exceptions and the wording all depend on it, so it cannot change once any of them is recorded, or
    /// once the case is closed.
    /// </summary>
    public static string? WhyRegimeCannotChange(RequestStatus status, bool decisionOrResponseRecorded)
    {
        if (!FoiRequest.IsOpenStatus(status))
        {
            return $"This request is {status.Describe().ToLowerInvariant()}, so the law it is handled under can no longer be changed.";
        }

        return decisionOrResponseRecorded
            ? "A cost decision, an exemption decision or a response has been recorded under the current law, so the law can no longer be changed."
            : null;
    }
}
