using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Tests.Requests;

public class QuestionParserTests
{
    [Fact]
    public void UnnumberedText_IsOneQuestion() =>
        Assert.Equal(["Please send me the force's overtime policy."], QuestionParser.Parse("  Please send me the force's overtime policy.  "));

    [Fact]
    public void NumberedLines_BecomeSeparateQuestionsWithoutTheirNumbers() =>
        Assert.Equal(
            ["How many cases in 2022?", "The age of the victims.", "The methods used."],
            QuestionParser.Parse("1. How many cases in 2022?\r\n2) The age of the victims.\n(3) The methods used."));

    [Fact]
    public void ContinuationLines_StayWithTheirQuestion() =>
        Assert.Equal(
            ["How many people were arrested\nand how many were sentenced?", "Websites taken down."],
            QuestionParser.Parse("1. How many people were arrested\nand how many were sentenced?\n\n\n2. Websites taken down."));

    [Fact]
    public void PreambleBeforeTheFirstNumber_IsItsOwnPart() =>
        Assert.Equal(
            ["Under the FOI Act please tell me:", "The total for 2022."],
            QuestionParser.Parse("Under the FOI Act please tell me:\n1. The total for 2022."));

    [Fact]
    public void NumbersInsideSentences_DoNotSplit() =>
        Assert.Equal(["The total for 2022. 2021 too."], QuestionParser.Parse("The total for 2022. 2021 too."));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n \n ")]
    [InlineData("1.\n2.")]
    public void NothingWritten_IsNoQuestions(string? text) => Assert.Empty(QuestionParser.Parse(text));

    // Issue 18: each numbering style people use, at the start of a line.
    [Theory]
    [InlineData("Q1: How many arrests?\nQ2: How many charges?")]
    [InlineData("Q1. How many arrests?\nQ 2) How many charges?")]
    [InlineData("Question 1: How many arrests?\nQuestion 2: How many charges?")]
    [InlineData("1) How many arrests?\n2) How many charges?")]
    [InlineData("(a) How many arrests?\n(b) How many charges?")]
    [InlineData("a) How many arrests?\nb) How many charges?")]
    [InlineData("A) How many arrests?\nB) How many charges?")]
    [InlineData("a. How many arrests?\nb. How many charges?")]
    [InlineData("- How many arrests?\n- How many charges?")]
    [InlineData("* How many arrests?\n* How many charges?")]
    [InlineData("• How many arrests?\n• How many charges?")]
    public void EachNumberingStyle_SplitsIntoQuestionsWithoutTheirMarkers(string text) =>
        Assert.Equal(["How many arrests?", "How many charges?"], QuestionParser.Parse(text));

    [Theory]
    [InlineData("Please tell me Q1: how many arrests? Q2: how many charges?")]
    [InlineData("Please tell me a) how many arrests? b) how many charges?")]
    [InlineData("Please tell me (a) how many arrests? (b) how many charges?")]
    [InlineData("Please tell me 1) how many arrests? 2) how many charges?")]
    public void QuestionsTypedOnOneLine_AreSplitWhereTheirMarkersRunInOrder(string text) =>
        Assert.Equal(["Please tell me", "how many arrests?", "how many charges?"], QuestionParser.Parse(text));

    [Theory]
    // A letter or a number inside a sentence, not in order from the first, is not a marker.
    [InlineData("The figures for plan b) and the 2) appendix.")]
    [InlineData("Figures under section 40(2) and (3A) of the Act, and s.12 (1) too.")]
    [InlineData("Q4 2023 figures for the area, please.")]
    [InlineData("J. Smith asked for the same figures.")]
    public void MarkersThatDoNotRunInOrder_DoNotSplit(string text) =>
        Assert.Equal([text], QuestionParser.Parse(text));

    [Fact]
    public void PartsUnderANumberedQuestion_StayWithIt_MarkersAndAll() =>
        Assert.Equal(
            ["How many arrests were there:\n(a) in 2022\n(b) in 2023", "How many charges?\n- by offence\n- by age"],
            QuestionParser.Parse("1. How many arrests were there:\n(a) in 2022\n(b) in 2023\n2. How many charges?\n- by offence\n- by age"));

    [Fact]
    public void PartsTypedOnTheQuestionsLine_GoOnLinesOfTheirOwnWithinIt() =>
        Assert.Equal(
            ["How many arrests were there\n(a) in 2022\n(b) in 2023?", "How many charges?"],
            QuestionParser.Parse("1. How many arrests were there (a) in 2022 (b) in 2023?\n2. How many charges?"));

    [Fact]
    public void TheSeedRequest_62A23_KeepsItsFiveQuestions()
    {
        var text = "1. The total number of online grooming cases (Sexual Communication with a Child offences) recorded in 2022, 2021, 2020, 2019, 2018, 2017.\n"
            + "2. The age of the victims in these cases each year and the proportion of the victims that identified themselves as each gender category, where these details were recorded.\n"
            + "3. The methods, social media platforms and websites used in these offences each year where the means of communication was known/recorded. Ideally broken down as percentages, such as Snapchat was used in 30% of offences, Facebook was used in 17%.\n"
            + "4. How many people were arrested in relation to these crimes in each year, how many were found guilty and sentenced and how many are still ongoing\n"
            + "5. How many websites or other means of communication were taken down in each year in relation to these offences.";

        var questions = QuestionParser.Parse(text);

        Assert.Equal(5, questions.Count);
        Assert.StartsWith("The total number of online grooming cases", questions[0], StringComparison.Ordinal);
        Assert.StartsWith("How many websites", questions[4], StringComparison.Ordinal);
    }
}
