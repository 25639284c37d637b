using System.Text;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Costs;

public enum LetterBlockKind
{
    Heading,
    Paragraph,
    Bullets,

    /// <summary>A table: <see cref="LetterBlock.Lines"/> are the column headers, <see cref="LetterBlock.Rows"/> the rows.</summary>
    Table,
}

/// <summary>A piece of letter text with no markup: a heading, a paragraph (one line), a bulleted list or a table.</summary>
public sealed record LetterBlock(LetterBlockKind Kind, IReadOnlyList<string> Lines, IReadOnlyList<IReadOnlyList<string>>? Rows = null)
{
    public static LetterBlock Heading(string text) => new(LetterBlockKind.Heading, [text]);

    public static LetterBlock Paragraph(string text) => new(LetterBlockKind.Paragraph, [text]);

    public static LetterBlock Bullets(IEnumerable<string> items) => new(LetterBlockKind.Bullets, items.ToList());

    public static LetterBlock Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) => new(LetterBlockKind.Table, headers, rows.ToList());
}

/// <summary>The s.12 refusal text, ready for the response letter to lay out.</summary>
public sealed record RefusalWording(IReadOnlyList<LetterBlock> Blocks)
{
    /// <summary>
    /// The officers' editing format (the letter's simple Markdown): blocks separated by a blank line, bullets as "- ",
    /// a table as pipe rows ("| a | b |") with a "| --- |" row under the headers.
    /// </summary>
    public string ToPlainText()
    {
        var text = new StringBuilder();
        foreach (var block in Blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var lines = block.Kind switch
            {
                LetterBlockKind.Bullets => block.Lines.Select(l => "- " + l),
                LetterBlockKind.Table => TableRows(block),
                _ => block.Lines,
            };
            text.AppendJoin('\n', lines);
        }

        return text.ToString();
    }

    private static IEnumerable<string> TableRows(LetterBlock table)
    {
        yield return PipeRow(table.Lines);
        yield return PipeRow(table.Lines.Select(_ => "---").ToList());
        foreach (var row in table.Rows ?? [])
        {
            yield return PipeRow(row);
        }
    }

    /// <summary>"| a | b |": a "|" inside a cell is written "\|", and a line break as a space.</summary>
    private static string PipeRow(IReadOnlyList<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal))) + " |";
}

/// <summary>
/// Drafts the "Reason for decision" of a cost refusal: the reason and the law (FOIA s.12(1), SI 2004/3244; or FOISA s.12(1),
/// SSI 2004/467), the limit in money and hours, a breakdown of the estimate (ICO: a breakdown belongs in the notice), the
/// s.12(2) sentence where it applies, the goodwill paragraph when chosen, and the advice and assistance (s.16 / FOISA s.15).
/// </summary>
public static class CostRefusalWording
{
    public const string ReasonHeading = "Reason for decision";
    public const string AdviceHeading = "Advice and assistance";

    /// <summary>Said once in a letter: in this wording, or in the officer's own words in the Response section, not both.</summary>
    public const string GoodwillParagraph =
        "Although we are not obliged to comply with your request, as a gesture of goodwill we are providing the information we had "
        + "already found before it became clear that the cost limit would be exceeded. We hope it is helpful, but providing it does not "
        + "affect our right to rely on the fees regulations for the remainder of your request.";

