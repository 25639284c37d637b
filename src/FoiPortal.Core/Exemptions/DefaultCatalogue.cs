using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>
/// The seeded catalogues, one per regime. The wording is ours, written for refusal notices; it says why a provision
/// applies and never whether information is held, so NCND notices can use it as it stands.
/// </summary>
internal static partial class DefaultCatalogue
{
    public static IEnumerable<ExemptionEntry> All() => Foia().Concat(Eir()).Concat(Foisa());

    private static ExemptionEntry GroundEntry(Regime regime, string provision, string title, string wording, string? note = null) =>
        new(regime, provision, title, EntryKind.RefusalGround, ExemptionBasis.Absolute, HarmTest.None, wording, note: note);

    private static ExemptionEntry AbsoluteEntry(Regime regime, string provision, string title, HarmTest harm, string wording, string? ncnd = null, bool sensitive = false, string? note = null) =>
        new(regime, provision, title, EntryKind.Exemption, ExemptionBasis.Absolute, harm, wording, false, ncnd, sensitive, note);

    private static ExemptionEntry QualifiedEntry(Regime regime, string provision, string title, HarmTest harm, string wording, string? ncnd = null, bool sensitive = false, string? note = null) =>
        new(regime, provision, title, EntryKind.Exemption, ExemptionBasis.Qualified, harm, wording, false, ncnd, sensitive, note);

    // Every NCND provision is sensitive by default: a wrong confirmation or denial cannot be taken back.
    private static ExemptionEntry NcndEntry(Regime regime, string provision, string title, ExemptionBasis basis, HarmTest harm, string wording, string? note = null) =>
        new(regime, provision, title, EntryKind.Exemption, basis, harm, wording, true, null, true, note);
}
