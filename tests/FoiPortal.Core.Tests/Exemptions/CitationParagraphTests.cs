using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Exemptions.Drafts;

namespace FoiPortal.Core.Tests.Exemptions;

/// <summary>Issue 13, rule 7: citations to the paragraph, and NCND decisions citing several provisions.</summary>
public class CitationParagraphTests
{
    private const string Authority = "West Midlands Police";

    private static CitationDraft Cite(string key, params string[] paragraphs) => Drafts.Cite(key) with { Paragraphs = paragraphs };

    private static RefusalNotice Compose(Regime regime, ExemptionDecisionDraft draft) =>
        RefusalNoticeWording.Compose([Record(draft, regime)], ExemptionCatalogue.CreateDefault(), regime, new RefusalNoticeOptions(Authority));

    private static List<string> Texts(RefusalNotice notice, NoticeParagraphKind kind) =>
        [.. notice.Paragraphs.Where(p => p.Kind == kind).Select(p => p.Text)];

    // Citation text, worked by hand from the statute's numbering.
    [Theory]
    [InlineData(Regime.Foia, "FOIA s.31(1)", new[] { "(b)", "(a)" }, "section 31(1)(a) and (b)")]
    [InlineData(Regime.Foia, "FOIA s.31(1)", new[] { "(a)", "(b)", "(g)" }, "section 31(1)(a), (b) and (g)")]
    [InlineData(Regime.Foia, "FOIA s.30(1)", new[] { "(a)", "(b)", "(c)" }, "section 30(1)(a), (b) and (c)")]
    [InlineData(Regime.Foia, "FOIA s.38(1)", new[] { "(b)" }, "section 38(1)(b)")]
    [InlineData(Regime.Foia, "FOIA s.40(2)", new[] { "(3A)(a)" }, "section 40(2) and (3A)(a)")]
    [InlineData(Regime.Foia, "FOIA s.40(2)", new[] { "(3B)", "(3A)(a)" }, "section 40(2), (3A)(a) and (3B)")]
    [InlineData(Regime.Foia, "FOIA s.40(5B)", new[] { "(a)(i)" }, "section 40(5B)(a)(i)")]
    [InlineData(Regime.Foia, "FOIA s.36", new[] { "(2)(b)(i)", "(2)(b)(ii)" }, "section 36(2)(b)(i) and (2)(b)(ii)")]
    [InlineData(Regime.Eir, "EIR reg 13(1)", new[] { "(2A)(a)" }, "regulation 13(1) and (2A)(a)")]
    [InlineData(Regime.Foisa, "FOISA s.35(1)", new[] { "(a)", "(b)" }, "section 35(1)(a) and (b)")]
    [InlineData(Regime.Foisa, "FOISA s.38(1)(b)", new[] { "(2A)(a)" }, "section 38(1)(b) and (2A)(a)")]
    [InlineData(Regime.Foia, "FOIA s.31(1)", new string[0], "section 31(1)")]
    public void Cite_Rule7_ToTheParagraph(Regime regime, string key, string[] paragraphs, string expected)
    {
        var entry = ExemptionCatalogue.CreateDefault().Find(key)!;
        Assert.Equal(regime, entry.Regime);

        Assert.Equal(expected, ProvisionParagraphs.Cite(entry, paragraphs));
    }

