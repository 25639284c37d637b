using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Intake;

/// <summary>
/// Files a message from the requester to their case as correspondence, whether it came by email (the importer, or an
/// officer filing it) or from the tracking page: one rule for when that restarts the clock.
/// </summary>
public static class CaseReply
{
    /// <summary>
    /// Files <paramref name="message"/> to <paramref name="request"/>; true when it restarted the clock. FOIA s.1(3)
    /// (FOISA s.1(3), EIR reg 9(4)): while the case awaits clarification, the requester's reply counts as the request
    /// received on the day it reached us, through the same clock action an officer records by hand.
    /// </summary>
    /// <param name="fromRequester">
    /// The sender is known to be the requester whatever the address (the tracking link was used): a requester who gave
    /// no email address can still answer a clarification.
    /// </param>
    public static bool File(
        InboundMessage message, FoiRequest request, string actor, DateTimeOffset now, WorkingDayCalendar calendar, bool restartClock, bool fromRequester = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(request);
        message.FileTo(request.Id, actor, now);
        if (restartClock && AnswersClarification(message, request, fromRequester))
        {
            request.RecordClarificationReceived(actor, message.ReceivedOn, now, calendar);
            return true;
        }

        return false;
    }

    /// <summary>The case waits for clarification and the message is the requester's, received on or after the request.</summary>
    public static bool AnswersClarification(InboundMessage message, FoiRequest request, bool fromRequester = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(request);
        return request.Status == RequestStatus.AwaitingClarification
            && (fromRequester || string.Equals(request.Requester.Email, message.FromAddress, StringComparison.OrdinalIgnoreCase))
            && message.ReceivedOn >= request.ReceivedOn;
    }

    /// <summary>
    /// Whether an email filed to a responded case reads as a request for internal review (s.45 Code para 5): its
    /// subject says so. A hint for automatic filing only; an officer can tick "asks for an internal review" instead.
    /// </summary>
    public static bool AsksForReview(InboundMessage message, FoiRequest request)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(request);
        return request.Status == RequestStatus.Responded
            && string.Equals(request.Requester.Email, message.FromAddress, StringComparison.OrdinalIgnoreCase)
            && (message.Subject.Contains("internal review", StringComparison.OrdinalIgnoreCase) || message.Subject.Contains("review of", StringComparison.OrdinalIgnoreCase));
    }
}
