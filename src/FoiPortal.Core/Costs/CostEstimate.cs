using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Costs;

/// <summary>
/// The estimate of the cost of complying with one request, line by line (ICO s.12 guidance: a sensible, realistic
/// estimate supported by evidence, with a breakdown). Totals are exact minutes; hours are rounded only for display.
/// </summary>
public sealed class CostEstimate
{
    public const int MaxLines = 100;

    private readonly List<CostEstimateLine> _lines = [];

    private CostEstimate()
    {
    }

    public CostEstimate(int foiRequestId, Regime regime)
    {
        if (!Enum.IsDefined(regime))
        {
            throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime.");
        }

        FoiRequestId = foiRequestId;
        Regime = regime;
    }

    public int Id { get; private set; }

    public int FoiRequestId { get; private set; }

    /// <summary>The request's regime: it decides which activities count (FOISA leaves out determining whether held).</summary>
    public Regime Regime { get; private set; }

    public IReadOnlyList<CostEstimateLine> Lines => _lines;

    /// <summary>Exact minutes for the whole request.</summary>
    public long TotalMinutes => _lines.Sum(l => l.Minutes);

    /// <summary>For display only, e.g. "180.0".</summary>
    public string TotalHours => CostFigures.Hours(TotalMinutes);

    /// <summary>Minutes per question, in question order; only questions with at least one line appear.</summary>
    public IReadOnlyList<QuestionCost> ByQuestion => _lines
        .GroupBy(l => l.QuestionNumber)
        .OrderBy(g => g.Key)
        .Select(g => new QuestionCost(g.Key, g.Sum(l => l.Minutes)))
        .ToList();

    /// <summary>Minutes spent only on finding out whether the information is held (reg 4(3)(a)).</summary>
    public long DeterminingWhetherHeldMinutes => _lines.Where(l => l.Activity == CostActivity.DeterminingWhetherHeld).Sum(l => l.Minutes);

    public const int SameOrSimilarReasonMaxLength = 1_000;

    /// <summary>
    /// reg 5(2)(a): the questions the officer found to relate, to any extent, to the same or similar information, so their
    /// costs are added together; empty when none are (every question is then assessed on its own). Ascending.
    /// </summary>
    public IReadOnlyList<int> SameOrSimilarQuestions => string.IsNullOrEmpty(SameOrSimilarNumbers)
        ? []
        : SameOrSimilarNumbers.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The officer's short reason for the same-or-similar finding; it goes into the refusal letter.</summary>
    public string? SameOrSimilarReason { get; private set; }

    /// <summary>Stored form of <see cref="SameOrSimilarQuestions"/>: "1,2,3".</summary>
    private string? SameOrSimilarNumbers { get; set; }

