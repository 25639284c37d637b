using System.Globalization;

namespace FoiPortal.Core.Costs;

/// <summary>
/// How figures are shown. Everything is computed on exact whole minutes; rounding happens only here, for display,
/// and never feeds back into a comparison with the limit.
/// </summary>
public static class CostFigures
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] SmallNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>
    /// Hours to one decimal place, rounding half away from zero on the exact minutes: tenths = floor((minutes + 3) / 6),
    /// because one tenth of an hour is 6 minutes and minutes are never negative. 3 minutes (0.05 h) shows as 0.1;
    /// 80,045 minutes (1,334.083 h) as 1,334.1.
    /// </summary>
    public static long TenthsOfAnHour(long minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        return (minutes + 3) / 6;
    }

    /// <summary>"1,334.1": always one decimal place, thousands separated.</summary>
    public static string Hours(long minutes)
    {
        var tenths = TenthsOfAnHour(minutes);
        return (tenths / 10).ToString("#,0", EnGb) + "." + (tenths % 10).ToString(EnGb);
    }

    /// <summary>"180.0 hours", "0.1 hours".</summary>
    public static string HoursWithUnit(long minutes) => Hours(minutes) + (TenthsOfAnHour(minutes) == 10 ? " hour" : " hours");

    /// <summary>
    /// Pounds in GOV.UK style: whole pounds without pence ("£450"), otherwise two places ("£33,352.08"),
    /// rounded half away from zero to the penny for display only.
    /// </summary>
    public static string Money(decimal amount)
    {
        var pence = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var format = pence == decimal.Truncate(pence) ? "#,0" : "#,0.00";
        return "£" + pence.ToString(format, EnGb);
    }

    /// <summary>"1,080"</summary>
    public static string Count(long value) => value.ToString("#,0", EnGb);

    /// <summary>GOV.UK style for a count in running text: words for zero to nine ("one year instead of six"), numerals from 10.</summary>
    public static string CountInWords(long value) =>
        value is >= 0 and < 10 ? SmallNumbers[value] : Count(value);

    /// <summary>"questions 1, 2 and 3", "question 4".</summary>
    public static string QuestionList(IReadOnlyList<int> questionNumbers)
    {
        var numbers = questionNumbers.Select(n => n.ToString(EnGb)).ToList();
        return numbers.Count switch
        {
            0 => "no questions",
            1 => "question " + numbers[0],
            _ => "questions " + string.Join(", ", numbers.Take(numbers.Count - 1)) + " and " + numbers[^1],
        };
    }
}
