using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Requests;

/// <summary>Which clock actions make sense for a request now, so pages offer only those the aggregate would accept.</summary>
public static class ClockActions
{
    public static bool IsOpen(RequestStatus status) => FoiRequest.IsOpenStatus(status);

    public static IReadOnlyList<ClockEventKind> Available(RequestStatus status, Regime regime, ClockReading reading, int timeLimitWorkingDays, DateOnly today)
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

        // FOIA s.10(3) only: the EIR use reg 7 instead, and FOISA has no extension at all.
        if (regime == Regime.Foia)
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
}
