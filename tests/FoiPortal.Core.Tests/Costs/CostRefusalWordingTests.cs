using FoiPortal.Core.Costs;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

public class CostRefusalWordingTests
{
    [Fact]
    public void Compose_Seed_HasReasonLimitBreakdownAndCitations()
    {
        var estimate = Foia(SeedQuestion4());

        var text = Compose(estimate, FoiaOther, goodwill: false);

        Assert.Contains("section 12(1) of the Freedom of Information Act 2000", text, StringComparison.Ordinal);
        Assert.Contains("SI 2004/3244", text, StringComparison.Ordinal);
        Assert.Contains("The appropriate limit for us is £450", text, StringComparison.Ordinal);
        Assert.Contains("regulation 3(3)", text, StringComparison.Ordinal);
        Assert.Contains("£25 an hour (regulation 4(4)), so the limit is equal to 18.0 hours of work", text, StringComparison.Ordinal);
        // 720 x 15 = 10,800 min = 180.0 h; x £25 / 60 = £4,500.
        Assert.Contains("would take 180.0 hours, which at £25 an hour would cost £4,500", text, StringComparison.Ordinal);
        // The breakdown is a table (question, activity, records, minutes each, hours; a total row), not a run-on list.
        Assert.Contains(
            "This is made up as follows:\n\n"
            + "| Question | Activity | Records | Minutes each | Hours |\n"
            + "| --- | --- | --- | --- | --- |\n"
            + "| 4 | Extracting the information: Manual cross-reference of each crime record against custody records and the PNC | 720 records | 15 | 180.0 |\n"
            + "| Total |  |  |  | 180.0 |\n\n"
            + "Total: 180.0 hours, against a limit of 18.0 hours.\n\n"
            + "How we arrived at these figures:\n\n"
            + "- Question 4, extracting: each record would take between 5 and 30 minutes; we have used 15 minutes. Sampling exercise: 20 records took 300 minutes.",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("×", text, StringComparison.Ordinal);
        Assert.Contains("redacting", text, StringComparison.Ordinal);
        Assert.DoesNotContain("section 12(2)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gesture of goodwill", text, StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
    }

    [Fact]
    public void Compose_Goodwill_AddsTheGoodwillParagraph()
    {
        var text = Compose(Foia(SeedQuestion4()), FoiaOther, goodwill: true);

        Assert.Contains("as a gesture of goodwill", text, StringComparison.Ordinal);
        Assert.Contains("does not affect our right to rely on the fees regulations for the remainder of your request", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Structure_BreakdownIsATableWithATotalRow()
    {
        var estimate = Foia(SeedQuestion4(), Line(3, 200, 3));
        estimate.RecordSameOrSimilar([3, 4], "Both concern online grooming offences", questionCount: 4);

        var wording = CostRefusalWording.Compose(estimate, FoiaOther, CostAdvice.Suggest(estimate, FoiaOther), goodwillDisclosure: true);

        Assert.Equal(LetterBlockKind.Heading, wording.Blocks[0].Kind);
        Assert.Equal(["Reason for decision"], wording.Blocks[0].Lines);
        Assert.Contains(wording.Blocks, b => b.Kind == LetterBlockKind.Heading && b.Lines.SequenceEqual(["Advice and assistance"]));
        var breakdown = Assert.Single(wording.Blocks, b => b.Kind == LetterBlockKind.Table);
        Assert.Equal(["Question", "Activity", "Records", "Minutes each", "Hours"], breakdown.Lines);
        // Question order: Q3 (200 x 3 = 600 min = 10.0 h), Q4 (720 x 15 = 10,800 min = 180.0 h), then the total 11,400 min = 190.0 h.
        Assert.Equal(
            [
                ["3", "Extracting the information: Manual review of each crime record", "200 records", "3", "10.0"],
                ["4", "Extracting the information: Manual cross-reference of each crime record against custody records and the PNC", "720 records", "15", "180.0"],
                ["Total", "", "", "", "190.0"],
            ],
            breakdown.Rows!.Select(r => r.ToArray()).ToArray());
        // The lead-in ends with a colon and comes straight before the table (the letter keeps them on one page).
        var table = wording.Blocks.ToList().IndexOf(breakdown);
        Assert.EndsWith("made up as follows:", wording.Blocks[table - 1].Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_CellWithAPipe_IsEscapedInThePlainText()
    {
        var estimate = Foia(Line(1, 100, 12, description: "Records in folder A|B"));

        var text = Compose(estimate, FoiaOther, goodwill: false);

        Assert.Contains("| 1 | Extracting the information: Records in folder A\\|B | 100 records | 12 | 20.0 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_QuestionWithSeveralLines_GivesQuestionTotal()
    {
        // Q1: 10 x 30 = 300 locating + 100 x 12 = 1,200 extracting = 1,500 min = 25.0 h.
        var estimate = Foia(Line(1, 10, 30, CostActivity.Locating, UnitKind.Files), Line(1, 100, 12));

        var text = Compose(estimate, FoiaOther, goodwill: false);

        Assert.Contains("| 1 | Question 1 in total |  |  | 25.0 |", text, StringComparison.Ordinal);
        Assert.Contains("| 10 files | 30 | 5.0 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_DeterminingWhetherHeldAloneExceeds_AddsSection12_2()
    {
        // 110 x 10 = 1,100 min (18.3 h) just to find out whether the information is held.
        var estimate = Foia(Line(1, 110, 10, CostActivity.DeterminingWhetherHeld, UnitKind.Files));

        var text = Compose(estimate, FoiaOther, goodwill: false);

        Assert.Contains("Finding out whether we hold the information would by itself take 18.3 hours", text, StringComparison.Ordinal);
        Assert.Contains("not obliged to confirm or deny", text, StringComparison.Ordinal);
        Assert.Contains("section 12(2) of the Freedom of Information Act 2000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_CentralGovernment_SixHundredPoundsAnd24Hours()
    {
        var text = Compose(Foia(SeedQuestion4()), FoiaCentral, goodwill: false);

        Assert.Contains("The appropriate limit for us is £600", text, StringComparison.Ordinal);
        Assert.Contains("regulation 3(2)", text, StringComparison.Ordinal);
        Assert.Contains("24.0 hours of work", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Foisa_CitesScottishActAndRegulations()
    {
        // 720 x 15 = 10,800 min = 180.0 h at £15 = £2,700; limit 2,400 min = 40.0 h.
        // SSI 2004/467 reg 3: extracting does not count under FOISA, so the same work is costed as retrieving.
        var estimate = Estimate(Regime.Foisa, SeedQuestion4() with { Activity = CostActivity.Retrieving });

        var text = Compose(estimate, Foisa, goodwill: false);

        Assert.Contains("section 12(1) of the Freedom of Information (Scotland) Act 2002", text, StringComparison.Ordinal);
        Assert.Contains("SSI 2004/467", text, StringComparison.Ordinal);
        Assert.Contains("£15 an hour", text, StringComparison.Ordinal);
        Assert.Contains("40.0 hours of work", text, StringComparison.Ordinal);
        Assert.Contains("would cost £2,700", text, StringComparison.Ordinal);
        Assert.Contains("section 15 of the Freedom of Information (Scotland) Act 2002", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SI 2004/3244", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_IncludesTheAdvice()
    {
        var estimate = Foia(SeedQuestion4(), Line(3, 200, 3));
        estimate.RecordSameOrSimilar([3, 4], "Both concern online grooming offences", questionCount: 4);

        var text = Compose(estimate, FoiaOther, goodwill: false);

        Assert.Contains("section 16 of the Freedom of Information Act 2000", text, StringComparison.Ordinal);
        Assert.Contains("We could answer question 3 within the cost limit", text, StringComparison.Ordinal);
        // Q4 narrowed with Q3 (600 min) kept: floor((1,080 - 600) / 15) = 32 records, for the whole request.
        Assert.Contains("32 records instead of 720, we estimate that we could answer your whole request", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WithinLimit_Throws()
    {
        var estimate = Foia(Line(1, 72, 15));

        Assert.Throws<DomainException>(() => CostRefusalWording.Compose(estimate, FoiaOther, CostAdvice.Suggest(estimate, FoiaOther), false));
    }

    [Fact]
    public void Compose_Eir_Throws()
    {
        var estimate = Estimate(Regime.Eir, SeedQuestion4());

        Assert.Throws<DomainException>(() => CostRefusalWording.Compose(estimate, Eir, CostAdvice.Suggest(estimate, Eir), false));
    }

    private static string Compose(CostEstimate estimate, AppropriateLimit limit, bool goodwill) =>
        CostRefusalWording.Compose(estimate, limit, CostAdvice.Suggest(estimate, limit), goodwill).ToPlainText();
}
