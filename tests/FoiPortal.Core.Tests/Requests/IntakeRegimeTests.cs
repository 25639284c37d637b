using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>
/// Issue 13, the regime at intake: a new request starts under the authority's default regime. Dates by hand for
/// August 2026: Mon 3 Aug is Scotland's summer bank holiday, Mon 31 Aug the summer bank holiday in England, Wales
/// and Northern Ireland. Received Tue 4 Aug, day 1 is Wed 5 Aug: 5-7 Aug (3), 10-14 (8), 17-21 (13), 24-28 (18).
/// FOISA s.73 skips Scottish bank holidays only, so Mon 31 Aug is day 19 and Tue 1 Sep day 20. FOIA s.10(6) skips a
/// bank holiday in any part of the UK, so 31 Aug does not count: Tue 1 Sep is day 19 and Wed 2 Sep day 20.
/// </summary>
public class IntakeRegimeTests
{
    private static readonly DateTimeOffset Received = new(2026, 8, 4, 9, 0, 0, TimeSpan.Zero);

    private static FoiRequest Submit(Regime regime) =>
        FoiRequest.Submit(
            "FOI/2026/00200", new Requester("Morag Brown", "morag@example.org", null), "Intake", ["Question one"],
            PreferredFormat.Email, Channel.Web, Received, WorkingDayCalendar.ForRegime(regime), TrackingToken.Create().Hash, regime);

    [Theory]
    [InlineData(Regime.Foia, 2026, 9, 2)]
    [InlineData(Regime.Foisa, 2026, 9, 1)]
    public void Submit_UnderDefaultRegime_FoiaS10And_FoisaS10S73_DueOnThatRegimesCalendar(Regime regime, int year, int month, int day)
    {
        var request = Submit(regime);

        Assert.Equal(regime, request.Regime);
        Assert.Equal(new DateOnly(year, month, day), request.DueOn);
    }

    [Fact]
    public void Log_UnderFoisaDefault_FoisaS10_StartsUnderFoisa()
    {
        var request = FoiRequest.Log(
            "FOI/2026/00201", new Requester("Pat Post", string.Empty, "1 High Street\nPerth"), "By post", ["Q"],
            PreferredFormat.PaperCopy, Channel.Post, Received, "officer@foiportal.test", Received.AddDays(1),
            WorkingDayCalendar.Scotland(), TrackingToken.Create().Hash, Regime.Foisa);

        Assert.Equal(Regime.Foisa, request.Regime);
        Assert.Equal(new DateOnly(2026, 9, 1), request.DueOn);
    }

    [Fact]
    public void Submit_WithoutARegime_StartsUnderFoia()
    {
        var request = FoiRequest.Submit(
            "FOI/2026/00202", new Requester("Jo Bloggs", "jo@example.org", null), "Intake", ["Q"],
            PreferredFormat.Email, Channel.Web, Received, WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash);

        Assert.Equal(Regime.Foia, request.Regime);
        Assert.Equal(new DateOnly(2026, 9, 2), request.DueOn);
    }

    [Theory]
    [InlineData(Regime.Foia, true)]
    [InlineData(Regime.Foisa, true)]
    [InlineData(Regime.Eir, false)]
    public void WhyNotDefault_EirReg2_IsChosenBySubjectNotAsTheAuthoritysDefault(Regime regime, bool allowed)
    {
        var whyNot = IntakeRegime.WhyNotDefault(regime);

        Assert.Equal(allowed, whyNot is null);
        if (!allowed)
        {
            Assert.Contains("regulation 2(1)", whyNot, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Submit_UnderEir_EirReg2_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => Submit(Regime.Eir));

        Assert.StartsWith("The EIR cannot be the default regime", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeRegime_AtTriage_FromFoisaDefaultToFoia_MovesTheDueDate()
    {
        var request = Submit(Regime.Foisa);

        request.ChangeRegime("officer@foiportal.test", Regime.Foia, Received.AddDays(1), WorkingDayCalendar.UnitedKingdom());

        Assert.Equal(Regime.Foia, request.Regime);
        Assert.Equal(new DateOnly(2026, 9, 2), request.DueOn);
    }
}
