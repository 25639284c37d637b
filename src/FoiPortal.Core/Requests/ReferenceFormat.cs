using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiPortal.Core.Requests;

/// <summary>
/// Turns a sequence number into a readable reference. The pattern is configurable
/// (<c>Requests:ReferenceFormat</c>): <c>{yyyy}</c> or <c>{yy}</c> for the year and <c>{n:00000}</c> for the number,
/// e.g. the default <c>FOI/{yyyy}/{n:00000}</c> gives <c>FOI/2026/00042</c>.
/// </summary>
public sealed partial class ReferenceFormat
{
    public const string Default = "FOI/{yyyy}/{n:00000}";

    private readonly string _pattern;

    public ReferenceFormat(string? pattern)
    {
        _pattern = string.IsNullOrWhiteSpace(pattern) ? Default : pattern;
        if (!NumberToken().IsMatch(_pattern))
        {
            throw new ArgumentException("A reference format must contain {n} or {n:000...} for the sequence number.", nameof(pattern));
        }
    }

    /// <summary>Numbers restart each year when the pattern contains the year; otherwise they run on.</summary>
    public string SequenceScope(int year) => _pattern.Contains("{yy", StringComparison.Ordinal) ? year.ToString(CultureInfo.InvariantCulture) : "all";

    public string Format(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        var text = _pattern
            .Replace("{yyyy}", year.ToString("0000", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{yy}", (year % 100).ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return NumberToken().Replace(text, m =>
        {
            var digits = m.Groups["fmt"].Success ? m.Groups["fmt"].Value : "0";
            return number.ToString(digits, CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex(@"\{n(?::(?<fmt>0+))?\}")]
    private static partial Regex NumberToken();
}
