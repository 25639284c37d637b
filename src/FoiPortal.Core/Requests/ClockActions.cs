using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Requests;

/// <summary>Which clock actions make sense for a request now, so pages offer only those the aggregate would accept.</summary>
public static class ClockActions
{
    public static bool IsOpen(RequestStatus status) => FoiRequest.IsOpenStatus(status);

    public static IReadOnlyList<ClockEventKind> Available(
        RequestStatus status, Regime regime, ClockReading reading, int timeLimitWorkingDays, DateOnly today, bool qualifiedExemptionEngaged)
    {
        if (!IsOpen(status))
        {
            return [];
        }

        switch (status)
        {
            case RequestStatus.AwaitingClarification:
                return [ClockEventKind.ClarificationReceived];
            case RequestStatus.AwaitingFee:
                return [ClockEventKind.FeePaid];
        }

        var actions = new List<ClockEventKind>();
        if (status is RequestStatus.Received or RequestStatus.InProgress)
        {
            actions.Add(ClockEventKind.ClarificationSought);
            actions.Add(ClockEventKind.FeesNoticeIssued);
        }

        // FOIA s.10(3) only, and only once a qualified exemption is engaged (see WhyNoPublicInterestExtension).
        if (WhyNoPublicInterestExtension(regime, qualifiedExemptionEngaged) is null)
        {
            actions.Add(ClockEventKind.PublicInterestExtension);
        }

        // EIR reg 7(1) and 7(3): once, and only while the original 20 working days are still running.
        if (regime == Regime.Eir && timeLimitWorkingDays == StatutoryClock.StandardWorkingDays && reading.DueOn >= today)
        {
            actions.Add(ClockEventKind.EirExtension);
        }

        return actions;
    }

    /// <summary>
    /// Whether a qualified exemption (one subject to the public interest test, FOIA s.2(1)(b) and s.2(2)(b)) is recorded
    /// as engaged on at least one question. Decisions a manager returned do not count: they must be replaced.
    /// </summary>
    public static bool QualifiedExemptionEngaged(IEnumerable<ExemptionDecision> decisions, ExemptionCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(catalogue);
        return decisions
            .Where(d => d.SignOff.State != SignOffState.Returned)
            .SelectMany(d => d.Citations)
            .Any(c => catalogue.Find(c.ExemptionKey) is { } entry && ProvisionParagraphs.RequiresPublicInterestTest(entry, c.ParagraphCodes));
    }

    /// <summary>
    /// Null when a public interest extension may be added; otherwise a GOV.UK sentence saying why not. FOIA s.10(3)
    /// extends the time only to consider the public interest under s.2(1)(b) or s.2(2)(b): that question arises only
    /// once a qualified exemption is engaged. The EIR extend under reg 7 instead; FOISA has no such extension.
    /// </summary>
    public static string? WhyNoPublicInterestExtension(Regime regime, bool qualifiedExemptionEngaged) => regime switch
    {
        Regime.Eir => "A public interest extension is for FOIA requests only: under the EIR, extend a complex and voluminous request under regulation 7 instead",
        Regime.Foisa => "FOISA has no public interest extension: a Scottish request must be answered within 20 working days (FOISA section 10)",
        _ when !qualifiedExemptionEngaged =>
            "A public interest extension can be added only once a qualified exemption is recorded as engaged on at least one question (FOIA section 10(3)). Record the exemption decision first",
        _ => null,
    };
}
