namespace FoiPortal.Core.Statistics;

/// <summary>The ICO's rating of timeliness (FOI self-assessment toolkit, topic 1: timeliness, response rates).</summary>
public enum IcoBand
{
    Good,
    Adequate,
    Unsatisfactory,
}

/// <summary>
/// The one place for the ICO thresholds. ICO self-assessment toolkit, timeliness: 95% or more of requests answered within
/// 20 working days is "good", 90% to 95% "adequate", below 90% "unsatisfactory"; the ICO monitors authorities below 90%.
/// https://ico.org.uk/for-organisations/foi/foi-self-assessment-toolkit/topic-1-timeliness/response-rates
/// The same bands are used for internal reviews.
/// </summary>
public static class IcoTimeliness
{
    public const int GoodFromPercent = 95;
    public const int AdequateFromPercent = 90;

    /// <summary>The band for <paramref name="onTime"/> of <paramref name="total"/>, compared exactly (no rounding); null when there is nothing to rate.</summary>
    public static IcoBand? Band(int onTime, int total) =>
        total <= 0 ? null
        : onTime * 100L >= GoodFromPercent * (long)total ? IcoBand.Good
        : onTime * 100L >= AdequateFromPercent * (long)total ? IcoBand.Adequate
        : IcoBand.Unsatisfactory;

    /// <summary>The percentage to one decimal place (half away from zero); null when there is nothing to rate.</summary>
    public static decimal? Percent(int part, int total) =>
        total <= 0 ? null : Math.Round(part * 100m / total, 1, MidpointRounding.AwayFromZero);

    public static string Describe(this IcoBand band) => band switch
    {
        IcoBand.Good => "Good",
        IcoBand.Adequate => "Adequate",
        _ => "Unsatisfactory",
    };
}
