using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Responses;

/// <summary>
/// May this response be sent, and if not, why: every reason as a GOV.UK sentence with where to fix it. Sending is refused
/// <list type="number">
/// <item>once the letter has been sent, or the request is closed (only that reason is then given);</item>
/// <item>while the case waits for a manager, was returned by one, or has a decision needing sign-off not yet approved;</item>
/// <item>while the clock is stopped (clarification, fee), or while there is no address to send to;</item>
/// <item>while the letter has never been saved, or any of its sections holds a placeholder of the first draft (<see cref="ResponsePlaceholders"/>);</item>
/// <item>while any question has no recorded outcome. A question is covered by an outcome recorded for it, or by a cost
/// decision refusing under s.12(1) or s.12(2), which refuses the request as a whole (FOIA s.12: the authority need not
/// comply with "the request") and so covers every question;</item>
/// <item>while the Response section contradicts the decisions. The rule: a line of the Response section that starts with a
/// question's number ("2. ", "2) ", "2: ") or with "Question 2" begins the part about that question, which runs to the next
/// such line; text before the first is about no single question. The part about a question that gives nothing (every
/// outcome recorded for it is withheld, neither confirm nor deny, not held, or refused under s.14; or it is refused under
/// s.12 without goodwill disclosure) contradicts the decisions when one of its sentences uses a word of disclosure
/// ("disclose", "disclosed", "attached", "enclosed", "provided", "released") and no word of refusal or negation ("not",
/// "no", "nor", "neither", "never", "nothing", "none", "cannot", "withheld", "withhold", "unable", "refuse", "refused", or
/// a word ending in "n't"). Sentences end at ".", "!", "?", ";" or a line break. Also a contradiction: datasets attached to a letter when no question is disclosed in full or in part and
/// there is no goodwill disclosure.</item>
/// </list>
/// The same content checks (placeholders, outcomes, sign-off, contradictions) run before a disclosure log entry is
/// prepared from the sent letter (<see cref="ToPublish"/>), so a letter that should never have gone out is not published.
/// </summary>
public static class SendReadiness
{
    public const string NoAddress = "The requester gave neither an email nor a postal address, so the response cannot be sent.";

    public const string NotSentYet = "The response to this request has not been sent, so there is nothing to publish yet.";

    private static readonly (string Name, string FieldId, Func<ResponseSections, string> Text)[] Sections =
    [
        (ResponseWording.ResponseHeading, "Data_Response", s => s.Response),
        (ResponseWording.ReasonHeading, "Data_Reason", s => s.Reason),
        (ResponseWording.AdviceHeading, "Data_Advice", s => s.Advice),
        (ResponseWording.CaveatsHeading, "Data_Caveats", s => s.Caveats),
    ];

    private static readonly HashSet<string> DisclosureWords = new(StringComparer.OrdinalIgnoreCase) { "disclose", "disclosed", "attached", "enclosed", "provided", "released" };

