using FoiPortal.Core.Calendar;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Calendar;

/// <summary>
/// Issue 13, rule 5 part 3: FOIA s.10(6) counts as non-working only bank holidays under the Banking and Financial
/// Dealings Act 1971 (with Christmas Day, Good Friday and weekends), so an admin's change must name the proclamation
/// (s.1(3) of the 1971 Act) or announcement it comes from; office closure days are working days.
/// </summary>
public class CalendarSourceTests
{
    private static readonly DateTime At = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void WhySourceRefused_S10_6_NoProclamation_AsksForIt(string? source) =>
        Assert.Equal(
            "Enter the proclamation or announcement the change comes from, for example the Royal Proclamation of the bank holiday for the Coronation on 8 May 2023",
            CalendarAdjustmentRules.WhySourceRefused(source));

    [Theory]
    [InlineData(300, null)]
    [InlineData(301, "The proclamation or announcement must be 300 characters or fewer")]
    public void WhySourceRefused_S10_6_Length(int length, string? expected) =>
        Assert.Equal(expected, CalendarAdjustmentRules.WhySourceRefused(new string('p', length)));

    [Fact]
    public void WhySourceRefused_S10_6_ControlCharacters_AreRefused() =>
        Assert.Equal("The proclamation or announcement must not include hidden or control characters", CalendarAdjustmentRules.WhySourceRefused("Proclamation\u0007"));

    [Fact]
    public void Record_S10_6_WithProclamation_StoresItTrimmed()
    {
        var record = new CalendarAdjustmentRecord(
            new DateOnly(2023, 5, 8), AdjustmentKind.ExtraNonWorkingDay, CalendarScope.AllUk, "Coronation of King Charles III",
            "  Royal Proclamation under s.1(3) Banking and Financial Dealings Act 1971  ", "admin-id", At);

        Assert.Equal("Royal Proclamation under s.1(3) Banking and Financial Dealings Act 1971", record.Source);
    }

    [Fact]
    public void Record_S10_6_OfficeClosureWithoutProclamation_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => new CalendarAdjustmentRecord(
            new DateOnly(2026, 12, 29), AdjustmentKind.ExtraNonWorkingDay, CalendarScope.AllUk, "Office closed between Christmas and New Year", " ", "admin-id", At));

        Assert.StartsWith("Enter the proclamation or announcement", ex.Message, StringComparison.Ordinal);
    }
}
