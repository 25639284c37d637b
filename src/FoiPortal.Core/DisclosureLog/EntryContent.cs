using FoiPortal.Core.Statute;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// What an entry says: the published copy of the request and the response, in the entry itself, so the log never
/// depends on the case's letters (which hold the requester's details). Texts use the small Markdown subset of
/// <see cref="ResponseText"/>. <see cref="ExemptionsCited"/> are catalogue keys such as "FOIA s.23(5)".
/// </summary>
public sealed record EntryContent(
    string Title,
    string Reference,
    DateOnly RespondedOn,
    Regime Regime,
    string Topic,
    DisclosureOutcome Outcome,
    IReadOnlyList<string> ExemptionsCited,
    string RequestText,
    string ResponseText,
    string? ReasonText = null);
