using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Costs;

/// <summary>
/// The cost limit that applies to a request: the money amount, the hourly rate for staff time, and so the
/// largest number of whole minutes that is still within the limit. Comparisons use exact minutes.
/// </summary>
public sealed record AppropriateLimit
{
    /// <summary>FOIA: SI 2004/3244 reg 4(4): staff time is estimated at £25 per person per hour.</summary>
    public const decimal FoiaHourlyRate = 25m;

    /// <summary>FOIA: SI 2004/3244 reg 3(2): £600 for authorities in Part I of Schedule 1.</summary>
    public const decimal FoiaCentralGovernmentLimit = 600m;

    /// <summary>FOIA: SI 2004/3244 reg 3(3): £450 for every other authority.</summary>
    public const decimal FoiaOtherLimit = 450m;

    /// <summary>FOISA: SSI 2004/467 reg 5: the prescribed amount is £600 for every Scottish authority.</summary>
    public const decimal FoisaLimit = 600m;

    /// <summary>FOISA: SSI 2004/467 reg 3(2)(b): staff time may not be costed at more than £15 per hour per member of staff.</summary>
    public const decimal FoisaMaximumHourlyRate = 15m;

    private AppropriateLimit(Regime regime, AuthorityType authorityType, decimal? amount, decimal hourlyRate)
    {
        Regime = regime;
        AuthorityType = authorityType;
        Amount = amount;
        HourlyRate = hourlyRate;
    }

    public Regime Regime { get; }

    public AuthorityType AuthorityType { get; }

    /// <summary>The limit in pounds, or null under the EIR, which have no cost limit.</summary>
    public decimal? Amount { get; }

    /// <summary>
    /// Pounds per hour of staff time. Under the EIR there is no prescribed rate; £25 is used to show an indicative cost,
    /// because the ICO treats the FOIA Fees Regulations as a useful starting point for reg 12(4)(b).
    /// </summary>
    public decimal HourlyRate { get; }

    public bool HasLimit => Amount is not null;

    /// <summary>
    /// The largest whole number of minutes within the limit: floor(amount x 60 / rate). FOIA £450 at £25: 1,080 (18 hours);
    /// £600 at £25: 1,440 (24 hours); FOISA £600 at £15: 2,400 (40 hours). Null when there is no limit.
    /// Because estimates are whole minutes, "minutes x rate / 60 > amount" is exactly "minutes > MaxMinutes".
    /// </summary>
    public long? MaxMinutes => Amount is { } amount ? (long)decimal.Floor(amount * 60m / HourlyRate) : null;

    /// <summary>
    /// Which activities count. FOISA (SSI 2004/467 reg 3) counts locating, retrieving and providing only: not
    /// determining whether the information is held, nor extracting; FOIA (SI 2004/3244 reg 4(3)) and the EIR do not count providing.
    /// </summary>
    public bool Counts(CostActivity activity) => Regime == Regime.Foisa
        ? activity is CostActivity.Locating or CostActivity.Retrieving or CostActivity.Providing
        : activity != CostActivity.Providing;

    /// <summary>
    /// Money form of the s.12(1) test, for FOISA, where each line has its own staff rate: <paramref name="costTimesSixty"/>
    /// (minutes x pounds an hour, summed) exceeds the limit when it is more than amount x 60. Exactly at the limit is within it.
    /// </summary>
    public bool IsExceededByCostTimesSixty(decimal costTimesSixty) => Amount is { } amount && costTimesSixty > amount * 60m;

    /// <summary>
    /// FOIA s.12(1) and FOISA s.12(1): the duty falls away only where the cost "would exceed" the limit, so an estimate
    /// exactly at the limit is within it. Always false under the EIR.
    /// </summary>
    public bool IsExceededBy(long minutes) => MaxMinutes is { } max && minutes > max;

    /// <summary>Exact cost of <paramref name="minutes"/> of staff time at <see cref="HourlyRate"/>; round only for display.</summary>
    public decimal CostOf(long minutes) => minutes * HourlyRate / 60m;

