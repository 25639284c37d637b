using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>When a response can be changed and when it can be sent.</summary>
public static class ResponseRules
{
    public const string NoAddress = "The requester gave neither an email nor a postal address, so the response cannot be sent.";

    public static string? WhyNotEditable(RequestStatus status, ResponseState? state) => state switch
    {
        ResponseState.Sent => "This response has been sent, so it cannot be changed.",
        ResponseState.Sending => "This response is being sent, so it cannot be changed.",
        _ when !ClockActions.IsOpen(status) => $"This request is {status.Describe().ToLowerInvariant()}, so no response can be composed.",
        _ => null,
    };

    /// <summary>
    /// Nothing is sent before every required sign-off is approved (<see cref="SignOffStatus.AllApprovedAsync"/>).
    /// Null when the response can be sent.
    /// </summary>
    public static async Task<string?> WhyCannotSendAsync(FoiDbContext db, int requestId, RequestStatus status, ResponseLetter? letter, CancellationToken ct)
    {
        if (letter is { State: ResponseState.Sent })
        {
            return "This response has already been sent.";
        }

        if (!ClockActions.IsOpen(status))
        {
            return $"This request is {status.Describe().ToLowerInvariant()}, so no response can be sent.";
        }

        if (status == RequestStatus.AwaitingSignOff)
        {
            return "A manager must approve the decisions on this case before the response can be sent.";
        }

        if (status == RequestStatus.Returned)
        {
            return "A manager returned a decision on this case: change it and send it for sign-off again before sending the response.";
        }

        if (status is RequestStatus.AwaitingClarification or RequestStatus.AwaitingFee)
        {
            return "The clock is stopped while we wait for the requester, so the response cannot be sent yet.";
        }

        // A s.12 refusal (issue 4), and every NCND or sensitive exemption decision (issue 5), needs a manager's approval.
        if (!await SignOffStatus.AllApprovedAsync(db, requestId, ct))
        {
            return "A decision on this case needs a manager's approval before the response can be sent: send the case for sign-off.";
        }

        return letter is null ? "Save the response before sending it." : null;
    }

    /// <summary>The request (tracked) and its letter (tracked, or null before the first save), refused when the letter has changed since the form was shown.</summary>
    public static async Task<(FoiRequest Request, ResponseLetter? Letter)> LoadEditableAsync(FoiDbContext db, int requestId, int seenLetterVersion, CancellationToken ct)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new DomainException("This request no longer exists.");
        var letter = await db.ResponseLetters.Include(l => l.Attachments).SingleOrDefaultAsync(l => l.FoiRequestId == requestId, ct);
        if (WhyNotEditable(request.Status, letter?.State) is { } why)
        {
            throw new DomainException(why);
        }

        if ((letter?.Version ?? 0) != seenLetterVersion)
        {
            throw new DbUpdateConcurrencyException("The response changed since the page was loaded.");
        }

        return (request, letter);
    }
}
