namespace FoiPortal.Core.Costs;

/// <summary>A set of questions and their exact total minutes.</summary>
public sealed record QuestionSet(IReadOnlyList<int> Questions, long Minutes);

public enum NarrowingScope
{
    /// <summary>Narrowing this line alone would bring the whole request within the limit.</summary>
    WholeRequest,

    /// <summary>The rest of the request is over the limit anyway; narrowing this line would bring its question, on its own, within it.</summary>
    QuestionAlone,
}

/// <summary>How far one line would have to be narrowed: e.g. one year instead of six.</summary>
public sealed record NarrowingSuggestion(int LineNumber, int QuestionNumber, UnitKind UnitKind, int CurrentUnits, long UnitsWithinLimit, NarrowingScope Scope);

/// <summary>What could be provided within the limit, and a first draft of the advice for the officer to edit.</summary>
public sealed record CostAdviceResult(
    bool LimitApplies,
    bool WholeRequestWithinLimit,
    QuestionSet Answerable,
    IReadOnlyList<NarrowingSuggestion> Narrowing,
    IReadOnlyList<string> SuggestedWording)
{
    /// <summary>Not one question fits within the limit as asked (narrowing may still help).</summary>
    public bool NothingWithinLimit => LimitApplies && Answerable.Questions.Count == 0;
}

/// <summary>
/// FOIA s.16 (and FOISA s.15): when refusing on cost, say what could be provided within the limit, or that nothing could
/// (ICO s.12 guidance; s.45 Code of Practice).
/// </summary>
public static class CostAdvice
{
    /// <summary>The exact search below is exponential; requests have at most this many questions (FoiRequest.MaxQuestions).</summary>
    public const int MaxQuestionsForExactSearch = 20;

    public static CostAdviceResult Suggest(CostEstimate estimate, AppropriateLimit limit)
    {
        if (limit.Regime != estimate.Regime)
        {
            throw new ArgumentException($"The limit is for {limit.Regime} but the estimate is for {estimate.Regime}.", nameof(limit));
        }

        if (limit.MaxMinutes is not { } max)
        {
            return new CostAdviceResult(
                LimitApplies: false,
                WholeRequestWithinLimit: true,
                new QuestionSet([], 0),
                [],
                ["The Environmental Information Regulations have no cost limit, so there is no limit to advise against. If the request is refused as manifestly unreasonable (regulation 12(4)(b)), regulation 9 still requires advice and assistance: say how the request could be narrowed."]);
        }

        // ICO: each question is a request in its own right; only those found the same or similar (reg 5(2)(a)) add up.
        // The advice is about the refused questions: within their group, the largest set that fits; each line narrowed.
        var assessment = QuestionAssessment.Of(estimate, limit);
        var measure = new Measure(limit, max);
        var whole = !assessment.AnyRefused;
        // The questions costed together and refused: FOIA's same-or-similar group (reg 5(2)(a)); FOISA's whole request
        // (SSI 2004/467 costs the request as a whole). A question refused on its own never fits, so it adds nothing.
        var refusedGroup = assessment.Groups.Where(g => g.Exceeds).SelectMany(g => g.Questions).ToList();
        var answerable = whole
            ? new QuestionSet(estimate.ByQuestion.Select(q => q.QuestionNumber).ToList(), estimate.TotalMinutes)
            : measure.LargestSet(estimate, refusedGroup);
        var narrowing = whole ? [] : Narrow(estimate, assessment, measure);
        return new CostAdviceResult(true, whole, answerable, narrowing, Wording(estimate, measure, assessment, answerable, whole, narrowing));
    }

