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
}
