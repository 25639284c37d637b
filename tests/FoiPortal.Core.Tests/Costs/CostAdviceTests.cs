using FoiPortal.Core.Costs;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

public class CostAdviceTests
{
    public static TheoryData<string, int[], int[], long> BestSubsetCases => new()
    {
        // Limit 1,080. Q1..Q4 = 600, 500, 480, 100. Only {2,3,4} = 1,080 has three questions ({1,3,4} = 1,180, {1,2,4} = 1,200).
        { "three fit exactly at the limit", [600, 500, 480, 100], [2, 3, 4], 1_080 },
        // 100, 200, 700, 780. Smallest-first greedy: 100 + 200 + 700 = 1,000, then 780 does not fit: {1,2,3}, 1,000 min.
        // {1,2,4} = 1,080 has as many questions and uses more of the limit, so it is better.
        { "smallest-first greedy uses less time", [100, 200, 700, 780], [1, 2, 4], 1_080 },
        // 1,000, 400, 400, 200. Largest-first greedy takes 1,000 and nothing else fits: one question.
        // {2,3,4} = 1,000 answers three.
        { "largest-first greedy answers fewer", [1_000, 400, 400, 200], [2, 3, 4], 1_000 },
        // 2,000, 500, 580, 580, 500. Pairs at 1,080: {2,3}, {2,4}, {3,5}, {4,5}; no three fit (500+500+580 = 1,580).
        // Ties on count and minutes go to the lowest question numbers: {2,3}.
        { "ties go to lowest numbers", [2_000, 500, 580, 580, 500], [2, 3], 1_080 },
        // A single question exactly at the limit is within it.
        { "one question exactly at the limit", [1_080, 1_081], [1], 1_080 },
        // Nothing fits.
        { "nothing fits", [2_000, 1_500], [], 0 },
    };

    [Theory]
    [MemberData(nameof(BestSubsetCases))]
    public void LargestSetWithin_FindsTheExactBest(string because, int[] minutes, int[] expectedQuestions, long expectedMinutes)
    {
        var questions = minutes.Select((m, i) => new QuestionCost(i + 1, m)).ToList();

        var best = CostAdvice.LargestSetWithin(questions, 1_080);

        Assert.True(expectedQuestions.SequenceEqual(best.Questions), $"{because}: got {string.Join(",", best.Questions)}");
        Assert.Equal(expectedMinutes, best.Minutes);
    }