    /// <summary>
    /// Records that <paramref name="questions"/> relate to the same or similar information (reg 5(2)(a)), with the reason.
    /// The ICO treats each question of a multi-part request as a request in its own right: only these are added together.
    /// </summary>
    public void RecordSameOrSimilar(IEnumerable<int> questions, string? reason, int questionCount)
    {
        var numbers = questions.Distinct().Order().ToList();
        if (numbers.Count < 2)
        {
            throw new DomainException("Select at least 2 questions that are for the same or similar information");
        }

        if (numbers.Exists(n => n < 1 || n > questionCount))
        {
            throw new DomainException($"Select questions between 1 and {questionCount}");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the questions are for the same or similar information");
        }

        if (reason.Trim().Length > SameOrSimilarReasonMaxLength)
        {
            throw new DomainException($"The reason must be {SameOrSimilarReasonMaxLength:N0} characters or fewer");
        }

        SameOrSimilarNumbers = string.Join(',', numbers.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        SameOrSimilarReason = reason.Trim();
    }

    /// <summary>Every question is assessed on its own again.</summary>
    public void ClearSameOrSimilar()
    {
        SameOrSimilarNumbers = null;
        SameOrSimilarReason = null;
    }

    /// <summary>Each question alone, or with those found the same or similar; which are over the limit. See <see cref="QuestionAssessment"/>.</summary>
    public QuestionAssessment Assess(AppropriateLimit limit) => QuestionAssessment.Of(this, CheckRegime(limit));

    public CostEstimateLine AddLine(CostLineInput input)
    {
        ThrowIfInvalid(input);
        if (_lines.Count >= MaxLines)
        {
            throw new DomainException($"An estimate can have at most {MaxLines} lines");
        }

        var line = new CostEstimateLine(_lines.Count == 0 ? 1 : _lines.Max(l => l.LineNumber) + 1, input);
        _lines.Add(line);
        return line;
    }

    public void ChangeLine(int lineNumber, CostLineInput input)
    {
        var line = Find(lineNumber);
        ThrowIfInvalid(input);
        line.Apply(input);
    }

    public void RemoveLine(int lineNumber) => _lines.Remove(Find(lineNumber));

    /// <summary>Exact cost: each line at its own rate (FOISA: the staff rate, SSI 2004/467 reg 3), otherwise at the limit's rate.</summary>
    public decimal Cost(AppropriateLimit limit) => CostTimesSixty(limit) / 60m;

    /// <summary>Exact minutes x pounds an hour over all lines (60 times the cost).</summary>
    public decimal CostTimesSixty(AppropriateLimit limit) => CostTimesSixty(CheckRegime(limit), _lines);

    /// <summary>
    /// FOIA s.12(1): more than the limit; exactly at the limit is within it. Never true under the EIR. FOISA s.12(1) with
    /// SSI 2004/467 regs 3 and 5: the cost, each line at its own staff rate, is more than £600.
    /// </summary>
    public bool ExceedsLimit(AppropriateLimit limit) => CheckRegime(limit).Regime == Regime.Foisa
        ? limit.IsExceededByCostTimesSixty(CostTimesSixty(limit))
        : limit.IsExceededBy(TotalMinutes);

    internal static decimal CostTimesSixty(AppropriateLimit limit, IEnumerable<CostEstimateLine> lines) => lines.Sum(l => l.CostTimesSixty(limit));

    /// <summary>
    /// FOIA s.12(2): the duty to confirm or deny (s.1(1)(a)) falls away too when the cost of determining whether the
    /// information is held would exceed the limit on its own. FOISA has no such rule (and does not count that time).
    /// </summary>
    public bool DeterminingWhetherHeldAloneExceeds(AppropriateLimit limit) =>
        CheckRegime(limit).Regime == Regime.Foia && limit.IsExceededBy(DeterminingWhetherHeldMinutes);

    /// <summary>
    /// What must be true before the estimate can support a s.12 refusal: at least one line, every line with evidence
    /// (ICO: "cogent evidence"), and a total above the limit. Empty when a refusal can go ahead.
    /// </summary>
    /// <remarks>
    /// With <paramref name="aggregated"/> (reg 5: this request aggregated with others; it must include this estimate as a
    /// part) the limit is checked against the total of all the estimates; evidence is still required for this one's lines.
    /// </remarks>
    public IReadOnlyList<CostFieldError> ValidateForRefusal(AppropriateLimit limit, AggregatedCostEstimate? aggregated = null)
    {
        CheckRegime(limit);
        var errors = new List<CostFieldError>();
        if (!limit.HasLimit)
        {
            errors.Add(new(nameof(Lines), "The Environmental Information Regulations have no cost limit: consider regulation 12(4)(b) (manifestly unreasonable) instead"));
            return errors;
        }

        if (_lines.Count == 0)
        {
            errors.Add(new(nameof(Lines), "Add at least one line to the estimate before refusing the request"));
            return errors;
        }

        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (!line.HasEvidence)
            {
                errors.Add(new(
                    $"{nameof(Lines)}[{i}].{nameof(CostEstimateLine.Evidence)}",
                    $"Enter the evidence for line {line.LineNumber} (question {line.QuestionNumber}), for example the results of a sampling exercise"));
            }
        }

        if (aggregated is not null && !aggregated.Parts.Any(p => ReferenceEquals(p.Estimate, this)))
        {
            throw new ArgumentException("The aggregation must include this estimate.", nameof(aggregated));
        }

        if (aggregated is not { Parts.Count: > 1 })
        {
            // reg 5(2)(a) and ICO: each question is a request in its own right; only those found the same or similar add up.
            var assessment = Assess(limit);
            if (!assessment.AnyRefused)
            {
                errors.Add(new(nameof(Lines), assessment.WhyNotRefused(limit)));
            }

            return errors;
        }

        var total = aggregated.TotalMinutes;
        if (!aggregated.ExceedsLimit(limit))
        {
            var what = aggregated is { Parts.Count: > 1 } ? "aggregated estimate" : "estimate";
            errors.Add(new(nameof(Lines), limit.Regime == Regime.Foisa
                // SSI 2004/467 regs 3 and 5: each line at its staff member's hourly cost, against £600.
                ? $"The {what} of {CostFigures.Money(aggregated.Cost(limit))} does not exceed the limit of {CostFigures.Money(limit.Amount!.Value)}, so the request cannot be refused on cost"
                : $"The {what} of {CostFigures.HoursWithUnit(total)} does not exceed the limit of {CostFigures.HoursWithUnit(limit.MaxMinutes!.Value)}, so the request cannot be refused on cost"));
        }

        return errors;
    }

    private AppropriateLimit CheckRegime(AppropriateLimit limit)
    {
        if (limit.Regime != Regime)
        {
            throw new ArgumentException($"The limit is for {limit.Regime} but the estimate is for {Regime}.", nameof(limit));
        }

        return limit;
    }

    private CostEstimateLine Find(int lineNumber) =>
        _lines.SingleOrDefault(l => l.LineNumber == lineNumber) ?? throw new DomainException($"Line {lineNumber} is not in this estimate");

    private void ThrowIfInvalid(CostLineInput input)
    {
        var errors = CostLineRules.Validate(input, Regime);
        if (errors.Count > 0)
        {
            throw new DomainException(errors[0].Message);
        }
    }
}

/// <summary>Exact minutes for one question of the request.</summary>
public sealed record QuestionCost(int QuestionNumber, long Minutes)
{
    public string Hours => CostFigures.Hours(Minutes);
}
