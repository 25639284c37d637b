using System.Globalization;

namespace FoiPortal.Core.Regulator;

internal static class RegulatorText
{
    public static string Full(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Cut to fit a column, with an ellipsis when cut.</summary>
    public static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
