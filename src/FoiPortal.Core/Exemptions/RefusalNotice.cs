namespace FoiPortal.Core.Exemptions;

/// <summary>What a paragraph of a refusal notice does, so the response document can place or replace it.</summary>
public enum NoticeParagraphKind
{
    /// <summary>Which exemption applies to what was withheld (FOIA s.17(1)(b)).</summary>
    Decision,

    /// <summary>The authority neither confirms nor denies, and under which provision (s.17(1)(b)).</summary>
    NeitherConfirmNorDeny,

    NotHeld,

    /// <summary>s.23/s.24 cited in the alternative: says that the citation does not reveal which applies.</summary>
    InTheAlternative,

    /// <summary>Why the exemption applies (s.17(1)(c)).</summary>
    Reasons,

    /// <summary>The prejudice and its likelihood, for prejudice-based provisions (s.17(1)(c)).</summary>
    Harm,

    /// <summary>s.17(4): reasons left out because giving them would disclose exempt information.</summary>
    ReasonsWithheld,

    /// <summary>The public interest reasons for a qualified provision (s.17(3)).</summary>
    PublicInterest,

    /// <summary>An absolute provision: no public interest test (s.2(3)).</summary>
    NoPublicInterestTest,

    /// <summary>s.12: a placeholder the cost component replaces with the estimate and advice (s.16).</summary>
    CostLimit,

    Vexatious,

    Repeated,

    /// <summary>s.17(7)(a): the internal review procedure (EIR reg 11; FOISA s.20).</summary>
    InternalReview,

    /// <summary>s.17(7)(b): the right to complain to the Information Commissioner under s.50 (FOISA s.47).</summary>
    Complaint,
}

/// <summary>One paragraph of plain text (no markup).</summary>
/// <param name="ConcernsNeitherConfirmNorDeny">Part of an NCND decision: its text never says whether information is held.</param>
/// <param name="IsPlaceholder">Stands in for text another component composes (the s.12 cost breakdown).</param>
public sealed record NoticeParagraph(
    NoticeParagraphKind Kind,
    string Text,
    IReadOnlyList<int> QuestionNumbers,
    string? ExemptionKey = null,
    bool ConcernsNeitherConfirmNorDeny = false,
    bool IsPlaceholder = false);

public sealed record NoticeSection(string Heading, IReadOnlyList<NoticeParagraph> Paragraphs);

/// <summary>The refusal notice text FOIA s.17 (EIR reg 14; FOISA s.16) requires, in sections of plain paragraphs.</summary>
public sealed record RefusalNotice(IReadOnlyList<NoticeSection> Sections)
{
    public IEnumerable<NoticeParagraph> Paragraphs => Sections.SelectMany(s => s.Paragraphs);

    public string ToPlainText() =>
        string.Join("\n\n", Sections.Select(s => s.Heading + "\n\n" + string.Join("\n\n", s.Paragraphs.Select(p => p.Text))));
}

/// <summary>What the notice needs to know about the authority.</summary>
/// <param name="AuthorityName">As it should appear in the notice, e.g. "West Midlands Police".</param>
public sealed record RefusalNoticeOptions(string AuthorityName)
{
    /// <summary>Where to ask for an internal review (an email or postal address); left out when null.</summary>
    public string? ReviewContact { get; init; }

    /// <summary>How to reach the Commissioner; the ICO's complaint page by default for FOIA and EIR.</summary>
    public string? CommissionerContact { get; init; }
}
