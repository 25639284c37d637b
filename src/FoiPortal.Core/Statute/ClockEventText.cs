namespace FoiPortal.Core.Statute;

/// <summary>Plain words for clock events and the statute each one comes from, for officers and requesters.</summary>
public static class ClockEventText
{
    public static string Describe(this ClockEventKind kind) => kind switch
    {
        ClockEventKind.Received => "Request received",
        ClockEventKind.ClarificationSought => "Clarification sought",
        ClockEventKind.ClarificationReceived => "Clarification received",
        ClockEventKind.FeesNoticeIssued => "Fees notice issued",
        ClockEventKind.FeePaid => "Fee paid",
        ClockEventKind.PublicInterestExtension => "Extended for the public interest test",
        ClockEventKind.EirExtension => "Extended for a complex and voluminous request",
        ClockEventKind.ResponseSent => "Response sent",
        ClockEventKind.InternalReviewRequested => "Internal review requested",
        ClockEventKind.InternalReviewExtended => "Internal review extended",
        _ => kind.ToString(),
    };

    /// <summary>The provision that makes the event move the clock under the regime.</summary>
    public static string Citation(this ClockEventKind kind, Regime regime) => (kind, regime) switch
    {
        (ClockEventKind.ClarificationSought or ClockEventKind.ClarificationReceived, Regime.Eir) => "EIR reg 9(4)",
        (ClockEventKind.ClarificationSought or ClockEventKind.ClarificationReceived, Regime.Foisa) => "FOISA s.1(3)",
        (ClockEventKind.ClarificationSought or ClockEventKind.ClarificationReceived, _) => "FOIA s.1(3)",
        (ClockEventKind.FeesNoticeIssued, Regime.Eir) => "EIR reg 8(4)",
        // EIR reg 8(6): the days from notification to payment are disregarded.
        (ClockEventKind.FeePaid, Regime.Eir) => "EIR reg 8(6)",
        (ClockEventKind.FeesNoticeIssued or ClockEventKind.FeePaid, Regime.Foisa) => "FOISA s.10(2)",
        (ClockEventKind.FeesNoticeIssued or ClockEventKind.FeePaid, _) => "FOIA s.10(2)",
        (ClockEventKind.PublicInterestExtension, _) => "FOIA s.10(3)",
        (ClockEventKind.EirExtension, _) => "EIR reg 7(1)",
        (_, Regime.Eir) => "EIR reg 5(2)",
        (_, Regime.Foisa) => "FOISA s.10(1)",
        _ => "FOIA s.10(1)",
    };
}
