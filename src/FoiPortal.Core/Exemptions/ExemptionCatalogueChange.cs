namespace FoiPortal.Core.Exemptions;

/// <summary>
/// The audit trail of the catalogue: one row per admin edit of an entry, with what the wording and the sensitive flag
/// were before and after. Append-only, so a refusal notice can later be explained by the wording in force at the time.
/// </summary>
public sealed class ExemptionCatalogueChange
{
    public const int ChangedByMaxLength = 256;

    private ExemptionCatalogueChange()
    {
        EntryKey = string.Empty;
        ChangedBy = string.Empty;
    }

    private ExemptionCatalogueChange(string entryKey, string changedBy, DateTime changedAtUtc)
    {
        EntryKey = entryKey;
        ChangedBy = changedBy;
        ChangedAtUtc = changedAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The entry's key, e.g. "FOIA s.31(1)".</summary>
    public string EntryKey { get; private set; }

    /// <summary>The admin's staff user name.</summary>
    public string ChangedBy { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    /// <summary>The wording before the change; null when the wording was not changed.</summary>
    public string? WordingBefore { get; private set; }

    public string? WordingAfter { get; private set; }

    /// <summary>The sensitive flag before the change; null when it was not changed.</summary>
    public bool? SensitiveBefore { get; private set; }

    public bool? SensitiveAfter { get; private set; }

    /// <summary>"Standard wording changed; marked sensitive".</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            if (WordingAfter is not null)
            {
                parts.Add("Standard wording changed");
            }

            if (SensitiveAfter is { } sensitive)
            {
                parts.Add(sensitive ? "marked sensitive" : "no longer marked sensitive");
            }

            var text = string.Join("; ", parts);
            return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
        }
    }

    /// <summary>Applies an admin's edit to <paramref name="entry"/> and returns the audit row, or null when nothing changed.</summary>
    public static ExemptionCatalogueChange? Apply(ExemptionEntry entry, string standardWording, bool isSensitive, string changedBy, DateTime changedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        var wordingBefore = entry.StandardWording;
        var sensitiveBefore = entry.IsSensitive;
        entry.EditWording(standardWording);
        entry.MarkSensitive(isSensitive);

        var change = new ExemptionCatalogueChange(entry.Key, changedBy, changedAtUtc);
        if (!string.Equals(wordingBefore, entry.StandardWording, StringComparison.Ordinal))
        {
            change.WordingBefore = wordingBefore;
            change.WordingAfter = entry.StandardWording;
        }

        if (sensitiveBefore != entry.IsSensitive)
        {
            change.SensitiveBefore = sensitiveBefore;
            change.SensitiveAfter = entry.IsSensitive;
        }

        return change.WordingAfter is null && change.SensitiveAfter is null ? null : change;
    }
}
