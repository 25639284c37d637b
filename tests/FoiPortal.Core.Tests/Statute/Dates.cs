using System.Globalization;

namespace FoiPortal.Core.Tests.Statute;

internal static class Dates
{
    public static DateOnly D(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