    private static readonly HashSet<string> NegationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "no", "nor", "neither", "never", "nothing", "none", "cannot", "withheld", "withhold", "unable", "refuse", "refused",
    };

    /// <summary>Every reason the response cannot be sent now; empty when it can.</summary>
    public static IReadOnlyList<SendProblem> ToSend(SendFacts facts)
    {
        var id = facts.RequestId;
        if (facts.LetterState == ResponseState.Sent)
        {
            return [new("This response has already been sent.", $"/staff/cases/{id}/response")];
        }

        if (!FoiRequest.IsOpenStatus(facts.Status))
        {
            return [new($"This request is {facts.Status.Describe().ToLowerInvariant()}, so no response can be sent.", $"/staff/cases/{id}")];
        }

        var problems = new List<SendProblem>();
        switch (facts.Status)
        {
            case RequestStatus.AwaitingSignOff:
                problems.Add(new("A manager must approve the decisions on this case before the response can be sent.", $"/staff/cases/{id}"));
                break;
            case RequestStatus.Returned:
                problems.Add(new("A manager returned a decision on this case: change it and send it for sign-off again before sending the response.", $"/staff/cases/{id}/exemptions#awaiting-sign-off"));
                break;
            case RequestStatus.AwaitingClarification or RequestStatus.AwaitingFee:
                problems.Add(new("The clock is stopped while we wait for the requester, so the response cannot be sent yet.", $"/staff/cases/{id}#clock-actions"));
                break;
            default:
                break;
        }

        // A s.12 refusal (issue 4), and every NCND or sensitive exemption decision (issue 5), needs a manager's approval.
        if (facts.OutstandingSignOffs > 0 && facts.Status is not (RequestStatus.AwaitingSignOff or RequestStatus.Returned))
        {
            problems.Add(new("A decision on this case needs a manager's approval before the response can be sent: send the case for sign-off.", $"/staff/cases/{id}/exemptions#awaiting-sign-off"));
        }

        if (facts.Delivery is null)
        {
            problems.Add(new(NoAddress, $"/staff/cases/{id}"));
        }

        if (facts.Sections is null)
        {
            problems.Add(new("Save the response before sending it.", $"/staff/cases/{id}/response#Data_Response"));
        }

        problems.AddRange(ContentProblems(facts, publishing: false));
        return problems;
    }

    /// <summary>Why no disclosure log entry can be prepared from the case's sent letter; empty when one can.</summary>
    public static IReadOnlyList<SendProblem> ToPublish(SendFacts facts)
    {
        if (facts.LetterState != ResponseState.Sent || facts.Sections is null)
        {
            return [new(NotSentYet, $"/staff/cases/{facts.RequestId}/response")];
        }

        var problems = new List<SendProblem>();
        if (facts.OutstandingSignOffs > 0)
        {
            problems.Add(new("A decision on this case was never approved by a manager, so its response cannot be published.", $"/staff/cases/{facts.RequestId}/exemptions#awaiting-sign-off"));
        }

        problems.AddRange(ContentProblems(facts, publishing: true));
        return problems;
    }

    /// <summary>Whether the response can be changed now; null when it can.</summary>
    public static string? WhyNotEditable(RequestStatus status, ResponseState? state) => state switch
    {
        ResponseState.Sent => "This response has been sent, so it cannot be changed.",
        ResponseState.Sending => "This response is being sent, so it cannot be changed.",
        _ when !FoiRequest.IsOpenStatus(status) => $"This request is {status.Describe().ToLowerInvariant()}, so no response can be composed.",
        _ => null,
    };

    private static IEnumerable<SendProblem> ContentProblems(SendFacts facts, bool publishing)
    {
        var id = facts.RequestId;
        var letterAt = publishing ? $"/staff/cases/{id}/response" : null;
        if (facts.Sections is { } sections)
        {
            foreach (var (name, fieldId, text) in Sections)
            {
                var found = ResponsePlaceholders.Find(text(sections)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (found.Count > 0)
                {
                    var quoted = JoinWithAnd(found.Select(p => $"\u201C{p}\u201D"));
                    yield return publishing
                        ? new($"The response as sent still holds {quoted} in its {name} section, so it cannot be published.", letterAt!)
                        : new($"Replace {quoted} in the {name} section with {(found.Count == 1 ? "your answer" : "your answers")}.", $"/staff/cases/{id}/response#{fieldId}");
                }
            }
        }

        var refusedOnCost = facts.Cost is CostOutcome.RefuseSection12 or CostOutcome.RefuseSection12Two;
        // A refusal of part of the request (ICO: each question a request in its own right) still needs outcomes for the others.
        var missing = facts.QuestionNumbers
            .Where(n => !(refusedOnCost && (facts.CostRefusedQuestions is null || facts.CostRefusedQuestions.Contains(n))) && !facts.Outcomes.Any(o => o.QuestionNumber == n))
            .ToList();
        foreach (var n in missing)
        {
            yield return publishing
                ? new($"No outcome was recorded for question {n}, so the response cannot be published.", $"/staff/cases/{id}/exemptions#question-{n}")
                : new($"Record an outcome for question {n}.", $"/staff/cases/{id}/exemptions#question-{n}");
        }

        if (facts.Sections is { } letter)
        {
            foreach (var (question, word, outcome) in Contradictions(facts, letter.Response, refusedOnCost))
            {
                yield return publishing
                    ? new($"The response as sent says \u201C{word}\u201D about question {question}, which was recorded as {outcome}, so it cannot be published.", letterAt!)
                    : new($"The Response section says \u201C{word}\u201D about question {question}, but question {question} is recorded as {outcome}: correct the letter or the outcome.", $"/staff/cases/{id}/response#Data_Response");
            }
        }

        var disclosesAnything = facts.GoodwillDisclosure || facts.Outcomes.Any(o => Discloses(o.Outcome));
        if (facts.DatasetCount > 0 && missing.Count == 0 && !disclosesAnything)
        {
            yield return publishing
                ? new("The response as sent attaches datasets, but no question was recorded as disclosed, so it cannot be published.", letterAt!)
                : new("Remove the datasets, or record the questions they answer as disclosed: no question is recorded as disclosed.", $"/staff/cases/{id}/response#datasets");
        }
    }

    /// <summary>Each question the Response section claims to give something for although nothing is given: (question, the word, the outcome).</summary>
    private static IEnumerable<(int Question, string Word, string Outcome)> Contradictions(SendFacts facts, string response, bool refusedOnCost)
    {
        foreach (var (question, part) in PartsByQuestion(response, facts.QuestionNumbers))
        {
            var outcomes = facts.Outcomes.Where(o => o.QuestionNumber == question).Select(o => o.Outcome).ToList();
            var givesNothing = outcomes.Count > 0
                ? outcomes.TrueForAll(o => !Discloses(o)) && !(refusedOnCost && facts.GoodwillDisclosure)
                : refusedOnCost && !facts.GoodwillDisclosure;
            if (!givesNothing || FirstClaimOfDisclosure(part) is not { } word)
            {
                continue;
            }

            var described = outcomes.Count > 0 ? Describe(outcomes[0]) : "refused under section 12";
            yield return (question, word, described);
        }
    }

    private static bool Discloses(QuestionOutcome outcome) => outcome is QuestionOutcome.Disclosed or QuestionOutcome.PartlyDisclosed;

    /// <summary>The Response text split into the parts about each question (see the rule in the summary).</summary>
    internal static IReadOnlyList<(int Question, string Text)> PartsByQuestion(string response, IReadOnlyList<int> questions)
    {
        var parts = new List<(int, List<string>)>();
        foreach (var raw in response.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (QuestionAt(line) is { } n && questions.Contains(n))
            {
                parts.Add((n, [line]));
            }
            else if (parts.Count > 0)
            {
                parts[^1].Item2.Add(line);
            }
        }

        return [.. parts.Select(p => (p.Item1, string.Join('\n', p.Item2)))];
    }

    /// <summary>"2. ...", "2) ...", "2: ...", "Question 2 ...": the question this line begins the part about.</summary>
    private static int? QuestionAt(string line)
    {
        var rest = line.StartsWith("question ", StringComparison.OrdinalIgnoreCase) ? line[9..].TrimStart() : null;
        var digits = (rest ?? line).TakeWhile(char.IsAsciiDigit).Count();
        if (digits is 0 or > 3)
        {
            return null;
        }

        var number = int.Parse((rest ?? line)[..digits], System.Globalization.CultureInfo.InvariantCulture);
        var after = (rest ?? line)[digits..];
        // "Question 2" needs nothing after the number; a bare number needs "." ")" or ":" so "2022 figures" is not question 2022.
        return rest is not null || (after.Length > 0 && after[0] is '.' or ')' or ':') ? number : null;
    }

    /// <summary>The first word of disclosure in a sentence without a word of refusal or negation; null when none.</summary>
    private static string? FirstClaimOfDisclosure(string part)
    {
        foreach (var sentence in part.Split(['.', '!', '?', '\n', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = sentence.Split([' ', ',', ':', '(', ')', '"', '\u201C', '\u201D', '\t', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim('\'', '\u2019'))
                .ToList();
            if (words.Exists(w => NegationWords.Contains(w) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (words.Find(DisclosureWords.Contains) is { } word)
            {
                return word.ToLowerInvariant();
            }
        }

        return null;
    }

    private static string Describe(QuestionOutcome outcome) => outcome switch
    {
        QuestionOutcome.Withheld => "withheld",
        QuestionOutcome.NeitherConfirmNorDeny => "neither confirmed nor denied",
        QuestionOutcome.NotHeld => "not held",
        QuestionOutcome.CostLimitExceeded => "refused under section 12",
        QuestionOutcome.Vexatious => "refused as vexatious (section 14(1))",
        QuestionOutcome.Repeated => "refused as repeated (section 14(2))",
        QuestionOutcome.PartlyDisclosed => "partly disclosed",
        _ => "disclosed",
    };

    private static string JoinWithAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
