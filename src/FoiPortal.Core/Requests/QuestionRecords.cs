using System.Globalization;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;

namespace FoiPortal.Core.Requests;

/// <summary>
/// What is recorded against a case's working questions by number, from the separate roots that hold it (docs/adr/008):
/// exemption decisions and outcomes, cost estimate lines, the reg 5 same-or-similar finding, and the cost decision in
/// force (which covers the questions as numbered when it was made). <see cref="FoiRequest"/> takes it when a split or
/// merge would change or renumber questions, and refuses rather than move records (docs/adr/023), so no caller decides
/// which records matter.
/// </summary>
public sealed class QuestionRecords
{
    private readonly List<(int Question, string What)> _records;
    private readonly bool _costDecision;

    public QuestionRecords(int foiRequestId, IEnumerable<ExemptionDecision> exemptionDecisions, CostEstimate? estimate, CostDecision? costDecisionInForce)
    {
        ArgumentNullException.ThrowIfNull(exemptionDecisions);
        var decisions = exemptionDecisions.ToList();
        if (decisions.Exists(d => d.FoiRequestId != foiRequestId)
            || (estimate is not null && estimate.FoiRequestId != foiRequestId)
            || (costDecisionInForce is not null && costDecisionInForce.FoiRequestId != foiRequestId))
        {
            throw new ArgumentException("Every record must belong to the request.", nameof(exemptionDecisions));
        }

        _records = [.. decisions.Select(d => (d.QuestionNumber, "an outcome or exemption decision"))];
        if (estimate is not null)
        {
            _records.AddRange(estimate.Lines.Select(l => (l.QuestionNumber, $"cost estimate line {l.LineNumber.ToString(CultureInfo.InvariantCulture)}")));
            _records.AddRange(estimate.SameOrSimilarQuestions.Select(n => (n, "the finding that questions are for the same or similar information")));
        }

        _costDecision = costDecisionInForce is not null;
    }

    /// <summary>Nothing recorded against any question (a case just received).</summary>
    public static QuestionRecords None { get; } = new(0, [], null, null);

    /// <summary>
    /// Why questions from <paramref name="first"/> on cannot change number or text, or null when nothing is recorded
    /// against them. A record on an earlier question stays where it is.
    /// </summary>
    public string? WhyNotChangeFrom(int first, string change)
    {
        if (_costDecision)
        {
            return $"{Capitalise(change)}: a cost decision has been made on the questions as they are numbered now. Questions cannot be split or merged after a cost decision.";
        }

        var (question, what) = _records.Where(r => r.Question >= first).OrderBy(r => r.Question).FirstOrDefault();
        if (what is null)
        {
            return null;
        }

        var effect = question == first ? "its question would change" : $"question {question.ToString(CultureInfo.InvariantCulture)} would be renumbered";
        return $"{Capitalise(change)}: {what} is recorded on question {question.ToString(CultureInfo.InvariantCulture)}, and {effect}. Remove it first, or split or merge later questions only.";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
