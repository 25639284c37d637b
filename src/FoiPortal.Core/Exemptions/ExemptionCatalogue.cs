using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>
/// The exemptions, exceptions and refusal grounds an authority can rely on, grouped by regime. Entries are data: the
/// default is seeded from code (<see cref="CreateDefault"/>) and later loaded from the database after admin edits.
/// Construction checks the catalogue's integrity, so a broken catalogue never reaches a decision.
/// </summary>
public sealed class ExemptionCatalogue
{
    private readonly Dictionary<string, ExemptionEntry> _byKey;
    private readonly List<ExemptionEntry> _entries;

    public ExemptionCatalogue(IEnumerable<ExemptionEntry> entries)
    {
        _entries = [.. entries];
        _byKey = new Dictionary<string, ExemptionEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in _entries)
        {
            if (!_byKey.TryAdd(entry.Key, entry))
            {
                throw new ArgumentException($"The catalogue has two entries with the key '{entry.Key}'.", nameof(entries));
            }
        }

        foreach (var entry in _entries.Where(e => e.NcndCounterpartKey is not null))
        {
            if (entry.IsNeitherConfirmNorDeny)
            {
                throw new ArgumentException($"'{entry.Key}' is itself a neither-confirm-nor-deny provision and cannot have a counterpart.", nameof(entries));
            }

            if (!_byKey.TryGetValue(entry.NcndCounterpartKey!, out var counterpart) || !counterpart.IsNeitherConfirmNorDeny || counterpart.Regime != entry.Regime)
            {
                throw new ArgumentException($"The neither-confirm-nor-deny counterpart of '{entry.Key}' ('{entry.NcndCounterpartKey}') is missing or is not an NCND provision of the same regime.", nameof(entries));
            }
        }
    }

    public IReadOnlyList<ExemptionEntry> Entries => _entries;

    /// <summary>A fresh copy of the seeded catalogue (entries are mutable through admin edits, so never shared).</summary>
    public static ExemptionCatalogue CreateDefault() => new(DefaultCatalogue.All());

    /// <summary>One regime's catalogue, in statute order.</summary>
    public IReadOnlyList<ExemptionEntry> For(Regime regime) => [.. _entries.Where(e => e.Regime == regime)];

    /// <summary>The entry with this exact key (case-insensitive), e.g. "FOIA s.23(5)".</summary>
    public ExemptionEntry? Find(string key) =>
        _byKey.TryGetValue(key?.Trim() ?? string.Empty, out var entry) ? entry : null;

    /// <summary>
    /// Finds what an officer typed or chose: a full key ("FOIA s.31(1)", "EIR reg 12(5)(b)") or a provision of the
    /// request's regime ("31(1)", "s.31(1)", "section 31(1)", "reg 12(5)(b)"). <see cref="KeyLookup.Entry"/> is null
    /// when nothing matches; the lookup still says which regime and provision were meant, for the error message.
    /// </summary>
    public KeyLookup Resolve(string input, Regime requestRegime)
    {
        var text = (input ?? string.Empty).Trim();
        var regime = requestRegime;
        foreach (var candidate in Enum.GetValues<Regime>())
        {
            var prefix = RegimeTerms.ShortName(candidate) + " ";
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                regime = candidate;
                text = text[prefix.Length..].TrimStart();
                break;
            }
        }

        string[] provisionWords = ["section ", "regulation ", "reg. ", "reg ", "s. ", "s.", "s "];
        foreach (var word in provisionWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                text = text[word.Length..].TrimStart();
                break;
            }
        }

        return new KeyLookup(regime, text, text.Length == 0 ? null : Find(ExemptionEntry.KeyFor(regime, text)));
    }

    /// <summary>The refusal ground an outcome rests on in a regime (FOIA/FOISA s.12, s.14(1), s.14(2)); null where there is none.</summary>
    public ExemptionEntry? RefusalGroundFor(QuestionOutcome outcome, Regime regime) => outcome switch
    {
        QuestionOutcome.CostLimitExceeded => Find(ExemptionEntry.KeyFor(regime, "12")),
        QuestionOutcome.Vexatious => Find(ExemptionEntry.KeyFor(regime, "14(1)")),
        QuestionOutcome.Repeated => Find(ExemptionEntry.KeyFor(regime, "14(2)")),
        _ => null,
    } is { Kind: EntryKind.RefusalGround } ground ? ground : null;
}

/// <summary>The result of <see cref="ExemptionCatalogue.Resolve"/>: what was meant, and the entry if it exists.</summary>
public sealed record KeyLookup(Regime Regime, string Provision, ExemptionEntry? Entry);
