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
}

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