    [Fact]
    public void LargestSetWithin_TwentyQuestions_NineUsingTheWholeLimit()
    {
        // Q1..Q20 take 20, 40, ..., 400 min. The ten smallest sum to 20 x (1+...+10) = 1,100 > 1,080, the nine smallest
        // to 900, so nine questions at most. Nine can use the whole 1,080 (= 20 x 54: nine distinct numbers summing to 54).
        // Lowest numbers first: Q1..Q8 (sum 36) and then Q18 (54 - 36).
        var questions = Enumerable.Range(1, 20).Select(n => new QuestionCost(n, 20 * n)).ToList();

        var best = CostAdvice.LargestSetWithin(questions, 1_080);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 18], best.Questions);
        Assert.Equal(1_080, best.Minutes);
    }

    [Fact]
    public void LargestSetWithin_AgreesWithBruteForceOnRandomCases()
    {
        // Independent oracle: try every subset and apply the stated order (count, then minutes, then lowest numbers).
        var random = new Random(20_261_127);
        for (var run = 0; run < 300; run++)
        {
            var n = random.Next(1, 11);
            var questions = Enumerable.Range(1, n).Select(q => new QuestionCost(q, random.Next(1, 700))).ToList();

            var best = CostAdvice.LargestSetWithin(questions, 1_080);

            Assert.Equal(BruteForce(questions, 1_080), best.Questions);
        }
    }

    [Fact]
    public void LargestSetWithin_MoreThanTwentyQuestions_Throws() =>
        Assert.Throws<ArgumentException>(() => CostAdvice.LargestSetWithin(Enumerable.Range(1, 21).Select(n => new QuestionCost(n, 1)).ToList(), 1_080));

    [Fact]
    public void Suggest_OneLineOfYears_NarrowsToOneYearInsteadOfSix()
    {
        // 6 years x 1,000 min = 6,000 > 1,080; floor((1,080 - 0) / 1,000) = 1 year.
        var estimate = Foia(Line(1, 6, 1_000, kind: UnitKind.Years, description: "Review of a year's case files", confirmed: true));

        var advice = CostAdvice.Suggest(estimate, FoiaOther);

        Assert.True(advice.NothingWithinLimit);
        var narrowing = Assert.Single(advice.Narrowing);
        Assert.Equal(new NarrowingSuggestion(1, 1, UnitKind.Years, 6, 1, NarrowingScope.WholeRequest), narrowing);
        Assert.Contains(advice.SuggestedWording, p => p.Contains("one year instead of six", StringComparison.Ordinal));
        Assert.Contains("We have not found a way to answer question 1 as it stands within the cost limit: on its own it would take more than 18.0 hours.", advice.SuggestedWording);
    }

    public static TheoryData<string, CostEstimate, string> NothingWithinLimitWording => new()
    {
        // FOI/DEMO/00007: one costed question (1,200 search records x 2 minutes = 40 hours); question 2 is NCND, not costed.
        { "one costed question", Foia(Line(1, 1_200, 2, kind: UnitKind.Other)), "We have not found a way to answer question 1 as it stands within the cost limit: on its own it would take more than 18.0 hours." },
        // 100 x 20 = 2,000 and 100 x 15 = 1,500 minutes: each over 1,080 on its own.
        { "two costed questions", Foia(Line(1, 100, 20), Line(2, 100, 15)), "We have not found a way to answer questions 1 and 2 as they stand within the cost limit: each of them on its own would take more than 18.0 hours." },
        // Questions 2 and 5 costed (100 x 11 = 1,100 and 100 x 12 = 1,200 minutes): only those are named.
        { "questions 2 and 5 costed", Foia(Line(2, 100, 11), Line(5, 100, 12)), "We have not found a way to answer questions 2 and 5 as they stand within the cost limit: each of them on its own would take more than 18.0 hours." },
    };

    [Theory]
    [MemberData(nameof(NothingWithinLimitWording))]
    public void Suggest_NothingWithinLimit_SpeaksOfTheCostedQuestionsOnly(string because, CostEstimate estimate, string expected)
    {
        var advice = CostAdvice.Suggest(estimate, FoiaOther);

        Assert.True(advice.NothingWithinLimit, because);
        Assert.Equal(expected, advice.SuggestedWording[0]);
    }

    [Fact]
    public void Suggest_Seed_EachQuestionOnItsOwnNarrowedToRecordsThatFit()
    {
        // Q4: 720 x 15 = 10,800; Q5: 720 x 20 = 14,400; Q3: 200 x 3 = 600. Total 25,800.
        // Best set: {3} (600). Q4 narrowed: the rest of the request (15,000) is over the limit, so on its own:
        // floor(1,080 / 15) = 72 records; Q5: floor(1,080 / 20) = 54 records. Q3 already fits on its own.
        var estimate = Foia(SeedQuestion4(), Line(5, 720, 20), Line(3, 200, 3));
        estimate.RecordSameOrSimilar([3, 4, 5], "All three concern online grooming offences", questionCount: 5);

        var advice = CostAdvice.Suggest(estimate, FoiaOther);

        Assert.Equal([3], advice.Answerable.Questions);
        Assert.Equal(
            [
                new NarrowingSuggestion(1, 4, UnitKind.Records, 720, 72, NarrowingScope.QuestionAlone),
                new NarrowingSuggestion(2, 5, UnitKind.Records, 720, 54, NarrowingScope.QuestionAlone),
            ],
            advice.Narrowing);
        Assert.Contains(advice.SuggestedWording, p => p.StartsWith("We could answer question 3 within the cost limit: we estimate this would take 10.0 hours of the 18.0 hours allowed", StringComparison.Ordinal));
        Assert.Contains(advice.SuggestedWording, p => p.Contains("72 records instead of 720, we estimate that we could answer question 4 on its own", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_NarrowingOneLineBringsWholeRequestWithin()
    {
        // Q1: one search of 300 min (not narrowable). Q2: 100 records x 10 = 1,000. Total 1,300.
        // Q2 narrowed: floor((1,080 - 300) / 10) = 78 records for the whole request.
        var estimate = Foia(Line(1, 1, 300, kind: UnitKind.Other), Line(2, 100, 10));
        estimate.RecordSameOrSimilar([1, 2], "Both concern the same crime records", questionCount: 2);

        var advice = CostAdvice.Suggest(estimate, FoiaOther);

        Assert.Equal([2], advice.Answerable.Questions); // one question; 1,000 min beats 300
        Assert.Equal(new NarrowingSuggestion(2, 2, UnitKind.Records, 100, 78, NarrowingScope.WholeRequest), Assert.Single(advice.Narrowing));
        Assert.Contains(advice.SuggestedWording, p => p.Contains("78 records instead of 100, we estimate that we could answer your whole request", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_NotOneUnitFits_NoNarrowing()
    {
        // 3 files x 1,200 min: floor(1,080 / 1,200) = 0 files: narrowing cannot help.
        var advice = CostAdvice.Suggest(Foia(Line(1, 3, 1_200, kind: UnitKind.Files, confirmed: true)), FoiaOther);

        Assert.Empty(advice.Narrowing);
        Assert.True(advice.NothingWithinLimit);
    }

    [Fact]
    public void Suggest_WithinLimit_SaysNoAdviceNeeded()
    {
        var advice = CostAdvice.Suggest(Foia(Line(1, 72, 15)), FoiaOther);

        Assert.True(advice.WholeRequestWithinLimit);
        Assert.Equal([1], advice.Answerable.Questions);
        Assert.Empty(advice.Narrowing);
    }

    [Fact]
    public void Suggest_Eir_LimitDoesNotApply()
    {
        var advice = CostAdvice.Suggest(Estimate(Regime.Eir, Line(1, 16_009, 5)), Eir);

        Assert.False(advice.LimitApplies);
        Assert.False(advice.NothingWithinLimit);
        Assert.Contains("regulation 9", Assert.Single(advice.SuggestedWording), StringComparison.Ordinal);
    }

    private static List<int> BruteForce(List<QuestionCost> questions, long max)
    {
        List<int> best = [];
        long bestMinutes = 0;
        for (var mask = 0; mask < 1 << questions.Count; mask++)
        {
            var set = Enumerable.Range(0, questions.Count).Where(i => (mask & (1 << i)) != 0).ToList();
            var minutes = set.Sum(i => questions[i].Minutes);
            if (minutes > max)
            {
                continue;
            }

            var numbers = set.Select(i => questions[i].QuestionNumber).ToList();
            var better = numbers.Count > best.Count
                || (numbers.Count == best.Count && minutes > bestMinutes)
                || (numbers.Count == best.Count && minutes == bestMinutes && LexLess(numbers, best));
            if (better)
            {
                best = numbers;
                bestMinutes = minutes;
            }
        }

        return best;
    }

    private static bool LexLess(List<int> a, List<int> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i])
            {
                return a[i] < b[i];
            }
        }

        return false;
    }
}
