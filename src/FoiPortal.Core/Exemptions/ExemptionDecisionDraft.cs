namespace FoiPortal.Core.Exemptions;

/// <summary>What an officer entered for one decision, before validation (shaped like the form).</summary>
public sealed record ExemptionDecisionDraft
{
    public int QuestionNumber { get; init; }

    public QuestionOutcome? Outcome { get; init; }

    public string? InformationDescription { get; init; }

    public IReadOnlyList<CitationDraft> Citations { get; init; } = [];

    public bool CitedInTheAlternative { get; init; }

    public bool ReasonsWithheld { get; init; }

    /// <summary>FOIA s.14(2): the reference of the earlier request this one repeats, as the officer typed it (optional).</summary>
    public string? EarlierRequestReference { get; init; }

    /// <summary>What the handler found for <see cref="EarlierRequestReference"/>: null when no request has that reference.</summary>
    public EarlierRequestFacts? EarlierRequest { get; init; }
}

/// <summary>The earlier request a s.14(2) refusal names, as found in the database.</summary>
/// <param name="SameRequester">Made by the same person (the same email address).</param>
/// <param name="Answered">The authority has responded to it (s.14(2): "previously complied with").</param>
public sealed record EarlierRequestFacts(string Reference, DateOnly ReceivedOn, bool SameRequester, bool Answered);

/// <summary>One provision as entered: a catalogue key (or a provision of the request's regime, e.g. "31(1)") and its tests.</summary>
public sealed record CitationDraft
{
    public string ExemptionKey { get; init; } = string.Empty;

    /// <summary>The parts of the provision relied on, e.g. "(a)" and "(b)" of s.31(1) (see <see cref="ProvisionParagraphs"/>).</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public string? Reasons { get; init; }

    public string? Prejudice { get; init; }

    public Likelihood? Likelihood { get; init; }

    public string? FactorsForDisclosure { get; init; }

    public string? FactorsForMaintaining { get; init; }

    public string? PublicInterestConclusion { get; init; }
}

/// <summary>A GOV.UK-style error: the field to link to (e.g. "Citations[0].FactorsForDisclosure") and the sentence.</summary>
public sealed record DecisionError(string Field, string Message);
