using FoiPortal.Core.Costs;

namespace FoiPortal.Core.Tests.Costs;

public class CostFiguresTests
{
    [Theory]
    // Rule: exact minutes, rounded to 0.1 h only for display, half away from zero (one tenth = 6 minutes).
    [InlineData(0, "0.0")]
    [InlineData(2, "0.0")] // 0.0333
    [InlineData(3, "0.1")] // 0.05 exactly: half away from zero (banker's rounding would give 0.0)
    [InlineData(9, "0.2")] // 0.15
    [InlineData(15, "0.3")] // 0.25: half away from zero (banker's would give 0.2)
    [InlineData(57, "1.0")] // 0.95
    [InlineData(63, "1.1")] // 1.05
    [InlineData(1_080, "18.0")]
    [InlineData(1_081, "18.0")] // 18.0167: shows as 18.0 but exceeds (compared on minutes)
    [InlineData(10_800, "180.0")]
    [InlineData(80_045, "1,334.1")] // 1,334.0833
    [InlineData(80_043, "1,334.1")] // 1,334.05: half away from zero
    [InlineData(80_042, "1,334.0")] // 1,334.0333
    public void Hours_RoundsHalfAwayFromZeroToOneDecimal(long minutes, string expected) =>
        Assert.Equal(expected, CostFigures.Hours(minutes));

    [Theory]
    [InlineData("450", "£450")]
    [InlineData("4500", "£4,500")]
    [InlineData("33352.0833333", "£33,352.08")]
    [InlineData("0.125", "£0.13")] // half away from zero
    [InlineData("600.25", "£600.25")]
    [InlineData("75.5", "£75.50")] // GOV.UK style: £75.50, not £75.5
    public void Money_GovUkStyle(string amount, string expected) =>
        Assert.Equal(expected, CostFigures.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1, "one")]
    [InlineData(6, "six")]
    [InlineData(9, "nine")]
    [InlineData(10, "10")]
    [InlineData(720, "720")]
    [InlineData(16_009, "16,009")]
    public void CountInWords_WordsBelowTen(long value, string expected) =>
        Assert.Equal(expected, CostFigures.CountInWords(value));

    [Fact]
    public void QuestionList_JoinsWithAnd()
    {
        Assert.Equal("question 4", CostFigures.QuestionList([4]));
        Assert.Equal("questions 1, 2 and 3", CostFigures.QuestionList([1, 2, 3]));
    }
}
