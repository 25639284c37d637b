using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Core.Tests.Exemptions;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>Issue 13: the FOIA s.10(3) public interest extension is offered only once a qualified exemption is engaged.</summary>
public class PublicInterestExtensionTests
{
    private static readonly ExemptionCatalogue Catalogue = ExemptionCatalogue.CreateDefault();

    // Received and read on the same working day: nothing has run out, so only the status and regime decide.
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly ClockReading Reading = StatutoryClock.Read(
        Regime.Foia, [new ClockEvent(ClockEventKind.Received, Today)], WorkingDayCalendar.UnitedKingdom(), Today);

    [Theory]
    [InlineData(Regime.Foia, true, null)]
    [InlineData(Regime.Foia, false, "A public interest extension can be added only once a qualified exemption is recorded as engaged on at least one question (FOIA section 10(3)). Record the exemption decision first")]
    [InlineData(Regime.Eir, true, "A public interest extension is for FOIA requests only: under the EIR, extend a complex and voluminous request under regulation 7 instead")]
    [InlineData(Regime.Foisa, true, "FOISA has no public interest extension: a Scottish request must be answered within 20 working days (FOISA section 10)")]
    public void WhyNoPublicInterestExtension_FoiaS10_3_OnlyWithAQualifiedExemptionEngaged(Regime regime, bool engaged, string? expected) =>
        Assert.Equal(expected, ClockActions.WhyNoPublicInterestExtension(regime, engaged));

    [Fact]
    public void QualifiedExemptionEngaged_NoDecisions_FoiaS10_3_IsFalse() =>
        Assert.False(ClockActions.QualifiedExemptionEngaged([], Catalogue));

    [Fact]
    public void QualifiedExemptionEngaged_S31Withheld_FoiaS2_2b_IsTrue()
    {
        var decision = Drafts.Record(Drafts.Decision(QuestionOutcome.Withheld, Drafts.Cite("FOIA s.31(1)").WithHarm().WithPit()));

        Assert.True(ClockActions.QualifiedExemptionEngaged([decision], Catalogue));
    }

    [Fact]
    public void QualifiedExemptionEngaged_OnlyAbsoluteS40_2_FoiaS2_3_IsFalse()
    {
        // s.40(2) for third-party personal data is absolute under s.2(3)(f): no public interest test to extend for.
        var decision = Drafts.Record(Drafts.Decision(QuestionOutcome.Withheld, Drafts.Cite("FOIA s.40(2)")));

        Assert.False(ClockActions.QualifiedExemptionEngaged([decision], Catalogue));
    }

    [Fact]
    public void QualifiedExemptionEngaged_OnlyDisclosed_IsFalse()
    {
        var decision = Drafts.Record(Drafts.Decision(QuestionOutcome.Disclosed));

        Assert.False(ClockActions.QualifiedExemptionEngaged([decision], Catalogue));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Available_FoiaS10_3_OffersTheExtensionOnlyWithAQualifiedExemptionEngaged(bool engaged, bool offered)
    {
        var actions = ClockActions.Available(RequestStatus.InProgress, Regime.Foia, Reading, StatutoryClock.StandardWorkingDays, Today, engaged);

        Assert.Equal(offered, actions.Contains(ClockEventKind.PublicInterestExtension));
        Assert.Contains(ClockEventKind.ClarificationSought, actions);
    }
}
