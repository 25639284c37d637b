using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Tests.Requests;

public class ReferenceFormatTests
{
    [Theory]
    [InlineData(null, 2026, 42, "FOI/2026/00042")]
    [InlineData("FOI/{yyyy}/{n:00000}", 2026, 1, "FOI/2026/00001")]
    [InlineData("FOI/{yyyy}/{n:00000}", 2026, 123456, "FOI/2026/123456")]
    [InlineData("{n}/{yy}", 2023, 62, "62/23")]
    [InlineData("WMP-FOI-{n:0000}", 2026, 7, "WMP-FOI-0007")]
    public void Format_FillsYearAndNumber(string? pattern, int year, int number, string expected) =>
        Assert.Equal(expected, new ReferenceFormat(pattern).Format(year, number));

    [Fact]
    public void SequenceScope_RestartsEachYearOnlyWhenThePatternHasTheYear()
    {
        Assert.Equal("2026", new ReferenceFormat(null).SequenceScope(2026));
        Assert.Equal("2027", new ReferenceFormat("{n}/{yy}").SequenceScope(2027));
        Assert.Equal("all", new ReferenceFormat("WMP-{n:0000}").SequenceScope(2026));
    }

    [Fact]
    public void Pattern_WithoutNumber_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ReferenceFormat("FOI/{yyyy}"));

    [Fact]
    public void Format_RejectsZero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceFormat(null).Format(2026, 0));
}
