using System.Globalization;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Statute.Dates;

namespace FoiPortal.Core.Tests.Statute;

public class UkLocalDateTests
{
    // UK clocks go forward at 01:00 UTC on the last Sunday in March (29 Mar 2026) and back at 01:00 UTC on the
    // last Sunday in October (25 Oct 2026). BST = UTC+1, GMT = UTC+0.
    [Theory]
    [InlineData("2026-01-15T23:30:00Z", "2026-01-15")] // 23:30 GMT
    [InlineData("2026-01-16T00:30:00Z", "2026-01-16")] // 00:30 GMT
    [InlineData("2026-03-28T23:30:00Z", "2026-03-28")] // 23:30 GMT, the night before the change
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29")] // 00:30 GMT, just before the change
    [InlineData("2026-03-29T22:30:00Z", "2026-03-29")] // 23:30 BST on the first BST evening
    [InlineData("2026-03-29T23:30:00Z", "2026-03-30")] // 00:30 BST Monday
    [InlineData("2026-07-01T22:30:00Z", "2026-07-01")] // 23:30 BST
    [InlineData("2026-07-01T23:30:00+01:00", "2026-07-01")] // 23:30 BST given as local time
    [InlineData("2026-07-01T23:30:00Z", "2026-07-02")] // 00:30 BST: already the next UK date
    [InlineData("2026-10-24T22:30:00Z", "2026-10-24")] // 23:30 BST Saturday
    [InlineData("2026-10-24T23:30:00Z", "2026-10-25")] // 00:30 BST Sunday
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25")] // 01:30 BST, the hour that repeats
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // 23:30 GMT after the change
    [InlineData("2026-12-31T23:59:59-05:00", "2027-01-01")] // New York evening is 04:59 GMT next day
    public void FromInstant_GivesTheUkDate(string instant, string ukDate)
    {
        var parsed = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

        Assert.Equal(D(ukDate), UkLocalDate.FromInstant(parsed));
    }
}
