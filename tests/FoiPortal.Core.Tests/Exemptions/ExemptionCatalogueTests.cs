using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Exemptions;

public class ExemptionCatalogueTests
{
    private static readonly ExemptionCatalogue Catalogue = ExemptionCatalogue.CreateDefault();

    public static TheoryData<string> AbsoluteExemptionKeys() =>
        [.. Catalogue.Entries.Where(e => e.Kind == EntryKind.Exemption && e.IsAbsolute).Select(e => e.Key)];

    [Fact]
    public void Default_KeysAreUnique()
    {
        var keys = Catalogue.Entries.Select(e => e.Key.ToUpperInvariant()).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Default_EveryNcndCounterpartExistsIsNcndAndInTheSameRegime()
    {
        var withCounterpart = Catalogue.Entries.Where(e => e.NcndCounterpartKey is not null).ToList();

        Assert.NotEmpty(withCounterpart);
        Assert.All(withCounterpart, entry =>
        {
            var counterpart = Catalogue.Find(entry.NcndCounterpartKey!);
            Assert.NotNull(counterpart);
            Assert.True(counterpart.IsNeitherConfirmNorDeny, entry.Key);
            Assert.Equal(entry.Regime, counterpart.Regime);
        });
    }

    [Theory]
    [InlineData("FOIA s.23(1)", "FOIA s.23(5)")]
    [InlineData("FOIA s.24(1)", "FOIA s.24(2)")]
    [InlineData("FOIA s.30(1)", "FOIA s.30(3)")]
    [InlineData("FOIA s.30(2)", "FOIA s.30(3)")]
    [InlineData("FOIA s.31(1)", "FOIA s.31(3)")]
    [InlineData("FOIA s.38(1)", "FOIA s.38(2)")]
    [InlineData("FOIA s.40(1)", "FOIA s.40(5A)")]
    [InlineData("FOIA s.40(2)", "FOIA s.40(5B)")]
    [InlineData("EIR reg 12(5)(a)", "EIR reg 12(6)")]
    [InlineData("FOISA s.35(1)", "FOISA s.18")]
    public void Default_NcndCounterparts(string key, string counterpart)
    {
        Assert.Equal(counterpart, Catalogue.Find(key)!.NcndCounterpartKey);
    }

    [Fact]
    public void Default_ContainsEveryFoiaProvisionTheIssueNames()
    {
        string[] provisions =
        [
            "12", "14(1)", "14(2)", "21", "22", "22A", "23(1)", "23(5)", "24(1)", "24(2)", "26", "27(1)", "27(2)", "28", "29",
            "30(1)", "30(2)", "30(3)", "31(1)", "31(3)", "32", "33", "34", "35", "36", "37", "38(1)", "38(2)", "39",
            "40(1)", "40(2)", "40(5A)", "40(5B)", "41", "42", "43(1)", "43(2)", "44",
        ];

        var missing = provisions.Where(p => Catalogue.Find("FOIA s." + p) is null).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Default_FoiaAbsoluteExemptionsAreThoseOfSection2_3()
    {
        // s.2(3): s.21, 23, 32, 34, 36 (Houses only), 37(1)(a)-(ab), 40(1), 40(2) first condition, 41, 44, and their NCND provisions.
        string[] expected =
        [
            "21", "23(1)", "23(5)", "32", "32(3)", "34", "34(2)", "36 (Houses of Parliament)", "37(1)(a)-(ab)",
            "40(1)", "40(2)", "40(5A)", "40(5B)", "41", "41(2)", "44", "44(2)",
        ];

        var absolute = Catalogue.For(Regime.Foia)
            .Where(e => e.Kind == EntryKind.Exemption && e.IsAbsolute)
            .Select(e => e.Provision);

        Assert.Equal(expected.Order(), absolute.Order());
    }

    [Fact]
    public void Default_AbsoluteEntriesAndRefusalGroundsNeverRequireAPublicInterestTest()
    {
        var offenders = Catalogue.Entries
            .Where(e => (e.IsAbsolute || e.Kind == EntryKind.RefusalGround) && e.RequiresPublicInterestTest)
            .Select(e => e.Key);

        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(AbsoluteExemptionKeys))]
    public void Validate_AnyAbsoluteExemptionWithAPublicInterestTest_IsRefused(string key)
    {
        var entry = Catalogue.Find(key)!;
        var outcome = entry.IsNeitherConfirmNorDeny ? QuestionOutcome.NeitherConfirmNorDeny : QuestionOutcome.Withheld;
        var citation = Drafts.Cite(key).WithPit();
        if (entry.IsPrejudiceBased)
        {
            citation = citation.WithHarm(Likelihood.Would);
        }

        var draft = Drafts.Decision(outcome, citation);
        if (entry.Regime == Regime.Foisa && outcome == QuestionOutcome.NeitherConfirmNorDeny)
        {
            draft = draft with { Citations = [citation, Drafts.Cite("FOISA s.18").WithPit()] };
        }

        var messages = ExemptionDecisionRules.Validate(draft, entry.Regime, Catalogue).Select(e => e.Message);

        Assert.Contains(messages, m => m.EndsWith("remove the public interest test", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_SensitiveByDefaultIsSection23Section24AndEveryNcnd()
    {
        var sensitive = Catalogue.For(Regime.Foia).Where(e => e.SensitiveByDefault).Select(e => e.Provision).ToHashSet();
        var expected = new HashSet<string>(["23(1)", "24(1)"]);
        expected.UnionWith(Catalogue.For(Regime.Foia).Where(e => e.IsNeitherConfirmNorDeny).Select(e => e.Provision));

        Assert.Contains("23(5)", expected);
        Assert.Contains("24(2)", expected);
        Assert.Equal(expected.Order(), sensitive.Order());
        Assert.All(Catalogue.Entries.Where(e => e.IsNeitherConfirmNorDeny), e => Assert.True(e.SensitiveByDefault, e.Key));
    }

    [Theory]
    [InlineData("FOIA s.31(1)", ExemptionBasis.Qualified, HarmTest.Prejudice)]
    [InlineData("FOIA s.30(1)", ExemptionBasis.Qualified, HarmTest.None)]
    [InlineData("FOIA s.23(5)", ExemptionBasis.Absolute, HarmTest.None)]
    [InlineData("FOIA s.43(2)", ExemptionBasis.Qualified, HarmTest.Prejudice)]
    [InlineData("FOIA s.43(1)", ExemptionBasis.Qualified, HarmTest.None)]
    [InlineData("EIR reg 12(5)(b)", ExemptionBasis.Qualified, HarmTest.AdverseEffect)]
    [InlineData("EIR reg 12(4)(e)", ExemptionBasis.Qualified, HarmTest.None)]
    [InlineData("EIR reg 13(1)", ExemptionBasis.Absolute, HarmTest.None)]
    [InlineData("FOISA s.35(1)", ExemptionBasis.Qualified, HarmTest.SubstantialPrejudice)]
    [InlineData("FOISA s.36(2)", ExemptionBasis.Absolute, HarmTest.None)]
    public void Default_LegalCharacter(string key, ExemptionBasis basis, HarmTest harm)
    {
        var entry = Catalogue.Find(key)!;

        Assert.Equal(basis, entry.Basis);
        Assert.Equal(harm, entry.HarmTest);
    }

    [Fact]
    public void Default_EirExceptionsAreAllQualifiedExceptRegulation13()
    {
        var absolute = Catalogue.For(Regime.Eir).Where(e => e.IsAbsolute).Select(e => e.Provision);

        Assert.All(absolute, p => Assert.StartsWith("13", p, StringComparison.Ordinal));
        Assert.DoesNotContain(Catalogue.For(Regime.Eir), e => e.Kind == EntryKind.RefusalGround);
    }

    [Fact]
    public void Default_StandardWordingNeverSaysWhetherInformationIsHeld()
    {
        Assert.All(Catalogue.Entries, e => Assert.Null(NcndLanguage.FindImplication(e.StandardWording)));
    }

    [Fact]
    public void Constructor_DuplicateKey_Throws()
    {
        ExemptionEntry Entry() => new(Regime.Foia, "31(1)", "Law enforcement", EntryKind.Exemption, ExemptionBasis.Qualified, HarmTest.Prejudice, "Wording.");

        Assert.Throws<ArgumentException>(() => new ExemptionCatalogue([Entry(), Entry()]));
    }

    [Fact]
    public void Constructor_MissingNcndCounterpart_Throws()
    {
        var entry = new ExemptionEntry(Regime.Foia, "31(1)", "Law enforcement", EntryKind.Exemption, ExemptionBasis.Qualified, HarmTest.Prejudice, "Wording.", ncndCounterpartProvision: "31(3)");

        Assert.Throws<ArgumentException>(() => new ExemptionCatalogue([entry]));
    }

    [Theory]
    [InlineData("FOIA s.23(5)", "FOIA s.23(5)")]
    [InlineData("foia s.23(5)", "FOIA s.23(5)")]
    [InlineData("23(5)", "FOIA s.23(5)")]
    [InlineData("section 23(5)", "FOIA s.23(5)")]
    [InlineData(" s.31(1) ", "FOIA s.31(1)")]
    public void Resolve_AcceptsKeysAndProvisionsOfTheRequestRegime(string input, string key)
    {
        Assert.Equal(key, Catalogue.Resolve(input, Regime.Foia).Entry?.Key);
    }

    [Fact]
    public void Resolve_UnknownProvision_KeepsWhatWasMeant()
    {
        var lookup = Catalogue.Resolve("FOIA s.45A", Regime.Eir);

        Assert.Null(lookup.Entry);
        Assert.Equal(Regime.Foia, lookup.Regime);
        Assert.Equal("45A", lookup.Provision);
    }

    [Fact]
    public void AdminEdits_ChangeWordingAndSensitivityButRejectBlankWording()
    {
        var catalogue = ExemptionCatalogue.CreateDefault();
        var entry = catalogue.Find("FOIA s.31(1)")!;

        entry.EditWording("  Our own wording.  ");
        entry.MarkSensitive(true);

        Assert.Equal("Our own wording.", entry.StandardWording);
        Assert.True(entry.IsSensitive);
        Assert.False(entry.SensitiveByDefault);
        Assert.Throws<DomainException>(() => entry.EditWording("   "));
        Assert.NotEqual("Our own wording.", Catalogue.Find("FOIA s.31(1)")!.StandardWording);
    }
}
