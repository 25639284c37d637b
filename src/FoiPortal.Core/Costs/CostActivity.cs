namespace FoiPortal.Core.Costs;

/// <summary>
/// The only activities whose time counts towards the appropriate limit: FOIA Fees Regulations
/// (SI 2004/3244) reg 4(3)(a) to (d). There is deliberately no value for redaction or for considering exemptions.
/// </summary>
public enum CostActivity
{
    /// <summary>reg 4(3)(a): determining whether the authority holds the information. Does not count under FOISA.</summary>
    DeterminingWhetherHeld,

    /// <summary>reg 4(3)(b): locating the information, or a document which may contain it.</summary>
    Locating,

    /// <summary>reg 4(3)(c): retrieving the information, or a document which may contain it.</summary>
    Retrieving,

    /// <summary>reg 4(3)(d): extracting the information from a document containing it.</summary>
    Extracting,

    /// <summary>
    /// FOISA only: SSI 2004/467 reg 3(1) counts the cost of locating, retrieving and providing the information.
    /// The FOIA regulations (SI 2004/3244 reg 4(3)) do not list providing, and the EIR have no cost limit.
    /// </summary>
    Providing,
}

/// <summary>Plain-English labels and explanations of <see cref="CostActivity"/> for forms and letters.</summary>
public static class CostActivities
{
    /// <summary>
    /// Shown on the estimate form. Reg 4(3) lists four activities and no others; the ICO and the Tribunal
    /// (South Yorkshire Police v IC, EA/2009/0029) hold that redaction and considering exemptions are not among them.
    /// </summary>
    public const string WhyRedactionDoesNotCount =
        "You can only count time spent finding out whether the information is held, and locating, retrieving "
        + "and extracting it (regulation 4(3) of the Fees Regulations). Time spent redacting information or "
        + "deciding whether an exemption applies does not count towards the cost limit, so you cannot enter it "
        + "(Information Commissioner's guidance on section 12; South Yorkshire Police v Information Commissioner, EA/2009/0029).";

    /// <summary>FOISA: the Fees for Required Disclosure (Scotland) Regulations 2004 (SSI 2004/467) reg 3(2)(a) leaves out the cost of determining whether the information is held.</summary>
    public const string WhyDeterminingWhetherHeldDoesNotCountUnderFoisa =
        "Under the Freedom of Information (Scotland) Act 2002, time spent finding out whether the information is held "
        + "does not count towards the cost limit (regulation 3(2)(a) of the Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004).";

    /// <summary>FOISA: SSI 2004/467 reg 3 costs locating, retrieving and providing the information, and nothing else.</summary>
    public const string WhyExtractingDoesNotCountUnderFoisa =
        "Under the Freedom of Information (Scotland) Act 2002, only time spent locating, retrieving and providing the information "
        + "counts (regulation 3 of SSI 2004/467): choose locating, retrieving or providing";

    /// <summary>FOIA and the EIR: SI 2004/3244 reg 4(3) counts finding out whether held, locating, retrieving and extracting; not providing.</summary>
    public const string WhyProvidingCountsOnlyUnderFoisa =
        "Time spent providing the information counts only under the Freedom of Information (Scotland) Act 2002 "
        + "(regulation 3 of SSI 2004/467): choose finding out whether the information is held, locating, retrieving or extracting";

    public static IReadOnlyList<CostActivity> All { get; } =
        [CostActivity.DeterminingWhetherHeld, CostActivity.Locating, CostActivity.Retrieving, CostActivity.Extracting, CostActivity.Providing];

    /// <summary>Radio label, e.g. "Locating the information".</summary>
    public static string Label(CostActivity activity) => activity switch
    {
        CostActivity.DeterminingWhetherHeld => "Finding out whether the information is held",
        CostActivity.Locating => "Locating the information",
        CostActivity.Retrieving => "Retrieving the information",
        CostActivity.Extracting => "Extracting the information",
        CostActivity.Providing => "Providing the information",
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, "Unknown cost activity."),
    };

    /// <summary>Lower-case phrase for sentences, e.g. "locating".</summary>
    public static string InSentence(CostActivity activity) => activity switch
    {
        CostActivity.DeterminingWhetherHeld => "finding out whether the information is held",
        CostActivity.Locating => "locating",
        CostActivity.Retrieving => "retrieving",
        CostActivity.Extracting => "extracting",
        CostActivity.Providing => "providing",
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, "Unknown cost activity."),
    };
}