    /// <summary>The statute and regulations, for letters: e.g. "section 12 of the Freedom of Information Act 2000".</summary>
    public string ActCitation => Regime switch
    {
        Regime.Foia => "section 12 of the Freedom of Information Act 2000",
        Regime.Foisa => "section 12 of the Freedom of Information (Scotland) Act 2002",
        Regime.Eir => "regulation 12(4)(b) of the Environmental Information Regulations 2004",
        _ => throw new InvalidOperationException("Unknown regime."),
    };

    public string RegulationsCitation => Regime switch
    {
        Regime.Foia => "the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 (SI 2004/3244)",
        Regime.Foisa => "the Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004 (SSI 2004/467)",
        Regime.Eir => "none: the Environmental Information Regulations 2004 set no cost limit",
        _ => throw new InvalidOperationException("Unknown regime."),
    };

    /// <summary>One or two sentences for the estimate page saying which limit applies and why.</summary>
    public string Explanation => Regime switch
    {
        Regime.Foia when AuthorityType == AuthorityType.CentralGovernment =>
            $"The limit is £600, which is {CostFigures.HoursWithUnit(MaxMinutes!.Value)} of staff time at £25 an hour, because the authority is listed in Part I of Schedule 1 to the Act (regulations 3(2) and 4(4) of SI 2004/3244).",
        Regime.Foia =>
            $"The limit is £450, which is {CostFigures.HoursWithUnit(MaxMinutes!.Value)} of staff time at £25 an hour (regulations 3(3) and 4(4) of SI 2004/3244).",
        Regime.Foisa =>
            "The limit is £600. Staff time is costed at the actual hourly cost of each member of staff, but at no more than £15 an hour, "
            + $"so the limit is at least {CostFigures.HoursWithUnit(MaxMinutes!.Value)} of work (regulations 3 and 5 of SSI 2004/467). "
            + "Time spent locating, retrieving and providing the information counts; time spent finding out whether it is held does not.",
        Regime.Eir =>
            "The Environmental Information Regulations have no cost limit. A large estimate can support refusing the request as manifestly unreasonable "
            + "under regulation 12(4)(b), but only after the public interest test (regulation 12(1)(b)). The cost shown is at £25 an hour, for comparison with the FOIA limit.",
        _ => throw new InvalidOperationException("Unknown regime."),
    };

    /// <summary>
    /// The limit for a regime and authority type. <paramref name="foisaStaffHourlyRate"/> is the authority's actual
    /// staff cost under FOISA, capped at £15 (reg 3(2)(b)); it defaults to the cap and is ignored for FOIA and the EIR.
    /// </summary>
    public static AppropriateLimit For(Regime regime, AuthorityType authorityType, decimal? foisaStaffHourlyRate = null)
    {
        if (!Enum.IsDefined(authorityType))
        {
            throw new ArgumentOutOfRangeException(nameof(authorityType), authorityType, "Unknown authority type.");
        }

        switch (regime)
        {
            case Regime.Foia:
                // SI 2004/3244 reg 3(2), 3(3) and 4(4).
                return new AppropriateLimit(regime, authorityType, authorityType == AuthorityType.CentralGovernment ? FoiaCentralGovernmentLimit : FoiaOtherLimit, FoiaHourlyRate);
            case Regime.Foisa:
                var rate = foisaStaffHourlyRate ?? FoisaMaximumHourlyRate;
                if (rate <= 0m || rate > FoisaMaximumHourlyRate)
                {
                    throw new ArgumentOutOfRangeException(nameof(foisaStaffHourlyRate), rate, "The FOISA staff rate must be more than £0 and no more than £15 an hour (SSI 2004/467 reg 3(2)(b)).");
                }

                return new AppropriateLimit(regime, authorityType, FoisaLimit, rate);
            case Regime.Eir:
                // EIR: no appropriate limit; reg 12(4)(b) manifestly unreasonable instead.
                return new AppropriateLimit(regime, authorityType, amount: null, FoiaHourlyRate);
            default:
                throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime.");
        }
    }
}
