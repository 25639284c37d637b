using FoiPortal.Core.Responses;

namespace FoiPortal.Core.Tests.Responses;

public sealed class ResponsePlaceholdersTests
{
    [Fact]
    public void Answer_IsTheFirstDraftsWording()
    {
        Assert.Equal("[Answer to question 3]", ResponsePlaceholders.Answer(3));
    }

    [Theory]
    [InlineData("1. [Answer to question 1]\n2. 298.", new[] { "[Answer to question 1]" })]
    [InlineData("[ANSWER TO QUESTION 12] and [answer to  question 2 ]", new[] { "[ANSWER TO QUESTION 12]", "[answer to  question 2 ]" })]
    [InlineData("1. 312 offences [sic].\n2. Answer to question 2: 298.", new string[0])]
    [InlineData("", new string[0])]
    public void Find_RecognisesEveryPlaceholderTheComposerWrites(string text, string[] expected)
    {
        Assert.Equal(expected, ResponsePlaceholders.Find(text));
    }

    [Fact]
    public void Find_RecognisesWhatAnswerWrites()
    {
        Assert.Equal([ResponsePlaceholders.Answer(7)], ResponsePlaceholders.Find($"7. {ResponsePlaceholders.Answer(7)}"));
    }
}