    /// <summary>
    /// The advice for a request aggregated with others (SI 2004/3244 reg 5). When this request alone is within the limit
    /// but the aggregated requests are not, "no advice is needed" would be wrong: the requester can make the requests
    /// fit by withdrawing or narrowing some of them. Otherwise the advice for this request alone.
    /// </summary>
    public static CostAdviceResult Suggest(CostEstimate estimate, AppropriateLimit limit, AggregatedCostEstimate? aggregated, string reference)
    {
        var alone = Suggest(estimate, limit);
        if (aggregated is null || !alone.LimitApplies || !alone.WholeRequestWithinLimit || !aggregated.ExceedsLimit(limit))
        {
            return alone;
        }

        // reg 5(2): the total of the requests' estimates, each line at its own rate (FOISA: each member of staff's hourly cost).
        var measure = new Measure(limit, limit.MaxMinutes!.Value);
        var others = aggregated.Parts.Select(p => p.Reference).Where(r => !string.Equals(r, reference, StringComparison.Ordinal)).ToList();
        var otherText = others.Count == 1 ? $"your request {others[0]}" : $"your requests {string.Join(", ", others.Take(others.Count - 1))} and {others[^1]}";
        string[] wording =
        [
            $"On its own, this request would {measure.Estimated(measure.WeightOf(estimate.Lines))} of the {measure.Allowed} allowed. "
                + $"Together with {otherText}, which we have aggregated with it, it would {measure.Spend(measure.WeightOf(aggregated.Parts.SelectMany(p => p.Estimate.Lines)))}.",
            $"If you withdraw {otherText}, or narrow the requests so that together they would {measure.NoMoreThan}, we could answer within the limit. "
                + "Please tell us which you would prefer.",
        ];
        return alone with { WholeRequestWithinLimit = false, SuggestedWording = wording };
    }

    /// <summary>
    /// The largest set of questions whose total is within <paramref name="maxMinutes"/>, exactly, not greedily. Best means:
    /// most questions; then, among sets of that size, the most minutes used (the most work we can do); then the lowest
    /// question numbers (compared in order, e.g. {1,4} before {2,3}).
    /// Exhaustive branch and bound: depth-first, including each question before excluding it, in question order, so equal
    /// sets are met lowest-numbers first and only a strictly better set replaces the best so far. A branch is cut when a
    /// question would take it over the limit, or when its upper bounds (most questions addable, taking the smallest first;
    /// most minutes, the lesser of the budget and all that remains) cannot beat the best so far. Time O(2^n x n) in the
    /// worst case (n &lt;= 20), far less in practice; memory O(n^2).
    /// </summary>
    public static QuestionSet LargestSetWithin(IReadOnlyList<QuestionCost> questions, long maxMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxMinutes);
        if (questions.Count > MaxQuestionsForExactSearch)
        {
            throw new ArgumentException($"At most {MaxQuestionsForExactSearch} questions can be searched exactly.", nameof(questions));
        }