    /// <param name="aggregated">reg 5: this request aggregated with others (must include this estimate); the limit is then checked on the total.</param>
    /// <param name="questionCount">The number of questions in the request; when some are within the limit, the letter refuses only the others.</param>
    public static RefusalWording Compose(
        CostEstimate estimate, AppropriateLimit limit, CostAdviceResult advice, bool goodwillDisclosure, AggregatedCostEstimate? aggregated = null, int? questionCount = null)
    {
        if (limit.Regime != estimate.Regime)
        {
            throw new ArgumentException($"The limit is for {limit.Regime} but the estimate is for {estimate.Regime}.", nameof(limit));
        }

        if (limit.MaxMinutes is not { } max)
        {
            throw new DomainException("The Environmental Information Regulations have no cost limit: a refusal would be under regulation 12(4)(b), not section 12");
        }

        if (aggregated is not null && !aggregated.Parts.Any(p => ReferenceEquals(p.Estimate, estimate)))
        {
            throw new ArgumentException("The aggregation must include this estimate.", nameof(aggregated));
        }

        var others = aggregated?.Parts.Where(p => !ReferenceEquals(p.Estimate, estimate)).ToList() ?? [];
        var total = estimate.TotalMinutes + others.Sum(p => p.Estimate.TotalMinutes);
        var assessment = estimate.Assess(limit);
        var aggregatedExceeds = limit.Regime == Regime.Foisa
            ? limit.IsExceededByCostTimesSixty(estimate.CostTimesSixty(limit) + others.Sum(p => p.Estimate.CostTimesSixty(limit)))
            : limit.IsExceededBy(total);
        if (others.Count > 0 ? !aggregatedExceeds : !assessment.AnyRefused)
        {
            throw new DomainException(others.Count > 0
                ? $"The estimate of {CostFigures.HoursWithUnit(total)} does not exceed the limit of {CostFigures.HoursWithUnit(max)}, so the request cannot be refused on cost"
                : assessment.WhyNotRefused(limit));
        }

        // ICO: each question is a request in its own right. With requests aggregated (reg 5), the whole of each is costed.
        var refused = others.Count > 0 ? estimate.ByQuestion.Select(q => q.QuestionNumber).ToList() : assessment.RefusedQuestions;
        var partial = others.Count == 0 && questionCount is { } count && refused.Count < count;
        var refusedMinutes = others.Count > 0 ? estimate.TotalMinutes : assessment.RefusedMinutes;
        var what = partial ? CostFigures.QuestionList(refused) : "your request";
        var foisa = limit.Regime == Regime.Foisa;
        var act = foisa ? "the Freedom of Information (Scotland) Act 2002" : "the Freedom of Information Act 2000";
        var blocks = new List<LetterBlock> { LetterBlock.Heading(ReasonHeading) };
        blocks.Add(LetterBlock.Paragraph(partial
            ? "We have treated each question in your request as a separate request for the cost limit, as the Information Commissioner's guidance on section 12 "
              + $"advises. We estimate that the cost of complying with {what} would exceed the appropriate limit. This means that we are not obliged to comply "
              + $"with {(refused.Count == 1 ? "it" : "them")} (section 12(1) of {act}). We are answering the other questions in this letter."
            : "We estimate that the cost of complying with your request would exceed the appropriate limit. This means that we are "
              + $"not obliged to comply with it (section 12(1) of {act})."));
        if (others.Count == 0 && assessment.SameOrSimilar is { } group && assessment.SameOrSimilarReason is { } reason)
        {
            // SI 2004/3244 reg 5(2)(a): questions are added together only where they relate to the same or similar information.
            blocks.Add(LetterBlock.Paragraph(
                $"We have added together the costs of {CostFigures.QuestionList(group.Questions)}, because they relate to the same or similar information: "
                + $"{reason.TrimEnd('.')} (regulation 5(2)(a) of the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004)."));
        }
        else if (others.Count == 0 && !partial && !foisa && refused.Count > 1)
        {
            blocks.Add(LetterBlock.Paragraph($"Each of {CostFigures.QuestionList(refused)} would on its own exceed the limit."));
        }

        blocks.Add(LetterBlock.Paragraph(foisa ? FoisaLimitParagraph(limit, estimate) : FoiaLimitParagraph(limit, max)));
        blocks.Add(LetterBlock.Paragraph(foisa
            ? $"We estimate that complying with {what} would take {CostFigures.HoursWithUnit(refusedMinutes)}, which at the hourly cost of the staff "
              + $"doing the work would cost {CostFigures.Money(estimate.Cost(limit))}. This is made up as follows:"
            : $"We estimate that complying with {what} would take {CostFigures.HoursWithUnit(refusedMinutes)}, which at "
              + $"{CostFigures.Money(limit.HourlyRate)} an hour would cost {CostFigures.Money(limit.CostOf(refusedMinutes))}. This is made up as follows:"));
        blocks.Add(Breakdown(estimate, others.Count == 0, refused));

        if (others.Count == 0)
        {
            blocks.Add(LetterBlock.Paragraph(foisa
                ? $"Total: {CostFigures.HoursWithUnit(refusedMinutes)} costing {CostFigures.Money(estimate.Cost(limit))}, against a limit of {CostFigures.Money(limit.Amount!.Value)}."
                : $"Total: {CostFigures.HoursWithUnit(refusedMinutes)}, against a limit of {CostFigures.HoursWithUnit(max)}."));
        }

        var notes = BreakdownNotes(estimate, refused);
        if (notes.Count > 0)
        {
            blocks.Add(LetterBlock.Paragraph("How we arrived at these figures:"));
            blocks.Add(LetterBlock.Bullets(notes));
        }

        if (others.Count > 0)
        {
            // SI 2004/3244 reg 5: the cost of aggregated requests is the total of the estimates for each of them.
            blocks.Add(LetterBlock.Paragraph(
                "We have aggregated this request with the other requests listed below, because they are for the same or similar information "
                + "and we received them within 60 consecutive working days (regulation 5 of the Freedom of Information and Data Protection "
                + "(Appropriate Limit and Fees) Regulations 2004). The estimated cost of complying with them is the total of the estimates for each:"));
            var parts = new List<string> { $"This request: {CostFigures.HoursWithUnit(estimate.TotalMinutes)}" };
            parts.AddRange(others.Select(p => $"Request {p.Reference}: {CostFigures.HoursWithUnit(p.Estimate.TotalMinutes)}"));
            parts.Add($"Total: {CostFigures.HoursWithUnit(total)}, against a limit of {CostFigures.HoursWithUnit(max)}");
            blocks.Add(LetterBlock.Bullets(parts));
        }

        if (estimate.DeterminingWhetherHeldAloneExceeds(limit))
        {
            // FOIA s.12(2): the duty to confirm or deny (s.1(1)(a)) falls away only when that part alone would exceed the limit.
            blocks.Add(LetterBlock.Paragraph(
                $"Finding out whether we hold the information would by itself take {CostFigures.HoursWithUnit(estimate.DeterminingWhetherHeldMinutes)}, "
                + "which is more than the limit. This means that we are also not obliged to confirm or deny whether we hold the information "
                + "you asked for (section 12(2) of the Freedom of Information Act 2000)."));
        }

        if (goodwillDisclosure)
        {
            blocks.Add(LetterBlock.Paragraph(GoodwillParagraph));
        }

        blocks.Add(LetterBlock.Heading(AdviceHeading));
        blocks.Add(LetterBlock.Paragraph(
            $"We have a duty to offer you advice and assistance (section {(foisa ? "15" : "16")} of {act})."));
        blocks.AddRange(advice.SuggestedWording.Select(LetterBlock.Paragraph));
        return new RefusalWording(blocks);
    }

