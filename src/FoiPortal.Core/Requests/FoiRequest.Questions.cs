using System.Globalization;

namespace FoiPortal.Core.Requests;

/// <summary>
/// Issue 18: the officer splits, merges and rewords the working questions (docs/adr/023). The request as received is kept
/// word for word the first time any question changes: it is the requester's own request, which the response letter
/// quotes (FOIA s.17 and s.1: the authority answers the request it received) and their tracking page shows. Cost lines,
/// outcomes and exemption decisions attach to the working questions by number, so a split or merge that would change or
/// renumber a question with a record is refused (<see cref="QuestionRecords"/>), never moved silently.
/// </summary>
public sealed partial class FoiRequest
{
    /// <summary>How much of a question's old and new text the timeline quotes.</summary>
    private const int QuotedTextLength = 140;

    private readonly List<ReceivedQuestion> _receivedQuestions = [];

    /// <summary>The questions exactly as received; empty while no working question has been changed.</summary>
    public IReadOnlyList<ReceivedQuestion> ReceivedQuestions => _receivedQuestions;

    /// <summary>What the requester asked, in their words: the one rule for the letter and the tracking page.</summary>
    public IReadOnlyList<string> QuestionsAsReceived => AsReceived(
        [.. _receivedQuestions.OrderBy(q => q.Number).Select(q => q.Text)], [.. _questions.OrderBy(q => q.Number).Select(q => q.Text)]);

    /// <summary>
    /// The request as received, from the two lists read by a query: the kept copy once any question has changed, the
    /// working questions until then (they are still the received ones).
    /// </summary>
    public static IReadOnlyList<string> AsReceived(IReadOnlyList<string> received, IReadOnlyList<string> working) =>
        received.Count > 0 ? received : working;

    /// <summary>Whether the working questions have been split, merged or reworded since the request was received.</summary>
    public bool QuestionsChanged => _receivedQuestions.Count > 0;

    /// <summary>Why a question's text cannot be used (empty or too long), or null. One rule for forms and the aggregate.</summary>
    public static string? WhyNotQuestionText(string? text, string label = "the question") =>
        string.IsNullOrWhiteSpace(text) ? $"Enter {label}"
        : text.Trim().Length > RequestQuestion.TextMaxLength ? $"{char.ToUpperInvariant(label[0])}{label[1..]} must be {RequestQuestion.TextMaxLength:N0} characters or fewer"
        : null;

    /// <summary>Why the working questions cannot be changed now (the response is sent, or a manager has the case), or null.</summary>
    public string? WhyNotChangeQuestions => CaseSteps.WhyNotEditable(CaseStep.Questions, Status);

    /// <summary>Replaces question <paramref name="number"/> by <paramref name="parts"/> (two or more), renumbering those after it.</summary>
    public void SplitQuestion(int number, IReadOnlyList<string> parts, QuestionRecords records, string officer, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(records);
        // The text now: Rewrite reuses the rows, so it is read before they change.
        var before = Question(number).Text;
        var cleaned = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (cleaned.Count < 2)
        {
            throw new DomainException("Split the question into at least 2 parts");
        }

        if (_questions.Count - 1 + cleaned.Count > MaxQuestions)
        {
            throw new DomainException($"A request can have at most {MaxQuestions} questions, so question {number} can be split into at most {MaxQuestions - _questions.Count + 1} parts");
        }

        if (cleaned.Select(p => WhyNotQuestionText(p, "each part")).FirstOrDefault(w => w is not null) is { } whyNotText)
        {
            throw new DomainException(whyNotText);
        }

        EnsureQuestionsChangeable(records.WhyNotChangeFrom(number, $"question {number} cannot be split"));
        var texts = Texts();
        texts.RemoveAt(number - 1);
        texts.InsertRange(number - 1, cleaned);
        Rewrite(texts);
        var last = number + cleaned.Count - 1;
        RecordCaseWork(
            "QuestionSplit",
            $"Question {number} split into questions {number} to {last}{Renumbered(number + 1, cleaned.Count - 1)}. Was: {Quote(before)}",
            officer,
            at);
    }

