namespace FoiPortal.Core.Costs;

/// <summary>Questions whose costs are assessed together (one question alone, or those found the same or similar) and whether they exceed the limit.</summary>
public sealed record CostedGroup(IReadOnlyList<int> Questions, long Minutes, bool SameOrSimilar, bool Exceeds)
{
    public string Hours => CostFigures.HoursWithUnit(Minutes);
}

/// <summary>
/// The cost limit applied question by question. The ICO treats each question of a multi-part request as a request in its
/// own right; their costs may be added together only where they relate, to any extent, to the same or similar
/// information (Fees Regulations, SI 2004/3244, reg 5(2)(a)), which the officer records on the estimate. Every other
/// question is assessed on its own, and those within the limit are answered.
/// </summary>
public sealed class QuestionAssessment
{
    private QuestionAssessment(IReadOnlyList<CostedGroup> groups, string? sameOrSimilarReason)
    {
        Groups = groups;
        SameOrSimilarReason = sameOrSimilarReason;
    }

    /// <summary>The same-or-similar group first (when recorded), then each other costed question in order.</summary>
    public IReadOnlyList<CostedGroup> Groups { get; }

    public string? SameOrSimilarReason { get; }

    /// <summary>The group found the same or similar, if any.</summary>
    public CostedGroup? SameOrSimilar => Groups.FirstOrDefault(g => g.SameOrSimilar);

    /// <summary>Questions the authority need not answer under s.12(1), ascending.</summary>
    public IReadOnlyList<int> RefusedQuestions => Groups.Where(g => g.Exceeds).SelectMany(g => g.Questions).Order().ToList();

    public bool AnyRefused => Groups.Any(g => g.Exceeds);

    /// <summary>Costed questions within the limit (alone or in their group): they must be answered. Ascending.</summary>
    public IReadOnlyList<int> CostedWithinLimit => Groups.Where(g => !g.Exceeds).SelectMany(g => g.Questions).Order().ToList();

    /// <summary>Minutes of the refused questions.</summary>
    public long RefusedMinutes => Groups.Where(g => g.Exceeds).Sum(g => g.Minutes);

    /// <summary>The refused questions of a request with <paramref name="questionCount"/> questions are all of them.</summary>
    public bool RefusesWhole(int questionCount) => RefusedQuestions.Count == questionCount;

    /// <summary>Why the estimate cannot support a s.12 refusal (used only when nothing is refused).</summary>
    public string WhyNotRefused(AppropriateLimit limit)
    {
        if (limit.Regime == Statute.Regime.Foisa)
        {
            // SSI 2004/467 regs 3 and 5: each line at its own staff rate, against £600.
            return $"The estimate does not exceed the limit of {CostFigures.Money(limit.Amount!.Value)}, with staff time at the hourly cost entered on each line, so the request cannot be refused on cost";
        }

        var max = CostFigures.HoursWithUnit(limit.MaxMinutes!.Value);
        return SameOrSimilar is { } group
            ? $"Neither the questions found to be for the same or similar information ({CostFigures.QuestionList(group.Questions)}: {group.Hours} together) nor any other question on its own exceeds the limit of {max}, so the request cannot be refused on cost"
            : $"No question on its own exceeds the limit of {max}, so the request cannot be refused on cost. Questions are added together only when you record that they are for the same or similar information (regulation 5(2)(a))";
    }

    internal static QuestionAssessment Of(CostEstimate estimate, AppropriateLimit limit)
    {
        var byQuestion = estimate.ByQuestion.ToDictionary(q => q.QuestionNumber, q => q.Minutes);
        if (limit.Regime != Statute.Regime.Foia)
        {
            // The ICO's question-by-question approach and reg 5(2)(a) are FOIA's: FOISA's fees regulations (SSI 2004/467)
            // cost the request as a whole, and the EIR have no cost limit.
            var all = byQuestion.Keys.Order().ToList();
            var total = byQuestion.Values.Sum();
            return new QuestionAssessment(all.Count == 0 ? [] : [new CostedGroup(all, total, SameOrSimilar: false, estimate.ExceedsLimit(limit))], null);
        }

        var together = estimate.SameOrSimilarQuestions;
        var groups = new List<CostedGroup>();
        if (together.Count > 0)
        {
            var minutes = together.Sum(n => byQuestion.GetValueOrDefault(n));
            groups.Add(new CostedGroup(together, minutes, SameOrSimilar: true, limit.IsExceededBy(minutes)));
        }

        foreach (var (question, minutes) in byQuestion.Where(q => !together.Contains(q.Key)).OrderBy(q => q.Key))
        {
            groups.Add(new CostedGroup([question], minutes, SameOrSimilar: false, limit.IsExceededBy(minutes)));
        }

        return new QuestionAssessment(groups, together.Count > 0 ? estimate.SameOrSimilarReason : null);
    }
}