    private static string FoiaLimitParagraph(AppropriateLimit limit, long max) =>
        $"The appropriate limit for us is {CostFigures.Money(limit.Amount!.Value)}, as set by "
        + $"{(limit.AuthorityType == AuthorityType.CentralGovernment ? "regulation 3(2)" : "regulation 3(3)")} of "
        + "the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 (SI 2004/3244). "
        + $"Staff time is costed at {CostFigures.Money(limit.HourlyRate)} an hour (regulation 4(4)), so the limit is equal to {CostFigures.HoursWithUnit(max)} of work. "
        + "Only the time it would take to find out whether we hold the information, and to locate, retrieve and extract it, counts "
        + "towards the limit (regulation 4(3)). We have not counted any time for redacting information or for considering exemptions.";

    private static string FoisaLimitParagraph(AppropriateLimit limit, CostEstimate estimate)
    {
        // SSI 2004/467 reg 3: the actual cost of each member of staff's time, but no more than £15 an hour; reg 5: £600.
        var distinct = estimate.Lines.Select(l => l.HourlyRate(limit)).Distinct().ToList();
        var rates = distinct.Count == 1
            ? $"we have used {CostFigures.Money(distinct[0])} an hour, so the limit is equal to "
              + $"{CostFigures.HoursWithUnit((long)decimal.Floor(limit.Amount!.Value * 60m / distinct[0]))} of work"
            : string.Join(", ", estimate.Lines.Select(l => $"line {l.LineNumber} at {CostFigures.Money(l.HourlyRate(limit))}")) + " an hour";
        return $"The limit is {CostFigures.Money(limit.Amount!.Value)}, as set by regulation 5 of the Freedom of Information (Fees for Required Disclosure) "
            + "(Scotland) Regulations 2004 (SSI 2004/467). Staff time is costed at the actual hourly cost of each member of staff doing the work, "
            + $"but at no more than £15 an hour (regulation 3): {rates}. Only the time it would take to locate, retrieve and provide the information "
            + "counts. We have not counted any time for finding out whether we hold the information or for deciding whether it should be released.";
    }