        var ordered = questions.OrderBy(q => q.QuestionNumber).ToArray();
        var search = new SubsetSearch(ordered, maxMinutes);
        search.Visit(0, 0, 0);
        return new QuestionSet(search.Best.Select(i => ordered[i].QuestionNumber).ToList(), search.BestMinutes);
    }

    private static List<NarrowingSuggestion> Narrow(CostEstimate estimate, QuestionAssessment assessment, Measure measure)
    {
        var suggestions = new List<NarrowingSuggestion>();
        var max = measure.Max;
        var questionWeights = estimate.Lines.GroupBy(l => l.QuestionNumber).ToDictionary(g => g.Key, g => measure.WeightOf(g));
        var costed = questionWeights.Count;
        foreach (var group in assessment.Groups.Where(g => g.Exceeds))
        {
            var groupWeight = group.Questions.Sum(q => questionWeights.GetValueOrDefault(q));
            foreach (var line in estimate.Lines.Where(l => group.Questions.Contains(l.QuestionNumber) && UnitKinds.CanBeNarrowed(l.UnitKind))
                         .OrderBy(l => l.QuestionNumber).ThenBy(l => l.LineNumber))
            {
                // Units that fit = floor((limit - everything else assessed with it) / one unit), in minutes (FOIA) or in
                // money at the line's own staff rate (FOISA, SSI 2004/467 reg 3).
                var lineWeight = measure.WeightOf([line]);
                var otherInGroup = groupWeight - lineWeight;
                var otherInQuestion = questionWeights[line.QuestionNumber] - lineWeight;
                var (other, scope) = otherInGroup < max && group.Questions.Count == costed
                    ? (otherInGroup, NarrowingScope.WholeRequest)
                    : (otherInQuestion, NarrowingScope.QuestionAlone);
                if (other >= max)
                {
                    continue;
                }

                var fit = (max - other) / measure.PerUnit(line);
                if (fit >= 1 && fit < line.Units)
                {
                    suggestions.Add(new NarrowingSuggestion(line.LineNumber, line.QuestionNumber, line.UnitKind, line.Units, fit, scope));
                }
            }
        }

        return suggestions;
    }

    private static List<string> Wording(CostEstimate estimate, Measure measure, QuestionAssessment assessment, QuestionSet answerable, bool whole, List<NarrowingSuggestion> narrowing)
    {
        if (whole)
        {
            return ["We estimate that we can answer the whole request within the cost limit, so no advice on narrowing it is needed."];
        }

        var paragraphs = new List<string>();
        if (answerable.Questions.Count > 0)
        {
            var those = answerable.Questions.Count == 1 ? "that question" : "those questions";
            var weight = measure.WeightOf(estimate.Lines.Where(l => answerable.Questions.Contains(l.QuestionNumber)));
            paragraphs.Add(
                $"We could answer {CostFigures.QuestionList(answerable.Questions)} within the cost limit: we estimate this would "
                + $"{measure.Spend(weight)} of the {measure.Allowed} allowed. If you would like us to do this, please send us a new request for {those} only.");
        }
        else
        {
            // Only the questions the estimate costs are spoken of: one costed question is "it", never "each of them".
            var costed = assessment.RefusedQuestions;
            paragraphs.Add(costed.Count == 1
                ? $"We have not found a way to answer {CostFigures.QuestionList(costed)} as it stands within the cost limit: on its own it would {measure.MoreThan}."
                : $"We have not found a way to answer {CostFigures.QuestionList(costed)} as they stand within the cost limit: each of them on its own would {measure.MoreThan}.");
        }

        foreach (var n in narrowing)
        {
            var line = estimate.Lines.Single(l => l.LineNumber == n.LineNumber);
            var narrower = $"{CostFigures.CountInWords(n.UnitsWithinLimit)} {UnitKinds.Noun(n.UnitKind, n.UnitsWithinLimit)} instead of {CostFigures.CountInWords(n.CurrentUnits)}";
            var outcome = n.Scope == NarrowingScope.WholeRequest
                ? "we estimate that we could answer your whole request within the limit"
                : $"we estimate that we could answer question {n.QuestionNumber} on its own within the limit";
            paragraphs.Add($"Question {n.QuestionNumber} would need {Lower(line.Description)}. If you narrowed it to {narrower}, {outcome}, for example by asking about a shorter period.");
        }

        paragraphs.Add("A narrower request would be a new request, and we would respond to it within 20 working days of receiving it.");
        return paragraphs;
    }

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>
    /// What the limit is measured in. FOIA (SI 2004/3244 reg 4(4)): one rate, £25 an hour, so minutes against the limit's
    /// minutes, spoken of in hours. FOISA (SSI 2004/467 reg 3): each member of staff's actual hourly cost up to £15, so
    /// money, exactly: minutes x the line's rate in pence, against £600 x 60 x 100, spoken of in pounds.
    /// </summary>
    private sealed class Measure(AppropriateLimit limit, long maxMinutes)
    {
        private bool ByMoney => limit.Regime == Statute.Regime.Foisa;

        public long Max => ByMoney ? (long)(limit.Amount!.Value * 6_000m) : maxMinutes;

        public string Allowed => ByMoney ? CostFigures.Money(limit.Amount!.Value) : CostFigures.HoursWithUnit(maxMinutes);

        public string MoreThan => ByMoney ? $"cost more than {Allowed}" : $"take more than {Allowed}";

        public string NoMoreThan => ByMoney ? $"cost no more than {Allowed}" : $"take no more than {Allowed}";

        public long PerUnit(CostEstimateLine line) => line.MinutesPerUnit * Factor(line);

        public long WeightOf(IEnumerable<CostEstimateLine> lines) => lines.Sum(l => l.Minutes * Factor(l));

        public string Spend(long weight) => ByMoney ? $"cost {Money(weight)}" : $"take {CostFigures.HoursWithUnit(weight)}";

        public string Estimated(long weight) => ByMoney ? $"cost an estimated {Money(weight)}" : $"take an estimated {CostFigures.HoursWithUnit(weight)}";

        /// <summary>The exact largest set of <paramref name="questions"/> within the limit, with its minutes.</summary>
        public QuestionSet LargestSet(CostEstimate estimate, IReadOnlyList<int> questions)
        {
            var weights = estimate.Lines.Where(l => questions.Contains(l.QuestionNumber)).GroupBy(l => l.QuestionNumber)
                .Select(g => new QuestionCost(g.Key, WeightOf(g))).ToList();
            var best = LargestSetWithin(weights, Max);
            return new QuestionSet(best.Questions, estimate.Lines.Where(l => best.Questions.Contains(l.QuestionNumber)).Sum(l => l.Minutes));
        }

        // Pence an hour: staff rates are in pounds and pence (CostLineRules), so minutes x pence is exact.
        private long Factor(CostEstimateLine line) => ByMoney ? (long)(line.HourlyRate(limit) * 100m) : 1;

        private static string Money(long penceMinutes) => CostFigures.Money(penceMinutes / 6_000m);
    }

    private sealed class SubsetSearch
    {
        private readonly QuestionCost[] _questions;
        private readonly long _maxMinutes;
        private readonly bool[] _chosen;

        // For each index, the minutes of questions[index..] in ascending order, and their total: the bounds below.
        private readonly long[][] _suffixAscending;
        private readonly long[] _suffixTotal;

        public SubsetSearch(QuestionCost[] questions, long maxMinutes)
        {
            _questions = questions;
            _maxMinutes = maxMinutes;
            _chosen = new bool[questions.Length];
            _suffixAscending = new long[questions.Length + 1][];
            _suffixTotal = new long[questions.Length + 1];
            for (var i = 0; i <= questions.Length; i++)
            {
                _suffixAscending[i] = questions.Skip(i).Select(q => q.Minutes).Order().ToArray();
                _suffixTotal[i] = _suffixAscending[i].Sum();
            }
        }

        public List<int> Best { get; private set; } = [];

        public long BestMinutes { get; private set; }

        public void Visit(int index, int count, long minutes)
        {
            // Upper bounds for any completion of this branch: the most questions still addable is found by taking the
            // smallest remaining first; the most minutes is the lesser of the budget and all that remains.
            var budget = _maxMinutes - minutes;
            var reachableCount = count + MostThatFit(index, budget);
            if (reachableCount < Best.Count
                || (reachableCount == Best.Count && minutes + Math.Min(budget, _suffixTotal[index]) <= BestMinutes))
            {
                return;
            }

            if (index == _questions.Length)
            {
                // Only a strictly better set replaces the best: equal sets were met earlier with lower numbers.
                Best = Enumerable.Range(0, _questions.Length).Where(i => _chosen[i]).ToList();
                BestMinutes = minutes;
                return;
            }

            if (_questions[index].Minutes <= budget)
            {
                _chosen[index] = true;
                Visit(index + 1, count + 1, minutes + _questions[index].Minutes);
                _chosen[index] = false;
            }

            Visit(index + 1, count, minutes);
        }

        private int MostThatFit(int index, long budget)
        {
            var fitted = 0;
            foreach (var minutes in _suffixAscending[index])
            {
                if (minutes > budget)
                {
                    break;
                }

                budget -= minutes;
                fitted++;
            }

            return fitted;
        }
    }
}
