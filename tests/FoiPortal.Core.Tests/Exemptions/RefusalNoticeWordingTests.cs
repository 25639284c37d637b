using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Exemptions.Drafts;

namespace FoiPortal.Core.Tests.Exemptions;

public class RefusalNoticeWordingTests
{
    private const string Authority = "West Midlands Police";

    // Phrases that would reveal whether anything is held (FOIA s.1(1)(a)).
    private static readonly string[] Revealing = ["we hold", "the information held", "we do not hold"];

    private static RefusalNotice Compose(Regime regime, params ExemptionDecisionDraft[] drafts) =>
        RefusalNoticeWording.Compose(
            drafts.Select(d => Record(d, regime)),
            ExemptionCatalogue.CreateDefault(),
            regime,
            new RefusalNoticeOptions(Authority) { ReviewContact = "foi@example.police.uk" });

    private static RefusalNotice Compose(params ExemptionDecisionDraft[] drafts) => Compose(Regime.Foia, drafts);

    private static List<NoticeParagraph> Of(RefusalNotice notice, NoticeParagraphKind kind) =>
        [.. notice.Paragraphs.Where(p => p.Kind == kind)];

    private static void AssertNeutral(RefusalNotice notice)
    {
        var ncnd = notice.Paragraphs.Where(p => p.ConcernsNeitherConfirmNorDeny).ToList();
        Assert.NotEmpty(ncnd);
        Assert.All(ncnd, p => Assert.All(Revealing, phrase => Assert.DoesNotContain(phrase, p.Text, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Compose_QualifiedPrejudiceExemption_StatesWhichWhyAndThePublicInterestReasons()
    {
        var notice = Compose(Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)").WithHarm().WithPit()) with { QuestionNumber = 3 });

        var decision = Assert.Single(Of(notice, NoticeParagraphKind.Decision));
        Assert.Equal("Question 3: we are withholding the information requested under section 31(1) (Law enforcement) of the Freedom of Information Act 2000.", decision.Text);
        Assert.Contains("disclosure would be likely to prejudice", Assert.Single(Of(notice, NoticeParagraphKind.Harm)).Text, StringComparison.Ordinal);
        Assert.Contains(Harm, Assert.Single(Of(notice, NoticeParagraphKind.Harm)).Text, StringComparison.Ordinal);
        var publicInterest = string.Join("\n", Of(notice, NoticeParagraphKind.PublicInterest).Select(p => p.Text));
        Assert.Contains("Section 31(1) is a qualified exemption", publicInterest, StringComparison.Ordinal);
        Assert.Contains("Factors in favour of disclosure: " + ForDisclosure, publicInterest, StringComparison.Ordinal);
        Assert.Contains("Factors in favour of maintaining the exemption: " + ForMaintaining, publicInterest, StringComparison.Ordinal);
        Assert.Contains("Our conclusion: " + Conclusion, publicInterest, StringComparison.Ordinal);
        Assert.Empty(Of(notice, NoticeParagraphKind.NoPublicInterestTest));
    }

    [Fact]
    public void Compose_WouldLikelihood_SaysWould()
    {
        var notice = Compose(Decision(QuestionOutcome.Withheld, Cite("FOIA s.43(2)").WithHarm(Likelihood.Would).WithPit()));

        var harm = Assert.Single(Of(notice, NoticeParagraphKind.Harm)).Text;
        Assert.Contains("disclosure would prejudice", harm, StringComparison.Ordinal);
        Assert.DoesNotContain("likely", harm, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AbsoluteExemption_SaysThereIsNoPublicInterestTest()
    {
        var notice = Compose(Decision(QuestionOutcome.Withheld, Cite("FOIA s.41") with { Reasons = "The supplier gave it in confidence." }));

        Assert.Equal("Section 41 is an absolute exemption, so there is no public interest test to apply.", Assert.Single(Of(notice, NoticeParagraphKind.NoPublicInterestTest)).Text);
        Assert.EndsWith("The supplier gave it in confidence.", Assert.Single(Of(notice, NoticeParagraphKind.Reasons)).Text, StringComparison.Ordinal);
        Assert.Empty(Of(notice, NoticeParagraphKind.PublicInterest));
        Assert.Empty(Of(notice, NoticeParagraphKind.Harm));
    }

    [Fact]
    public void Compose_ClassBasedQualifiedExemption_HasPublicInterestReasonsButNoHarm()
    {
        var notice = Compose(Decision(QuestionOutcome.PartlyDisclosed, Cite("FOIA s.30(1)").WithPit()) with { QuestionNumber = 2 });

        Assert.StartsWith("Question 2: we are providing some of the information requested. We are withholding the rest under section 30(1)", Assert.Single(Of(notice, NoticeParagraphKind.Decision)).Text, StringComparison.Ordinal);
        Assert.Empty(Of(notice, NoticeParagraphKind.Harm));
        Assert.Equal(4, Of(notice, NoticeParagraphKind.PublicInterest).Count);
    }

    [Fact]
    public void Compose_SeedCase_Section23_5WithSection12_NeitherConfirmsNorDeniesAndHooksTheCostParagraph()
    {
        // 62A/23: questions 4 and 5 over the cost limit; s.23(5) NCND on any other information; absolute, no PIT.
        var notice = Compose(
            Decision(QuestionOutcome.CostLimitExceeded) with { QuestionNumber = 4 },
            Decision(QuestionOutcome.CostLimitExceeded) with { QuestionNumber = 5 },
            Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)")) with
            {
                QuestionNumber = 1,
                InformationDescription = "any other information relevant to this request",
            });

        var ncnd = Assert.Single(Of(notice, NoticeParagraphKind.NeitherConfirmNorDeny)).Text;
        Assert.StartsWith("Question 1: West Midlands Police will neither confirm nor deny that it holds any other information relevant to this request.", ncnd, StringComparison.Ordinal);
        Assert.Contains("section 1(1)(a)", ncnd, StringComparison.Ordinal);
        Assert.Contains("section 23(5) (Information supplied by, or relating to, bodies dealing with security matters)", ncnd, StringComparison.Ordinal);
        Assert.Equal("Section 23(5) is an absolute exemption, so there is no public interest test to apply.", Assert.Single(Of(notice, NoticeParagraphKind.NoPublicInterestTest)).Text);
        Assert.Empty(Of(notice, NoticeParagraphKind.PublicInterest));
        AssertNeutral(notice);

        var cost = Of(notice, NoticeParagraphKind.CostLimit);
        Assert.Equal(2, cost.Count);
        Assert.All(cost, p => Assert.Equal([4, 5], p.QuestionNumbers));
        Assert.StartsWith("Questions 4 and 5:", cost[0].Text, StringComparison.Ordinal);
        Assert.Contains("section 12", cost[0].Text, StringComparison.Ordinal);
        Assert.True(cost[1].IsPlaceholder);
        Assert.Equal("FOIA s.12", cost[1].ExemptionKey);
    }

    [Theory]
    [InlineData(null, "Question 1: West Midlands Police will neither confirm nor deny that it holds the information requested.")]
    [InlineData("any other information relevant to this question", "Question 1: West Midlands Police will neither confirm nor deny that it holds any other information relevant to this question.")]
    // FOI/DEMO/00007: the subject is itself a question.
    [InlineData(
        "whether any stop was made at the request of, or using information from, a security body",
        "Question 1: West Midlands Police will neither confirm nor deny whether it holds information about whether any stop was made at the request of, or using information from, a security body.")]
    [InlineData("  Whether any stop was made  ", "Question 1: West Midlands Police will neither confirm nor deny whether it holds information about whether any stop was made.")]
    public void Compose_Ncnd_OpeningSentenceReadsForEverySubject(string? subject, string expected)
    {
        var notice = Compose(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)")) with { InformationDescription = subject });

        var ncnd = Assert.Single(Of(notice, NoticeParagraphKind.NeitherConfirmNorDeny)).Text;
        Assert.Equal(expected, ncnd[..(ncnd.IndexOf('.', StringComparison.Ordinal) + 1)]);
        AssertNeutral(notice);
    }

    [Fact]
    public void Compose_QualifiedNcnd_HasItsOwnPublicInterestTestInConfirmOrDenyTerms()
    {
        var notice = Compose(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.31(3)").WithHarm().WithPit()));

        var ncnd = Assert.Single(Of(notice, NoticeParagraphKind.NeitherConfirmNorDeny)).Text;
        Assert.Contains("neither confirm nor deny that it holds the information requested", ncnd, StringComparison.Ordinal);
        var publicInterest = string.Join("\n", Of(notice, NoticeParagraphKind.PublicInterest).Select(p => p.Text));
        Assert.Contains("the duty to confirm or deny", publicInterest, StringComparison.Ordinal);
        Assert.Contains("Factors in favour of confirming or denying: " + ForDisclosure, publicInterest, StringComparison.Ordinal);
        Assert.Contains("Factors in favour of neither confirming nor denying: " + ForMaintaining, publicInterest, StringComparison.Ordinal);
        Assert.Contains("confirming or denying would be likely to prejudice", Assert.Single(Of(notice, NoticeParagraphKind.Harm)).Text, StringComparison.Ordinal);
        AssertNeutral(notice);
    }

    [Fact]
    public void Compose_EveryFoiaNcndProvision_IsWordedNeutrally()
    {
        var catalogue = ExemptionCatalogue.CreateDefault();
        var drafts = catalogue.For(Regime.Foia).Where(e => e.IsNeitherConfirmNorDeny).Select((e, i) =>
        {
            var citation = Cite(e.Key);
            citation = e.IsPrejudiceBased ? citation.WithHarm() : citation;
            citation = e.RequiresPublicInterestTest ? citation.WithPit() : citation;
            return Decision(QuestionOutcome.NeitherConfirmNorDeny, citation) with { QuestionNumber = (i % 20) + 1 };
        }).ToArray();

        var notice = Compose(drafts);

        Assert.Equal(drafts.Length, Of(notice, NoticeParagraphKind.NeitherConfirmNorDeny).Count);
        AssertNeutral(notice);
    }

    [Fact]
    public void Compose_Sections23_5And24_2InTheAlternative_CitesBothWithoutSayingWhichApplies()
    {
        var notice = Compose(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)"), Cite("FOIA s.24(2)").WithPit()) with { CitedInTheAlternative = true });

        var ncnd = Assert.Single(Of(notice, NoticeParagraphKind.NeitherConfirmNorDeny)).Text;
        Assert.Contains("by virtue of section 23(5) (", ncnd, StringComparison.Ordinal);
        Assert.Contains(" or, in the alternative, section 24(2) (National security)", ncnd, StringComparison.Ordinal);
        Assert.Contains("does not indicate which of them applies", Assert.Single(Of(notice, NoticeParagraphKind.InTheAlternative)).Text, StringComparison.Ordinal);
        Assert.StartsWith("In so far as section 23(5) applies, it is an absolute exemption", Assert.Single(Of(notice, NoticeParagraphKind.NoPublicInterestTest)).Text, StringComparison.Ordinal);
        Assert.StartsWith("In so far as section 24(2) applies, it is a qualified exemption", Of(notice, NoticeParagraphKind.PublicInterest)[0].Text, StringComparison.Ordinal);
        AssertNeutral(notice);
    }

    [Fact]
    public void Compose_ReasonsWithheldUnderSection17_4_NamesTheExemptionButGivesNoReasons()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)").WithHarm().WithPit() with { Reasons = "Operation Falcon is ongoing." }) with { ReasonsWithheld = true };
        var standardWording = ExemptionCatalogue.CreateDefault().Find("FOIA s.31(1)")!.StandardWording;

        var notice = Compose(draft);

        Assert.Contains("section 31(1) (Law enforcement)", Assert.Single(Of(notice, NoticeParagraphKind.Decision)).Text, StringComparison.Ordinal);
        Assert.Contains("section 17(4)", Assert.Single(Of(notice, NoticeParagraphKind.ReasonsWithheld)).Text, StringComparison.Ordinal);
        var text = notice.ToPlainText();
        Assert.DoesNotContain("Operation Falcon", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Harm, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ForDisclosure, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ForMaintaining, text, StringComparison.Ordinal);
        Assert.DoesNotContain(standardWording, text, StringComparison.Ordinal);
        Assert.Empty(Of(notice, NoticeParagraphKind.Reasons));
        Assert.Empty(Of(notice, NoticeParagraphKind.Harm));
    }

    [Fact]
    public void Compose_ReasonsWithheldOnAnNcnd_StaysNeutral()
    {
        var notice = Compose(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.30(3)").WithPit()) with { ReasonsWithheld = true });

        Assert.Contains("would itself disclose exempt information", Assert.Single(Of(notice, NoticeParagraphKind.ReasonsWithheld)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ForDisclosure, notice.ToPlainText(), StringComparison.Ordinal);
        AssertNeutral(notice);
    }

    [Fact]
    public void Compose_FoiaRights_OfferInternalReviewAndTheSection50Complaint()
    {
        var rights = Compose(Decision(QuestionOutcome.Withheld, Cite("FOIA s.41"))).Sections[^1];

        Assert.Equal("Your rights", rights.Heading);
        var review = Assert.Single(rights.Paragraphs, p => p.Kind == NoticeParagraphKind.InternalReview).Text;
        Assert.Contains("West Midlands Police for an internal review by writing to foi@example.police.uk", review, StringComparison.Ordinal);
        Assert.Contains("40 working days", review, StringComparison.Ordinal);
        var complaint = Assert.Single(rights.Paragraphs, p => p.Kind == NoticeParagraphKind.Complaint).Text;
        Assert.Contains("Information Commissioner under section 50 of the Freedom of Information Act 2000", complaint, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Vexatious_StatesTheGroundWithoutAPublicInterestTest()
    {
        var notice = Compose(Decision(QuestionOutcome.Vexatious) with { QuestionNumber = 1 }, Decision(QuestionOutcome.Vexatious) with { QuestionNumber = 2 });

        var paragraphs = Of(notice, NoticeParagraphKind.Vexatious);
        Assert.StartsWith("Questions 1 and 2: we are refusing to comply under section 14(1) of the Freedom of Information Act 2000", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("no public interest test", paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Empty(Of(notice, NoticeParagraphKind.PublicInterest));
    }

    [Fact]
    public void Compose_Repeated_CitesSection14_2()
    {
        var notice = Compose(Decision(QuestionOutcome.Repeated));

        Assert.Contains("section 14(2)", Of(notice, NoticeParagraphKind.Repeated)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EirException_UsesTheRegulationsTermsAndThePresumptionInFavourOfDisclosure()
    {
        var notice = Compose(Regime.Eir, Decision(QuestionOutcome.Withheld, Cite("EIR reg 12(5)(b)").WithHarm(Likelihood.Would).WithPit()));

        Assert.Contains("regulation 12(5)(b) (The course of justice, fair trials and inquiries) of the Environmental Information Regulations 2004", Assert.Single(Of(notice, NoticeParagraphKind.Decision)).Text, StringComparison.Ordinal);
        Assert.Contains("disclosure would adversely affect", Assert.Single(Of(notice, NoticeParagraphKind.Harm)).Text, StringComparison.Ordinal);
        Assert.Contains("presumption in favour of disclosure (regulation 12(2))", Of(notice, NoticeParagraphKind.PublicInterest)[0].Text, StringComparison.Ordinal);
        Assert.Contains("regulation 11", Assert.Single(Of(notice, NoticeParagraphKind.InternalReview)).Text, StringComparison.Ordinal);
        Assert.Contains("regulation 18", Assert.Single(Of(notice, NoticeParagraphKind.Complaint)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EirNotHeld_CitesRegulation12_4_a()
    {
        var notice = Compose(Regime.Eir, Decision(QuestionOutcome.NotHeld));

        Assert.Contains("regulation 12(4)(a)", Assert.Single(Of(notice, NoticeParagraphKind.NotHeld)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_FoisaExemption_UsesSubstantialPrejudiceAndTheScottishCommissioner()
    {
        var notice = Compose(Regime.Foisa, Decision(QuestionOutcome.Withheld, Cite("FOISA s.35(1)").WithHarm().WithPit()));

        Assert.Contains("would be likely to prejudice substantially", Assert.Single(Of(notice, NoticeParagraphKind.Harm)).Text, StringComparison.Ordinal);
        Assert.Contains("section 20", Assert.Single(Of(notice, NoticeParagraphKind.InternalReview)).Text, StringComparison.Ordinal);
        Assert.Contains("Scottish Information Commissioner for a decision under section 47", Assert.Single(Of(notice, NoticeParagraphKind.Complaint)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_DisclosedInFull_HasOnlyTheRights()
    {
        var notice = Compose(Decision(QuestionOutcome.Disclosed));

        Assert.Equal(["Your rights"], notice.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Compose_PlainText_HasNoMarkup()
    {
        var notice = Compose(
            Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)").WithHarm().WithPit()),
            Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)")) with { QuestionNumber = 2 });

        var text = notice.ToPlainText();

        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        Assert.StartsWith("Response\n\nQuestion 1:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_DecisionFromAnotherRegime_Throws()
    {
        var decision = Record(Decision(QuestionOutcome.Withheld, Cite("FOIA s.41")));

        Assert.Throws<DomainException>(() => RefusalNoticeWording.Compose([decision], ExemptionCatalogue.CreateDefault(), Regime.Eir, new RefusalNoticeOptions(Authority)));
    }
}
