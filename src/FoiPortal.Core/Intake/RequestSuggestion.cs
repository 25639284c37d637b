using System.Text.RegularExpressions;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Intake;

/// <summary>
/// What the "make it a request" form is prefilled with, from an email: a suggestion for the officer to check, never
/// saved without them.
/// </summary>
public sealed partial record RequestSuggestion(string Title, IReadOnlyList<string> Questions, string RequesterName, string RequesterEmail, bool IsPublicSite, bool LooksEnvironmental)
{
    private static readonly string[] EnvironmentalWords =
    [
        "pollution", "emission", "air quality", "contaminat", "flood", "waste", "recycling", "fly-tipping", "sewage",
        "noise", "pesticide", "biodiversity", "climate", "carbon", "planning application", "land use", "water quality",
        "trees", "tree preservation", "habitat", "energy", "environmental",
    ];

    /// <summary>
    /// WhatDoTheyKnow sends each request from its own address and publishes every reply (request-NNNN-xxxx@...): a
    /// public site, so nothing sent there may contain anyone else's personal data.
    /// </summary>
    public static bool IsPublicSiteAddress(string? address) =>
        address is not null && WhatDoTheyKnowAddress().IsMatch(address.Trim());

    public static RequestSuggestion From(string? fromName, string? fromAddress, string? subject, string? body)
    {
        var address = fromAddress?.Trim() ?? string.Empty;
        var name = string.IsNullOrWhiteSpace(fromName) ? address : fromName.Trim();
        var title = TitleFrom(subject);
        var questions = QuestionsFrom(body);
        var text = (subject + "\n" + body).ToLowerInvariant();
        // EIR reg 2(1): environmental information. Only a hint: the officer decides the regime.
        var environmental = EnvironmentalWords.Any(w => text.Contains(w, StringComparison.Ordinal));
        return new RequestSuggestion(title, questions, name, address, IsPublicSiteAddress(address), environmental);
    }

    /// <summary>The subject without reply and forward prefixes, WhatDoTheyKnow's "Freedom of Information request - " and our reference.</summary>
    public static string TitleFrom(string? subject)
    {
        var title = subject?.Trim() ?? string.Empty;
        string before;
        do
        {
            before = title;
            title = Prefixes().Replace(title, string.Empty).Trim();
        }
        while (title != before);

        title = title.Length > FoiRequest.TitleMaxLength ? title[..FoiRequest.TitleMaxLength].TrimEnd() : title;
        return title;
    }

    /// <summary>
    /// The questions: numbered lines as <see cref="QuestionParser"/> reads them; otherwise each paragraph. The greeting,
    /// the sign-off and anything quoted from an earlier email are left out.
    /// </summary>
    public static IReadOnlyList<string> QuestionsFrom(string? body)
    {
        var lines = (body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kept = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (QuoteStart().IsMatch(line) || SignOff().IsMatch(line.Trim()))
            {
                break;
            }

            if (line.TrimStart().StartsWith('>') || (kept.All(string.IsNullOrWhiteSpace) && Greeting().IsMatch(line.Trim())))
            {
                continue;
            }

            kept.Add(line);
        }

        var text = string.Join('\n', kept).Trim();
        var numbered = QuestionParser.Parse(text);
        if (numbered.Count > 1)
        {
            return [.. numbered.Take(FoiRequest.MaxQuestions)];
        }

        var paragraphs = Paragraphs().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count > FoiRequest.MaxQuestions)
        {
            // Too many to be questions: one question with the whole text, for the officer to split.
            return [text];
        }

        return paragraphs;
    }

    [GeneratedRegex(@"^(?:(?:re|fw|fwd|aw)\s*:\s*|\[[^\]]{1,60}\]\s*|freedom of information request\s*-\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefixes();

    [GeneratedRegex(@"^(?:dear\b.*|hello\b.*|hi\b.*|to whom it may concern.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(?:yours (?:faithfully|sincerely)|kind regards|best regards|regards|many thanks|thanks|thank you)[,.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(?:-{2,}\s*original message\s*-{2,}|on .{4,200} wrote:$|from: .+|-------- forwarded message)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteStart();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"^request-\d+-[a-z0-9]+@whatdotheyknow\.com$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatDoTheyKnowAddress();
}