    [Fact]
    public void Letter_S31_1_a_And_b_CitesTheParagraphs()
    {
        var notice = Compose(Regime.Foia, Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)", "(a)", "(b)").WithHarm().WithPit()) with { QuestionNumber = 4 });

        Assert.Equal(
            "Question 4: we are withholding the information requested under section 31(1)(a) and (b) (Law enforcement) of the Freedom of Information Act 2000.",
            Assert.Single(Texts(notice, NoticeParagraphKind.Decision)));
        Assert.StartsWith("We consider that disclosure would be likely to prejudice the interests that section 31(1)(a) and (b) protects.", Assert.Single(Texts(notice, NoticeParagraphKind.Harm)), StringComparison.Ordinal);
        Assert.StartsWith("Section 31(1)(a) and (b) is a qualified exemption", Texts(notice, NoticeParagraphKind.PublicInterest)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_DecisionWithoutParagraphs_ReadsAsBefore()
    {
        var notice = Compose(Regime.Foia, Decision(QuestionOutcome.Withheld, Drafts.Cite("FOIA s.31(1)").WithHarm().WithPit()));

        Assert.Equal(
            "Question 1: we are withholding the information requested under section 31(1) (Law enforcement) of the Freedom of Information Act 2000.",
            Assert.Single(Texts(notice, NoticeParagraphKind.Decision)));
    }

    [Fact]
    public void Record_S40_2_With_S40_3A_a_IsAbsolute_NoPublicInterestTest()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.40(2)", "(3A)(a)"));

        Assert.Empty(Validate(draft));
        var decision = Record(draft);
        Assert.Equal("(3A)(a)", Assert.Single(decision.Citations).Paragraphs);
        Assert.Equal(
            "Section 40(2) and (3A)(a) is an absolute exemption, so there is no public interest test to apply.",
            Assert.Single(Texts(Compose(Regime.Foia, draft), NoticeParagraphKind.NoPublicInterestTest)));
    }

    [Theory]
    [InlineData("FOIA s.40(2)", "(3B)", "Section 40(2) and (3B) is a qualified exemption: enter the public interest test")]
    [InlineData("FOIA s.40(2)", "(4A)", "Section 40(2) and (4A) is a qualified exemption: enter the public interest test")]
    public void Validate_S40_2_SecondOrThirdCondition_S2_3_fa_NeedsPublicInterestTest(string key, string paragraph, string expected)
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.Withheld, Cite(key, paragraph))));

        Assert.Equal("Citations[0].FactorsForDisclosure", error.Field);
        Assert.Equal(expected, error.Message);
        Assert.Empty(Validate(Decision(QuestionOutcome.Withheld, Cite(key, paragraph).WithPit())));
    }

    [Fact]
    public void Validate_EirReg13_1_With_13_2B_Reg13_1_b_NeedsPublicInterestTest()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.Withheld, Cite("EIR reg 13(1)", "(2B)")), Regime.Eir));

        Assert.Equal("Regulation 13(1) and (2B) is a qualified exception: enter the public interest test", error.Message);
    }

    [Fact]
    public void Validate_S40_2_With_S40_3A_a_AndAPublicInterestTest_IsRefused()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.Withheld, Cite("FOIA s.40(2)", "(3A)(a)").WithPit())));

        Assert.Equal("Section 40(2) and (3A)(a) is an absolute exemption: remove the public interest test", error.Message);
    }

    [Fact]
    public void Validate_S31_1_ParagraphItDoesNotHave_IsRefused()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)", "(a)", "(j)").WithHarm().WithPit())));

        Assert.Equal("Citations[0].Paragraphs", error.Field);
        Assert.Equal("Section 31(1) has no part (j): choose from (a) to (i)", error.Message);
    }

    [Fact]
    public void Validate_S23_5_WithAParagraph_IsRefused()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)", "(a)"))));

        Assert.Equal("Citations[0].Paragraphs", error.Field);
        Assert.Equal("Section 23(5) has no paragraphs to choose: untick them", error.Message);
    }

    // Rule 7, NCND citing several provisions: the police five (s.23(5), s.24(2), s.30(3), s.31(3), s.40(5B)).
    private static ExemptionDecisionDraft PoliceNcnd(bool inTheAlternative) =>
        Decision(
            QuestionOutcome.NeitherConfirmNorDeny,
            Cite("FOIA s.23(5)"),
            Cite("FOIA s.24(2)").WithPit(),
            Cite("FOIA s.30(3)").WithPit(),
            Cite("FOIA s.31(3)").WithHarm().WithPit(),
            Cite("FOIA s.40(5B)", "(a)(i)")) with
        { CitedInTheAlternative = inTheAlternative };

    [Fact]
    public void Ncnd_S23_5_S24_2_S30_3_S31_3_S40_5B_AllFiveAreCited_InTheAlternativeOnlyForS23_5WithS24_2()
    {
        var notice = Compose(Regime.Foia, PoliceNcnd(inTheAlternative: true));

        Assert.Equal(
            "Question 1: West Midlands Police will neither confirm nor deny that it holds the information requested. "
            + "The duty to confirm or deny in section 1(1)(a) of the Freedom of Information Act 2000 does not apply, by virtue of "
            + "section 23(5) (Information supplied by, or relating to, bodies dealing with security matters) or, in the alternative, section 24(2) (National security), "
            + "and section 30(3) (Investigations and proceedings), section 31(3) (Law enforcement) and section 40(5B)(a)(i) (Personal information about other people). "
            + "This response should not be taken as an indication of whether or not information of the kind requested exists.",
            Assert.Single(Texts(notice, NoticeParagraphKind.NeitherConfirmNorDeny)));
        Assert.StartsWith("We cite section 23(5) and section 24(2) in the alternative.", Assert.Single(Texts(notice, NoticeParagraphKind.InTheAlternative)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ncnd_PoliceFive_PublicInterestTestOnlyForTheQualifiedOnes_S23_5AndS40_5B_a_i_SayNone()
    {
        var notice = Compose(Regime.Foia, PoliceNcnd(inTheAlternative: true));

        Assert.Equal(
            [
                "In so far as section 23(5) applies, it is an absolute exemption, so there is no public interest test to apply.",
                "Section 40(5B)(a)(i) is an absolute exemption, so there is no public interest test to apply.",
            ],
            Texts(notice, NoticeParagraphKind.NoPublicInterestTest));
        var weighing = Texts(notice, NoticeParagraphKind.PublicInterest).Where(t => t.Contains("is a qualified exemption", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, weighing.Count);
        Assert.StartsWith("In so far as section 24(2) applies, it is a qualified exemption", weighing[0], StringComparison.Ordinal);
        Assert.StartsWith("Section 30(3) is a qualified exemption", weighing[1], StringComparison.Ordinal);
        Assert.StartsWith("Section 31(3) is a qualified exemption", weighing[2], StringComparison.Ordinal);
        // 3 qualified provisions x (weighing, for, against, conclusion).
        Assert.Equal(12, Texts(notice, NoticeParagraphKind.PublicInterest).Count);
    }

    [Fact]
    public void Ncnd_PoliceFive_NotInTheAlternative_CitesAllFiveWithAnd()
    {
        var notice = Compose(Regime.Foia, PoliceNcnd(inTheAlternative: false));

        Assert.Contains(
            "by virtue of section 23(5) (Information supplied by, or relating to, bodies dealing with security matters), section 24(2) (National security), section 30(3) (Investigations and proceedings), section 31(3) (Law enforcement) and section 40(5B)(a)(i) (Personal information about other people).",
            Assert.Single(Texts(notice, NoticeParagraphKind.NeitherConfirmNorDeny)),
            StringComparison.Ordinal);
        Assert.Empty(Texts(notice, NoticeParagraphKind.InTheAlternative));
    }

    [Fact]
    public void Ncnd_PoliceFive_IsAcceptedAndNeedsSignOff()
    {
        Assert.Empty(Validate(PoliceNcnd(inTheAlternative: true)));
        Assert.Equal(SignOffState.Pending, Record(PoliceNcnd(inTheAlternative: true)).SignOff.State);
    }

    [Fact]
    public void Ncnd_S23_5_WithS31_3_InTheAlternative_IsRefused()
    {
        var draft = Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)"), Cite("FOIA s.30(3)").WithPit(), Cite("FOIA s.31(3)").WithHarm().WithPit()) with { CitedInTheAlternative = true };

        var error = Assert.Single(Validate(draft));
        Assert.Equal("CitedInTheAlternative", error.Field);
        Assert.Equal("Only section 23(5) and section 24(2) can be cited in the alternative: cite both of them, or untick 'in the alternative'", error.Message);
    }

    [Theory]
    [InlineData("(b)")]
    [InlineData("(a)(ii)")]
    public void Ncnd_S40_5B_OtherThan_a_i_S2_3_fb_NeedsPublicInterestTest(string paragraph)
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.40(5B)", paragraph))));

        Assert.Equal($"Section 40(5B){paragraph} is a qualified exemption: enter the public interest test", error.Message);
    }

    [Fact]
    public void PublicInterestExtension_S10_3_OfferedFor_S40_2_WithTheSecondCondition_NotForTheFirst()
    {
        var catalogue = ExemptionCatalogue.CreateDefault();
        var first = Record(Decision(QuestionOutcome.Withheld, Cite("FOIA s.40(2)", "(3A)(a)")));
        var second = Record(Decision(QuestionOutcome.Withheld, Cite("FOIA s.40(2)", "(3B)").WithPit()));

        Assert.False(ClockActions.QualifiedExemptionEngaged([first], catalogue));
        Assert.True(ClockActions.QualifiedExemptionEngaged([second], catalogue));
    }

    // The 62A/23 demo (seed: "neither confirm nor deny that it holds any other information ... Section 23(5) ...
    // Section 23 is an absolute exemption and there is no requirement to consider the public interest") reads as before.
    [Fact]
    public void Ncnd_S23_5_Alone_62A23Demo_ReadsAsTheSeedIntends()
    {
        var notice = Compose(Regime.Foia, Decision(QuestionOutcome.NeitherConfirmNorDeny, Drafts.Cite("FOIA s.23(5)")) with
        {
            InformationDescription = "any other information relevant to this question",
        });

        Assert.Equal(
            "Question 1: West Midlands Police will neither confirm nor deny that it holds any other information relevant to this question. "
            + "The duty to confirm or deny in section 1(1)(a) of the Freedom of Information Act 2000 does not apply, by virtue of "
            + "section 23(5) (Information supplied by, or relating to, bodies dealing with security matters). "
            + "This response should not be taken as an indication of whether or not information of the kind requested exists.",
            Assert.Single(Texts(notice, NoticeParagraphKind.NeitherConfirmNorDeny)));
        Assert.Equal(["Section 23(5) is an absolute exemption, so there is no public interest test to apply."], Texts(notice, NoticeParagraphKind.NoPublicInterestTest));
        Assert.Empty(Texts(notice, NoticeParagraphKind.PublicInterest));
    }
}