    /// <summary>Merges question <paramref name="first"/> with the one after it, renumbering those after them.</summary>
    public void MergeQuestions(int first, QuestionRecords records, string officer, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (first < 1 || first >= _questions.Count)
        {
            throw new DomainException(_questions.Count < 2
                ? "This request has only one question, so there is nothing to merge it with"
                : $"Choose a question between 1 and {_questions.Count - 1} to merge with the question after it");
        }

        var (one, two) = (Question(first).Text, Question(first + 1).Text);
        var merged = $"{one} {two}";
        if (WhyNotQuestionText(merged, "the merged question") is { } whyNotText)
        {
            throw new DomainException(whyNotText);
        }

        EnsureQuestionsChangeable(records.WhyNotChangeFrom(first, $"questions {first} and {first + 1} cannot be merged"));
        var texts = Texts();
        texts[first - 1] = merged;
        texts.RemoveAt(first);
        Rewrite(texts);
        RecordCaseWork(
            "QuestionsMerged",
            $"Questions {first} and {first + 1} merged into question {first}{Renumbered(first + 2, -1)}. Were: {Quote(one)} and {Quote(two)}",
            officer,
            at);
    }

    /// <summary>
    /// Rewords one question, for example to make a vague one answerable after clarification. Its number and what is
    /// recorded on it stay; the timeline keeps the old and new wording.
    /// </summary>
    public void RewordQuestion(int number, string text, string officer, DateTimeOffset at)
    {
        var question = Question(number);
        if (WhyNotQuestionText(text, "the new wording") is { } whyNotText)
        {
            throw new DomainException(whyNotText);
        }

        var reworded = text.Trim();
        if (reworded == question.Text)
        {
            throw new DomainException("The new wording is the same as the question's current wording");
        }

        EnsureQuestionsChangeable(null);
        var before = question.Text;
        question.Reword(reworded);
        RecordCaseWork("QuestionReworded", $"Question {number} reworded. Was: {Quote(before)} Now: {Quote(reworded)}", officer, at);
    }

    private RequestQuestion Question(int number) => _questions.SingleOrDefault(q => q.Number == number)
        ?? throw new DomainException($"This request has no question {number}");

    private List<string> Texts() => [.. _questions.OrderBy(q => q.Number).Select(q => q.Text)];

    private void EnsureQuestionsChangeable(string? whyNotRecords)
    {
        if ((WhyNotChangeQuestions ?? whyNotRecords) is { } why)
        {
            throw new DomainException(why);
        }

        // The first change keeps the request as received, word for word.
        if (_receivedQuestions.Count == 0)
        {
            _receivedQuestions.AddRange(_questions.OrderBy(q => q.Number).Select(q => new ReceivedQuestion(q.Number, q.Text)));
        }
    }

    /// <summary>
    /// Puts the texts in the question rows by position: rows keep their numbers (no two rows ever share one, whatever
    /// order the database applies the changes in), rows are added at the end or the last ones removed.
    /// </summary>
    private void Rewrite(List<string> texts)
    {
        var rows = _questions.OrderBy(q => q.Number).ToList();
        for (var i = 0; i < Math.Min(rows.Count, texts.Count); i++)
        {
            if (rows[i].Text != texts[i])
            {
                rows[i].Reword(texts[i]);
            }
        }

        for (var i = rows.Count; i < texts.Count; i++)
        {
            _questions.Add(new RequestQuestion(i + 1, texts[i]));
        }

        foreach (var surplus in rows.Skip(texts.Count))
        {
            _questions.Remove(surplus);
        }
    }

    private string Renumbered(int from, int by)
    {
        var oldLast = _questions.Count - by;
        if (from > oldLast)
        {
            return string.Empty;
        }

        var range = from == oldLast ? $"question {from}" : $"questions {from} to {oldLast}";
        return $"; {range} now {(from == oldLast ? "is" : "are")} {(from == oldLast ? (from + by).ToString(CultureInfo.InvariantCulture) : $"{from + by} to {oldLast + by}")}";
    }

    private static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return $"\u201c{(flat.Length <= QuotedTextLength ? flat : flat[..(QuotedTextLength - 1)] + "\u2026")}\u201d";
    }
}
