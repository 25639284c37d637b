using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>
/// One provision of the catalogue: an exemption (EIR: exception) or a refusal ground, with the legal character that
/// drives validation and the standard wording used in refusal notices. Seeded from code; admins may edit the wording
/// and whether the authority treats it as sensitive. The legal character is fixed by statute and cannot be edited.
/// </summary>
public sealed class ExemptionEntry
{
    public const int KeyMaxLength = 60;
    public const int ProvisionMaxLength = 40;
    public const int TitleMaxLength = 200;
    public const int WordingMaxLength = 2000;
    public const int NoteMaxLength = 1000;

    private ExemptionEntry()
    {
        Key = string.Empty;
        Provision = string.Empty;
        Title = string.Empty;
        StandardWording = string.Empty;
    }

    public ExemptionEntry(
        Regime regime,
        string provision,
        string title,
        EntryKind kind,
        ExemptionBasis basis,
        HarmTest harmTest,
        string standardWording,
        bool isNeitherConfirmNorDeny = false,
        string? ncndCounterpartProvision = null,
        bool sensitiveByDefault = false,
        string? note = null)
    {
        Provision = Require(provision, ProvisionMaxLength, "provision");
        Key = KeyFor(regime, Provision);
        Regime = regime;
        Title = Require(title, TitleMaxLength, "title");
        Kind = kind;
        Basis = basis;
        HarmTest = harmTest;
        StandardWording = Require(standardWording, WordingMaxLength, "standard wording");
        IsNeitherConfirmNorDeny = isNeitherConfirmNorDeny;
        NcndCounterpartKey = ncndCounterpartProvision is null ? null : KeyFor(regime, ncndCounterpartProvision);
        SensitiveByDefault = sensitiveByDefault;
        IsSensitive = sensitiveByDefault;
        Note = note is null ? null : Require(note, NoteMaxLength, "note");
    }

    public int Id { get; private set; }

    /// <summary>Unique across regimes, e.g. "FOIA s.23(5)", "EIR reg 12(5)(b)", "FOISA s.35(1)".</summary>
    public string Key { get; private set; }

    public Regime Regime { get; private set; }

    /// <summary>The section or regulation number within its instrument, e.g. "23(5)", "12(4)(b)".</summary>
    public string Provision { get; private set; }

    public string Title { get; private set; }

    public EntryKind Kind { get; private set; }

    public ExemptionBasis Basis { get; private set; }

    public HarmTest HarmTest { get; private set; }

    /// <summary>The provision excludes the duty to confirm or deny (FOIA s.1(1)(a); EIR reg 12(6), 13(5A); FOISA s.18).</summary>
    public bool IsNeitherConfirmNorDeny { get; private set; }

    /// <summary>For an exemption, the key of the provision that lets the authority neither confirm nor deny, where one exists.</summary>
    public string? NcndCounterpartKey { get; private set; }

    /// <summary>Short wording in our own words for the refusal notice: why the provision applies, never whether anything is held.</summary>
    public string StandardWording { get; private set; }

    /// <summary>A caveat for officers (e.g. where the statute makes a provision absolute only in part).</summary>
    public string? Note { get; private set; }

    /// <summary>The seeded default: s.23, s.24 and every NCND provision need manager sign-off.</summary>
    public bool SensitiveByDefault { get; private set; }

    /// <summary>Whether this authority treats the provision as sensitive (always needing manager sign-off); admin-editable.</summary>
    public bool IsSensitive { get; private set; }

    public bool IsAbsolute => Basis == ExemptionBasis.Absolute;

    /// <summary>FOIA s.2(2)(b): only a qualified exemption carries the public interest test; refusal grounds never do (s.17(5)).</summary>
    public bool RequiresPublicInterestTest => Kind == EntryKind.Exemption && Basis == ExemptionBasis.Qualified;

    public bool IsPrejudiceBased => HarmTest != HarmTest.None;

    /// <summary>"section 23(5)", "regulation 12(5)(b)": for the middle of a sentence.</summary>
    public string Citation => RegimeTerms.ProvisionWord(Regime) + " " + Provision;

    /// <summary>"Section 23(5)": for the start of a sentence.</summary>
    public string CitationAtStart => RegimeTerms.Capitalise(Citation);

    /// <summary>"exemption", "exception" or "refusal ground".</summary>
    public string Noun => Kind == EntryKind.RefusalGround ? "refusal ground" : RegimeTerms.Noun(Regime);

    public static string KeyFor(Regime regime, string provision) => RegimeTerms.KeyPrefix(regime) + provision.Trim();

    /// <summary>Admin edit: the authority's own standard wording.</summary>
    public void EditWording(string standardWording) =>
        StandardWording = Require(standardWording, WordingMaxLength, "standard wording");

    /// <summary>Admin edit. NCND provisions always need sign-off, whatever this flag says (see <see cref="ExemptionDecisionRules.RequiresSignOff"/>).</summary>
    public void MarkSensitive(bool isSensitive) => IsSensitive = isSensitive;

    /// <summary>
    /// Brings the statutory fields (title, legal character, NCND link, note, default sensitivity) into line with the
    /// seeded <paramref name="source"/>: those are fixed by statute and corrected in code. The admin's wording and
    /// sensitivity are never touched. Returns whether anything changed.
    /// </summary>
    public bool SyncStatutoryFields(ExemptionEntry source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!string.Equals(source.Key, Key, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Cannot update '{Key}' from '{source.Key}'.", nameof(source));
        }

        var changed = Title != source.Title || Kind != source.Kind || Basis != source.Basis || HarmTest != source.HarmTest
            || IsNeitherConfirmNorDeny != source.IsNeitherConfirmNorDeny || NcndCounterpartKey != source.NcndCounterpartKey
            || Note != source.Note || SensitiveByDefault != source.SensitiveByDefault || Regime != source.Regime || Provision != source.Provision;
        Regime = source.Regime;
        Provision = source.Provision;
        Title = source.Title;
        Kind = source.Kind;
        Basis = source.Basis;
        HarmTest = source.HarmTest;
        IsNeitherConfirmNorDeny = source.IsNeitherConfirmNorDeny;
        NcndCounterpartKey = source.NcndCounterpartKey;
        Note = source.Note;
        SensitiveByDefault = source.SensitiveByDefault;
        return changed;
    }

    private static string Require(string value, int maxLength, string label)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainException($"Enter the {label} of the catalogue entry");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"The {label} must be {maxLength:N0} characters or fewer");
        }

        return trimmed;
    }
}
