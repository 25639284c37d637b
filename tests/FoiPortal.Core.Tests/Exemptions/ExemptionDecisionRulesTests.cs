using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Exemptions.Drafts;

namespace FoiPortal.Core.Tests.Exemptions;

public class ExemptionDecisionRulesTests
{
    // Absolute

    [Fact]
    public void Validate_AbsoluteWithPublicInterestTest_AsksToRemoveIt()
    {
        var errors = Validate(Decision(QuestionOutcome.Withheld, Cite("FOIA s.23(1)").WithPit()));

        var error = Assert.Single(errors);
        Assert.Equal("Section 23(1) is an absolute exemption: remove the public interest test", error.Message);
        Assert.Equal("Citations[0].FactorsForDisclosure", error.Field);
    }

    [Fact]
    public void Validate_AbsoluteWithOnlyAConclusion_StillAsksToRemoveTheTest()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.41") with { PublicInterestConclusion = "Withhold." });

        var error = Assert.Single(Validate(draft));
        Assert.Equal("Section 41 is an absolute exemption: remove the public interest test", error.Message);
        Assert.Equal("Citations[0].PublicInterestConclusion", error.Field);
    }

    [Fact]
    public void Validate_AbsoluteWithoutPublicInterestTest_IsAccepted()
    {
        Assert.Empty(Validate(Decision(QuestionOutcome.Withheld, Cite("FOIA s.40(2)"))));
    }

    // Qualified

    [Fact]
    public void Validate_QualifiedWithoutPublicInterestTest_AsksForIt()
    {
        var errors = Validate(Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)").WithHarm()));

        var error = Assert.Single(errors);
        Assert.Equal("Section 31(1) is a qualified exemption: enter the public interest test", error.Message);
        Assert.Equal("Citations[0].FactorsForDisclosure", error.Field);
    }

    [Fact]
    public void Validate_QualifiedWithPartOfTheTest_NamesEachMissingPartInFieldOrder()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.42") with { FactorsForDisclosure = ForDisclosure });

        var errors = Validate(draft);

        Assert.Equal(
            ["Enter the factors in favour of maintaining the exemption for section 42", "Enter the conclusion of the public interest test for section 42"],
            errors.Select(e => e.Message));
        Assert.Equal(["Citations[0].FactorsForMaintaining", "Citations[0].PublicInterestConclusion"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_QualifiedFactorsTooLong_GivesTheLimit()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.42").WithPit() with { FactorsForDisclosure = new string('a', 4001) });

        Assert.Equal(["The factors in favour of disclosure for section 42 must be 4,000 characters or fewer"], Messages(draft));
    }

    // Prejudice-based and class-based

    [Fact]
    public void Validate_PrejudiceBasedWithoutHarmStatement_AsksWhatPrejudiceAndHowLikely()
    {
        var errors = Validate(Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)").WithPit()));

        var error = Assert.Single(errors);
        Assert.Equal("Section 31(1) is prejudice-based: describe the prejudice and how likely it is", error.Message);
        Assert.Equal("Citations[0].Prejudice", error.Field);
    }

    [Fact]
    public void Validate_PrejudiceWithoutLikelihood_AsksHowLikely()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.43(2)").WithPit() with { Prejudice = Harm });

        var error = Assert.Single(Validate(draft));
        Assert.Equal("Choose how likely the prejudice is for section 43(2)", error.Message);
        Assert.Equal("Citations[0].Likelihood", error.Field);
    }

    [Theory]
    [InlineData(Likelihood.Would)]
    [InlineData(Likelihood.WouldBeLikelyTo)]
    public void Validate_PrejudiceBasedWithHarmAndPublicInterestTest_IsAccepted(Likelihood likelihood)
    {
        Assert.Empty(Validate(Decision(QuestionOutcome.PartlyDisclosed, Cite("FOIA s.31(1)").WithHarm(likelihood).WithPit())));
    }

    [Fact]
    public void Validate_ClassBasedWithAHarmStatement_AsksToRemoveIt()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.Withheld, Cite("FOIA s.30(1)").WithPit().WithHarm())));

        Assert.Equal("Section 30(1) is class-based: remove the prejudice statement (weigh any harm in the public interest test)", error.Message);
    }

    [Fact]
    public void Validate_ClassBasedQualifiedWithPublicInterestTestOnly_IsAccepted()
    {
        Assert.Empty(Validate(Decision(QuestionOutcome.Withheld, Cite("FOIA s.30(1)").WithPit())));
    }

    // Neither confirm nor deny

    [Fact]
    public void Validate_Section23_5_NcndWithoutPublicInterestTest_IsAccepted()
    {
        // The seed's case: s.23(5), absolute, no public interest test.
        var draft = Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)")) with
        {
            InformationDescription = "any other information relevant to this request",
        };

        Assert.Empty(Validate(draft));
    }

    [Fact]
    public void Validate_QualifiedNcndWithoutItsOwnPublicInterestTest_AsksForIt()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.31(3)").WithHarm())));

        Assert.Equal("Section 31(3) is a qualified exemption: enter the public interest test", error.Message);
    }

    [Fact]
    public void Validate_NcndQualifiedWithPartOfTheTest_UsesConfirmOrDenyTerms()
    {
        var draft = Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.30(3)") with { PublicInterestConclusion = Conclusion });

        Assert.Equal(
            ["Enter the factors in favour of confirming or denying for section 30(3)", "Enter the factors in favour of neither confirming nor denying for section 30(3)"],
            Messages(draft));
    }

    [Fact]
    public void Validate_NcndCitingTheWithholdingExemption_PointsToItsNcndProvision()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.31(1)").WithHarm().WithPit())));

        Assert.Equal("Section 31(1) does not cover neither confirm nor deny: choose section 31(3)", error.Message);
        Assert.Equal("Citations[0].ExemptionKey", error.Field);
    }

    [Fact]
    public void Validate_NcndCitingAnExemptionWithoutNcndProvision_SaysSo()
    {
        Assert.Equal(
            ["Section 21 has no neither confirm nor deny provision: choose another exemption or outcome"],
            Messages(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.21"))));
    }

    [Fact]
    public void Validate_WithholdingUnderAnNcndProvision_AsksForTheNcndOutcome()
    {
        Assert.Equal(
            ["Section 23(5) is for neither confirm nor deny: choose the outcome 'Neither confirm nor deny' or an exemption that withholds information"],
            Messages(Decision(QuestionOutcome.Withheld, Cite("FOIA s.23(5)"))));
    }

    [Theory]
    [InlineData("We hold records of such cases but they are sensitive.", "We hold")]
    [InlineData("Disclosing the information held would harm investigations.", "the information held")]
    [InlineData("Although we do not hold anything, policy requires NCND.", "we do not hold")]
    public void Validate_NcndTextThatSaysWhetherInformationIsHeld_AsksToReword(string text, string phrase)
    {
        var draft = Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.31(3)").WithHarm().WithPit() with { FactorsForMaintaining = text });

        var error = Assert.Single(Validate(draft));
        Assert.Equal($"The factors in favour of neither confirming nor denying for section 31(3) must not say whether information is held: reword '{phrase}'", error.Message);
        Assert.Equal("Citations[0].FactorsForMaintaining", error.Field);
    }

    [Fact]
    public void Validate_NcndTextThatOnlyAsksWhetherInformationIsHeld_IsAccepted()
    {
        var draft = Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.31(3)").WithHarm().WithPit() with
        {
            FactorsForMaintaining = "Saying whether we hold such information would reveal police capability.",
        });

        Assert.Empty(Validate(draft));
    }

    [Fact]
    public void Validate_WithholdingTextMaySayWhatWeHold()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)").WithHarm().WithPit() with { Reasons = "We hold detailed tactical records." });

        Assert.Empty(Validate(draft));
    }

    // s.23(5) and s.24(2) in the alternative

    [Fact]
    public void Validate_Sections23_5And24_2InTheAlternative_IsAccepted()
    {
        var draft = Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)"), Cite("FOIA s.24(2)").WithPit()) with { CitedInTheAlternative = true };

        Assert.Empty(Validate(draft));
    }

    [Fact]
    public void Validate_InTheAlternative_Section24_2StillNeedsItsPublicInterestTest()
    {
        var draft = Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)"), Cite("FOIA s.24(2)")) with { CitedInTheAlternative = true };

        var error = Assert.Single(Validate(draft));
        Assert.Equal("Section 24(2) is a qualified exemption: enter the public interest test", error.Message);
        Assert.Equal("Citations[1].FactorsForDisclosure", error.Field);
    }

    [Fact]
    public void Validate_InTheAlternativeWithoutSection24_2_IsRefused()
    {
        var draft = Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOIA s.23(5)"), Cite("FOIA s.31(3)").WithHarm().WithPit()) with { CitedInTheAlternative = true };

        var error = Assert.Single(Validate(draft));
        Assert.Equal("CitedInTheAlternative", error.Field);
        Assert.StartsWith("Only section 23(5) and section 24(2) can be cited in the alternative", error.Message, StringComparison.Ordinal);
    }

    // Wrong regime, unknown sections, refusal grounds

    [Fact]
    public void Validate_CostLimitOnAnEirRequest_AsksForAnEirException()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.CostLimitExceeded), Regime.Eir));

        Assert.Equal("Section 12 (FOIA) cannot be used for an EIR request: choose an EIR exception", error.Message);
        Assert.Equal("Outcome", error.Field);
    }

    [Fact]
    public void Validate_VexatiousOnAnEirRequest_AsksForAnEirException()
    {
        Assert.Equal(
            ["Section 14 (FOIA) cannot be used for an EIR request: choose an EIR exception"],
            Messages(Decision(QuestionOutcome.Vexatious), Regime.Eir));
    }

    [Fact]
    public void Validate_FoiaSection12CitedOnAnEirRequest_AsksForAnEirException()
    {
        Assert.Equal(
            ["Section 12 (FOIA) cannot be used for an EIR request: choose an EIR exception"],
            Messages(Decision(QuestionOutcome.Withheld, Cite("FOIA s.12")), Regime.Eir));
    }

    [Fact]
    public void Validate_FoiaExemptionOnAnEirRequest_AsksForAnEirException()
    {
        Assert.Equal(
            ["Section 31(1) (FOIA) cannot be used for an EIR request: choose an EIR exception"],
            Messages(Decision(QuestionOutcome.Withheld, Cite("FOIA s.31(1)").WithHarm().WithPit()), Regime.Eir));
    }

    [Fact]
    public void Validate_EirExceptionOnAFoiaRequest_AsksForAFoiaExemption()
    {
        Assert.Equal(
            ["Regulation 12(5)(b) (EIR) cannot be used for a FOIA request: choose a FOIA exemption"],
            Messages(Decision(QuestionOutcome.Withheld, Cite("EIR reg 12(5)(b)").WithHarm(Likelihood.Would).WithPit())));
    }

    [Theory]
    [InlineData("FOIA s.45A")]
    [InlineData("45A")]
    [InlineData("section 45A")]
    public void Validate_SectionThatDoesNotExist_SaysThereIsNoSuchExemption(string key)
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.Withheld, Cite(key))));

        Assert.Equal("There is no section 45A exemption in the Act", error.Message);
        Assert.Equal("Citations[0].ExemptionKey", error.Field);
    }

    [Fact]
    public void Validate_RegulationThatDoesNotExist_SaysThereIsNoSuchException()
    {
        Assert.Equal(
            ["There is no regulation 12(5)(z) exception in the Regulations"],
            Messages(Decision(QuestionOutcome.Withheld, Cite("12(5)(z)")), Regime.Eir));
    }

    [Fact]
    public void Validate_RefusalGroundCitedAsAnExemption_PointsToTheOutcome()
    {
        Assert.Equal(
            ["Section 12 is a refusal ground, not an exemption: choose the outcome 'Cost limit exceeded' instead"],
            Messages(Decision(QuestionOutcome.Withheld, Cite("FOIA s.12"))));
    }

    // EIR and FOISA terms

    [Fact]
    public void Validate_EirAdverseEffectOnlyLikely_AsksForWould()
    {
        var error = Assert.Single(Validate(Decision(QuestionOutcome.Withheld, Cite("EIR reg 12(5)(b)").WithHarm(Likelihood.WouldBeLikelyTo).WithPit()), Regime.Eir));

        Assert.Equal("Regulation 12(5)(b) applies only where disclosure would adversely affect the interest: choose 'would'", error.Message);
    }

    [Fact]
    public void Validate_EirExceptionWithAdverseEffectAndPublicInterestTest_IsAccepted()
    {
        Assert.Empty(Validate(Decision(QuestionOutcome.Withheld, Cite("reg 12(5)(b)").WithHarm(Likelihood.Would).WithPit()), Regime.Eir));
    }

    [Fact]
    public void Validate_EirQualifiedExceptionWithoutTest_UsesTheWordException()
    {
        Assert.Equal(
            ["Regulation 12(4)(e) is a qualified exception: enter the public interest test"],
            Messages(Decision(QuestionOutcome.Withheld, Cite("EIR reg 12(4)(e)")), Regime.Eir));
    }

    [Fact]
    public void Validate_FoisaWithoutHarm_AsksForTheSubstantialPrejudice()
    {
        Assert.Equal(
            ["Section 35(1) is prejudice-based (substantial prejudice): describe the substantial prejudice and how likely it is"],
            Messages(Decision(QuestionOutcome.Withheld, Cite("FOISA s.35(1)").WithPit()), Regime.Foisa));
    }

    [Fact]
    public void Validate_FoisaNcndWithoutSection18_AsksForIt()
    {
        Assert.Equal(
            ["Choose section 18 as well: in Scotland neither confirm nor deny is given under section 18"],
            Messages(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOISA s.35(1)").WithHarm().WithPit()), Regime.Foisa));
    }

    [Fact]
    public void Validate_FoisaNcndWithSection18AndTheUnderlyingExemption_IsAccepted()
    {
        Assert.Empty(Validate(Decision(QuestionOutcome.NeitherConfirmNorDeny, Cite("FOISA s.18").WithPit(), Cite("FOISA s.35(1)").WithHarm().WithPit()), Regime.Foisa));
    }

    // Outcomes and the number of exemptions

    [Theory]
    [InlineData(QuestionOutcome.Withheld, "Choose the exemption you are relying on")]
    [InlineData(QuestionOutcome.PartlyDisclosed, "Choose the exemption you are relying on")]
    [InlineData(QuestionOutcome.NeitherConfirmNorDeny, "Choose the neither confirm nor deny exemption you are relying on")]
    public void Validate_RefusingOutcomeWithoutExemption_AsksForOne(QuestionOutcome outcome, string message)
    {
        var error = Assert.Single(Validate(Decision(outcome)));

        Assert.Equal(message, error.Message);
        Assert.Equal("Citations", error.Field);
    }

    [Theory]
    [InlineData(QuestionOutcome.Disclosed, "Remove the exemptions: information disclosed in full does not rely on any")]
    [InlineData(QuestionOutcome.NotHeld, "Remove the exemptions: a not held answer does not rely on any")]
    [InlineData(QuestionOutcome.CostLimitExceeded, "Remove the exemptions: a refusal under section 12 (FOIA) does not rely on any")]
    public void Validate_OutcomeThatNeedsNoExemptionWithOne_AsksToRemoveIt(QuestionOutcome outcome, string message)
    {
        Assert.Equal([message], Messages(Decision(outcome, Cite("FOIA s.41"))));
    }

    [Theory]
    [InlineData(QuestionOutcome.Disclosed)]
    [InlineData(QuestionOutcome.NotHeld)]
    [InlineData(QuestionOutcome.CostLimitExceeded)]
    [InlineData(QuestionOutcome.Vexatious)]
    [InlineData(QuestionOutcome.Repeated)]
    public void Validate_OutcomeThatNeedsNoExemption_IsAcceptedWithout(QuestionOutcome outcome)
    {
        Assert.Empty(Validate(Decision(outcome)));
    }

    [Fact]
    public void Validate_NoOutcome_AsksForOne()
    {
        Assert.Equal(["Choose the outcome for this question"], Messages(new ExemptionDecisionDraft { QuestionNumber = 1 }));
    }

    [Fact]
    public void Validate_SameExemptionTwice_AsksToRemoveOne()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.41"), Cite("41"));

        var error = Assert.Single(Validate(draft));
        Assert.Equal("You have chosen section 41 more than once: remove one", error.Message);
        Assert.Equal("Citations[1].ExemptionKey", error.Field);
    }

    [Fact]
    public void Validate_SeveralProblems_AreReportedInFieldOrder()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("FOIA s.23(1)").WithPit(), Cite("FOIA s.31(1)")) with { QuestionNumber = 0 };

        Assert.Equal(
            ["QuestionNumber", "Citations[0].FactorsForDisclosure", "Citations[1].Prejudice", "Citations[1].FactorsForDisclosure"],
            Validate(draft).Select(e => e.Field));
    }

    // s.17(4)

    [Fact]
    public void Validate_ReasonsWithheldOnAnEirRequest_IsRefused()
    {
        var draft = Decision(QuestionOutcome.Withheld, Cite("EIR reg 12(4)(e)").WithPit()) with { ReasonsWithheld = true };

        var error = Assert.Single(Validate(draft, Regime.Eir));
        Assert.Equal("ReasonsWithheld", error.Field);
    }

    [Fact]
    public void Validate_ReasonsWithheldOnADisclosure_IsRefused()
    {
        Assert.Equal(
            ["Reasons can only be left out under section 17(4) when an exemption is relied on: untick 'leave out the reasons'"],
            Messages(Decision(QuestionOutcome.Disclosed) with { ReasonsWithheld = true }));
    }

    // Record

    [Fact]
    public void Record_InvalidDraft_ThrowsWithTheFirstMessage()
    {
        var ex = Assert.Throws<DomainException>(() => Record(Decision(QuestionOutcome.Withheld, Cite("FOIA s.23(1)").WithPit())));

        Assert.Equal("Section 23(1) is an absolute exemption: remove the public interest test", ex.Message);
    }

    [Fact]
    public void Record_StoresTheCatalogueKeyAndOnlyTheTestsTheProvisionNeeds()
    {
        var decision = Record(Decision(QuestionOutcome.Withheld, Cite("s.31(1)").WithHarm(Likelihood.Would).WithPit() with { Reasons = "  Specific reasons.  " }, Cite("40(2)")));

        Assert.Equal(["FOIA s.31(1)", "FOIA s.40(2)"], decision.ExemptionKeys);
        var lawEnforcement = decision.Citations[0];
        Assert.Equal("Specific reasons.", lawEnforcement.Reasons);
        Assert.Equal(Likelihood.Would, lawEnforcement.Harm!.Likelihood);
        Assert.Equal(Conclusion, lawEnforcement.PublicInterestTest!.Conclusion);
        Assert.Null(decision.Citations[1].Harm);
        Assert.Null(decision.Citations[1].PublicInterestTest);
    }

    // Sign-off

    [Theory]
    [InlineData(QuestionOutcome.NeitherConfirmNorDeny, "FOIA s.31(3)", true)]
    [InlineData(QuestionOutcome.Withheld, "FOIA s.23(1)", true)]
    [InlineData(QuestionOutcome.Withheld, "FOIA s.24(1)", true)]
    [InlineData(QuestionOutcome.Withheld, "FOIA s.31(1)", false)]
    [InlineData(QuestionOutcome.Withheld, "FOIA s.40(2)", false)]
    public void RequiresSignOff_SensitiveExemptionsAndEveryNcnd(QuestionOutcome outcome, string key, bool expected)
    {
        var decision = Record(Decision(outcome, WithWhatItNeeds(key)));

        Assert.Equal(expected, ExemptionDecisionRules.RequiresSignOff(decision, ExemptionCatalogue.CreateDefault()));
    }

    [Fact]
    public void RequiresSignOff_FollowsTheAuthoritysOwnSensitivityButNeverDropsNcnd()
    {
        var catalogue = ExemptionCatalogue.CreateDefault();
        catalogue.Find("FOIA s.31(1)")!.MarkSensitive(true);
        catalogue.Find("FOIA s.31(3)")!.MarkSensitive(false);
        var withheld = Record(Decision(QuestionOutcome.Withheld, WithWhatItNeeds("FOIA s.31(1)")), Regime.Foia, catalogue);
        var ncnd = Record(Decision(QuestionOutcome.NeitherConfirmNorDeny, WithWhatItNeeds("FOIA s.31(3)")), Regime.Foia, catalogue);

        Assert.True(ExemptionDecisionRules.RequiresSignOff(withheld, catalogue));
        Assert.True(ExemptionDecisionRules.RequiresSignOff(ncnd, catalogue));
    }

    [Fact]
    public void RequiresSignOff_DisclosedInFull_IsFalse()
    {
        Assert.False(ExemptionDecisionRules.RequiresSignOff(Record(Decision(QuestionOutcome.Disclosed)), ExemptionCatalogue.CreateDefault()));
    }

    private static CitationDraft WithWhatItNeeds(string key)
    {
        var entry = ExemptionCatalogue.CreateDefault().Find(key)!;
        var citation = Cite(key);
        citation = entry.IsPrejudiceBased ? citation.WithHarm() : citation;
        return entry.RequiresPublicInterestTest ? citation.WithPit() : citation;
    }
}
