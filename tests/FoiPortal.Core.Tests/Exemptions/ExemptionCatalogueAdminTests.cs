using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Exemptions;

/// <summary>Admin edits, their audit rows, and keeping stored entries in line with the code without losing those edits.</summary>
public sealed class ExemptionCatalogueAdminTests
{
    private static readonly DateTime At = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Apply_WordingAndFlag_RecordsBeforeAndAfter()
    {
        var entry = ExemptionCatalogue.CreateDefault().Find("FOIA s.31(1)")!;
        var before = entry.StandardWording;

        var change = ExemptionCatalogueChange.Apply(entry, "  Our wording.  ", isSensitive: true, "admin@example.org", At);

        Assert.NotNull(change);
        Assert.Equal(("FOIA s.31(1)", "admin@example.org", At), (change.EntryKey, change.ChangedBy, change.ChangedAtUtc));
        Assert.Equal((before, "Our wording."), (change.WordingBefore, change.WordingAfter));
        Assert.Equal((false, true), (change.SensitiveBefore!.Value, change.SensitiveAfter!.Value));
        Assert.Equal("Standard wording changed; marked sensitive", change.Summary);
        Assert.Equal(("Our wording.", true), (entry.StandardWording, entry.IsSensitive));
    }

    [Fact]
    public void Apply_OnlyTheFlag_LeavesTheWordingOutOfTheAudit()
    {
        var entry = ExemptionCatalogue.CreateDefault().Find("FOIA s.24(1)")!;

        var change = ExemptionCatalogueChange.Apply(entry, entry.StandardWording, isSensitive: false, "admin@example.org", At)!;

        Assert.Null(change.WordingBefore);
        Assert.Null(change.WordingAfter);
        Assert.Equal("No longer marked sensitive", change.Summary);
    }

    [Fact]
    public void Apply_NothingChanged_ReturnsNull()
    {
        var entry = ExemptionCatalogue.CreateDefault().Find("FOIA s.24(1)")!;

        Assert.Null(ExemptionCatalogueChange.Apply(entry, " " + entry.StandardWording + " ", entry.IsSensitive, "admin@example.org", At));
    }

    [Theory]
    [InlineData("   ", "Enter the standard wording of the catalogue entry")]
    [InlineData(null, "The standard wording must be 2,000 characters or fewer")]
    public void Apply_BadWording_IsRefusedAndChangesNothing(string? wording, string message)
    {
        var entry = ExemptionCatalogue.CreateDefault().Find("FOIA s.31(1)")!;
        var before = entry.StandardWording;

        var ex = Assert.Throws<DomainException>(() => ExemptionCatalogueChange.Apply(entry, wording ?? new string('x', 2_001), isSensitive: true, "admin@example.org", At));

        Assert.Equal(message, ex.Message);
        Assert.Equal((before, false), (entry.StandardWording, entry.IsSensitive));
    }

    [Fact]
    public void SyncStatutoryFields_CorrectsTheLegalCharacterButKeepsTheAdminsEdits()
    {
        var stored = new ExemptionEntry(Regime.Foia, "31(1)", "Old title", EntryKind.Exemption, ExemptionBasis.Absolute, HarmTest.None, "Admin's wording");
        stored.MarkSensitive(true);
        var code = ExemptionCatalogue.CreateDefault().Find("FOIA s.31(1)")!;

        var changed = stored.SyncStatutoryFields(code);

        Assert.True(changed);
        Assert.Equal((code.Title, ExemptionBasis.Qualified, HarmTest.Prejudice, "FOIA s.31(3)"), (stored.Title, stored.Basis, stored.HarmTest, stored.NcndCounterpartKey));
        Assert.Equal(("Admin's wording", true), (stored.StandardWording, stored.IsSensitive));
        Assert.False(stored.SyncStatutoryFields(code));
    }

    [Fact]
    public void SyncStatutoryFields_FromAnotherEntry_Throws()
    {
        var catalogue = ExemptionCatalogue.CreateDefault();

        Assert.Throws<ArgumentException>(() => catalogue.Find("FOIA s.31(1)")!.SyncStatutoryFields(catalogue.Find("FOIA s.31(3)")!));
    }

    [Fact]
    public void InStatuteOrder_PutsEntriesBackInTheSeededOrder()
    {
        var entries = ExemptionCatalogue.CreateDefault().Entries;

        var ordered = DatabaseExemptionCatalogue.InStatuteOrder(entries.Reverse()).Select(e => e.Key).ToList();

        Assert.Equal(entries.Select(e => e.Key), ordered);
        Assert.Equal(["FOIA s.12", "FOIA s.14(1)", "FOIA s.14(2)", "FOIA s.21"], ordered.Take(4));
    }
}