    /// <summary>The estimate as a table (ICO: the breakdown belongs in the notice): a row a line, a total row per question with several lines, the total.</summary>
    private static LetterBlock Breakdown(CostEstimate estimate, bool alone, IReadOnlyList<int> questions)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var question in estimate.ByQuestion.Where(q => questions.Contains(q.QuestionNumber)))
        {
            var lines = estimate.Lines.Where(l => l.QuestionNumber == question.QuestionNumber).OrderBy(l => l.LineNumber).ToList();
            foreach (var line in lines)
            {
                rows.Add([
                    CostFigures.Count(line.QuestionNumber),
                    $"{CostActivities.Label(line.Activity)}: {line.Description}",
                    $"{CostFigures.Count(line.Units)} {UnitKinds.Noun(line.UnitKind, line.Units)}",
                    CostFigures.Count(line.MinutesPerUnit),
                    CostFigures.Hours(line.Minutes)]);
            }

            if (lines.Count > 1)
            {
                rows.Add([CostFigures.Count(question.QuestionNumber), $"Question {question.QuestionNumber} in total", string.Empty, string.Empty, CostFigures.Hours(question.Minutes)]);
            }
        }

        rows.Add([alone ? "Total" : "Total for this request", string.Empty, string.Empty, string.Empty,
            CostFigures.Hours(estimate.ByQuestion.Where(q => questions.Contains(q.QuestionNumber)).Sum(q => q.Minutes))]);
        return LetterBlock.Table(BreakdownHeaders, rows);
    }

    /// <summary>The columns of the breakdown table.</summary>
    public static IReadOnlyList<string> BreakdownHeaders { get; } = ["Question", "Activity", "Records", "Minutes each", "Hours"];

    /// <summary>The basis of each line that has one: the range of the sample and how it was arrived at.</summary>
    private static List<string> BreakdownNotes(CostEstimate estimate, IReadOnlyList<int> questions) =>
        estimate.Lines.Where(l => questions.Contains(l.QuestionNumber) && (l.HasRange || l.HasEvidence))
            .OrderBy(l => l.QuestionNumber).ThenBy(l => l.LineNumber)
            .Select(l => $"Question {l.QuestionNumber}, {CostActivities.InSentence(l.Activity)}: {LineBasis(l)}.")
            .ToList();

    /// <summary>"720 records × 15 minutes = 180.0 hours".</summary>
    public static string LineArithmetic(CostEstimateLine line) =>
        $"{CostFigures.Count(line.Units)} {UnitKinds.Noun(line.UnitKind, line.Units)} × {Minutes(line.MinutesPerUnit)} = {CostFigures.HoursWithUnit(line.Minutes)}";

    private static string LineBasis(CostEstimateLine line)
    {
        var parts = new List<string>(2);
        if (line.HasRange)
        {
            parts.Add($"each {UnitKinds.Noun(line.UnitKind, 1)} would take between {CostFigures.Count(line.MinutesLow!.Value)} and {Minutes(line.MinutesHigh!.Value)}; we have used {Minutes(line.MinutesPerUnit)}");
        }

        if (line.HasEvidence)
        {
            parts.Add(line.Evidence.Trim().TrimEnd('.'));
        }

        return string.Join(". ", parts);
    }

    private static string Minutes(int minutes) => CostFigures.Count(minutes) + (minutes == 1 ? " minute" : " minutes");
}
