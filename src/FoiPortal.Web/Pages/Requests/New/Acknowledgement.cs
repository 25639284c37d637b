using FoiPortal.Core.Letters;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;

namespace FoiPortal.Web.Pages.Requests.New;

/// <summary>The acknowledgement email: reference, statutory due date and the requester's tracking link.</summary>
public static class Acknowledgement
{
    public static OutboundEmail Create(FoiRequest request, string trackingToken, string baseUrl, string authorityName, DateTime nowUtc)
    {
        var link = $"{baseUrl.TrimEnd('/')}/track/{trackingToken}";
        // FOISA s.10(1) and s.73: a Scottish authority's working days skip only Scottish bank holidays.
        var timeLimit = request.Regime == Regime.Foisa
            ? "The law gives us 20 working days, not counting weekends and bank holidays in Scotland (Freedom of Information (Scotland) Act 2002, section 10)."
            : "The law gives us 20 working days, not counting weekends and bank holidays (Freedom of Information Act 2000, section 10).";
        var questions = string.Join("\n", request.Questions.Select(q => $"{q.Number}. {q.Text}"));
        var body = $"""
            Dear {request.Requester.Name},

            Thank you for your Freedom of Information request "{request.Title}", which we received on {UkDates.WithWeekday(request.ReceivedOn)}.

            Your reference is {request.Reference}. Please quote it if you contact us.

            We will respond by {UkDates.WithWeekday(request.DueOn)}. {timeLimit}

            You can check the progress of your request at any time:
            {link}
            Keep this link private: anyone with it can see your request.

            What you asked for:
            {questions}

            {authorityName}
            Freedom of Information team
            """;
        // The key of the acknowledgement letter: the case page then shows it as sent and offers no second one.
        var key = CaseLetter.IdempotencyKey(CaseLetterKind.Acknowledgement, request.Id, CaseLetter.RequestOccasion);
        return new OutboundEmail(request.Requester.Email, request.Requester.Name, $"Your Freedom of Information request {request.Reference}", body, nowUtc, key, []);
    }
}
