using FoiPortal.Core.Costs;
using FoiPortal.Core.Statute;
using static FoiPortal.Core.Tests.Costs.CostBuilders;

namespace FoiPortal.Core.Tests.Costs;

public class AppropriateLimitTests
{
    [Theory]
    // FOIA SI 2004/3244 reg 3(3), 4(4): £450 / £25 = 18 h = 1,080 min.
    [InlineData(Regime.Foia, AuthorityType.Other, 450, 25, 1080)]
    // FOIA reg 3(2): Schedule 1 Part I, £600 / £25 = 24 h = 1,440 min.
    [InlineData(Regime.Foia, AuthorityType.CentralGovernment, 600, 25, 1440)]
    // FOISA SSI 2004/467 reg 5 and 3(2)(b): £600 / £15 = 40 h = 2,400 min, whatever the authority type.
    [InlineData(Regime.Foisa, AuthorityType.Other, 600, 15, 2400)]
    [InlineData(Regime.Foisa, AuthorityType.CentralGovernment, 600, 15, 2400)]
    public void For_RegimeAndAuthority_GivesAmountRateAndMinutes(Regime regime, AuthorityType type, int amount, int rate, long maxMinutes)
    {
        var limit = AppropriateLimit.For(regime, type);

        Assert.True(limit.HasLimit);
        Assert.Equal(amount, limit.Amount);
        Assert.Equal(rate, limit.HourlyRate);
        Assert.Equal(maxMinutes, limit.MaxMinutes);
    }

    [Theory]
    // "Would exceed" means more than: the limit itself is within it.
    [InlineData(AuthorityType.Other, 1080, false)]
    [InlineData(AuthorityType.Other, 1081, true)]
    [InlineData(AuthorityType.CentralGovernment, 1440, false)]
    [InlineData(AuthorityType.CentralGovernment, 1441, true)]
    public void IsExceededBy_Foia_OnlyAboveTheLimit(AuthorityType type, long minutes, bool exceeds) =>
        Assert.Equal(exceeds, AppropriateLimit.For(Regime.Foia, type).IsExceededBy(minutes));

    [Theory]
    // 40 h x £15 = £600: within; 40 h 1 min = £600.25: exceeds.
    [InlineData(2400, false)]
    [InlineData(2401, true)]
    public void IsExceededBy_FoisaAtTheFifteenPoundCap_FortyHoursIsWithin(long minutes, bool exceeds) =>
        Assert.Equal(exceeds, Foisa.IsExceededBy(minutes));

    [Fact]
    public void For_FoisaWithLowerStaffRate_GivesMoreHoursRoundedDown()
    {
        // £600 x 60 / £14 = 2,571.43 min -> 2,571 whole minutes (2,571 x 14 / 60 = £599.90; 2,572 -> £600.13).
        var limit = AppropriateLimit.For(Regime.Foisa, AuthorityType.Other, foisaStaffHourlyRate: 14m);

        Assert.Equal(2571, limit.MaxMinutes);
        Assert.False(limit.IsExceededBy(2571));
        Assert.True(limit.IsExceededBy(2572));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(0)]
    [InlineData(-1)]
    public void For_FoisaRateOutsideCap_Throws(int rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AppropriateLimit.For(Regime.Foisa, AuthorityType.Other, rate));

    [Fact]
    public void For_Eir_HasNoLimitAndIsNeverExceeded()
    {
        Assert.False(Eir.HasLimit);
        Assert.Null(Eir.Amount);
        Assert.Null(Eir.MaxMinutes);
        Assert.False(Eir.IsExceededBy(10_000_000));
        Assert.Contains("12(4)(b)", Eir.Explanation, StringComparison.Ordinal);
        Assert.Contains("manifestly unreasonable", Eir.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_Foisa_LeavesOutDeterminingWhetherHeld()
    {
        Assert.False(Foisa.Counts(CostActivity.DeterminingWhetherHeld));
        Assert.True(Foisa.Counts(CostActivity.Locating));
        Assert.True(FoiaOther.Counts(CostActivity.DeterminingWhetherHeld));
    }

    [Theory]
    // 10,800 min x £25 / 60 = £4,500 exactly; 80,045 x 25 / 60 = £33,352.0833...
    [InlineData(10_800, "4500")]
    [InlineData(1_080, "450")]
    public void CostOf_Foia_WholePounds(long minutes, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FoiaOther.CostOf(minutes));

    [Fact]
    public void CostOf_Foia_RecurringPenceAreKeptUnrounded() =>
        // 80,045 x 25 / 60 = 2,001,125 / 60 = 33,352.08333...: not rounded to the penny in the arithmetic.
        Assert.Equal(33352.0833m, Math.Round(FoiaOther.CostOf(80_045), 4));

    [Fact]
    public void Explanation_Foia_StatesMoneyHoursAndRegulations()
    {
        Assert.Contains("£450", FoiaOther.Explanation, StringComparison.Ordinal);
        Assert.Contains("18.0 hours", FoiaOther.Explanation, StringComparison.Ordinal);
        Assert.Contains("£600", FoiaCentral.Explanation, StringComparison.Ordinal);
        Assert.Contains("24.0 hours", FoiaCentral.Explanation, StringComparison.Ordinal);
        Assert.Contains("Schedule 1", FoiaCentral.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyRedactionDoesNotCount_CitesRegulationAndTribunal()
    {
        Assert.Contains("regulation 4(3)", CostActivities.WhyRedactionDoesNotCount, StringComparison.Ordinal);
        Assert.Contains("EA/2009/0029", CostActivities.WhyRedactionDoesNotCount, StringComparison.Ordinal);
        // reg 4(3)(a) to (d), and FOISA's providing (SSI 2004/467 reg 3), offered only under FOISA.
        Assert.Equal(5, CostActivities.All.Count);
    }
}
