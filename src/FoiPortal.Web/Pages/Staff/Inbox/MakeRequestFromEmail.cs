using System.Globalization;
using FoiPortal.Core.Data;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases.New;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>
/// "Make it a request": the staff "log a request" form, prefilled from an inbox email (title from the subject,
/// questions from numbered lines or paragraphs, the sender as requester, received date and time from our server).
/// The officer checks and changes anything before logging it.
/// </summary>
public static class MakeRequestFromEmail
{
    public sealed record Query(long Id) : IQuery<(LogRequest.Command Form, Source Email)?>;

    /// <summary>What the form shows about the email it came from.</summary>
    public sealed record Source(long Id, string Subject, bool IsPublicSite, bool LooksEnvironmental);

    public sealed class Handler(IMediator mediator) : IQueryHandler<Query, (LogRequest.Command Form, Source Email)?>
    {
        public async ValueTask<(LogRequest.Command Form, Source Email)?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await mediator.Send(new InboxMessage.Query(query.Id), cancellationToken) is not { Status: InboundStatus.New } m)
            {
                return null;
            }

            var s = m.Suggestion;
            // The date and time it reached our mailbox, in UK time: FOIA s.10(1) counts from the date of receipt.
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(m.ReceivedAtUtc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
            var form = new LogRequest.Command
            {
                FromEmailId = m.Id,
                Channel = nameof(Channel.Email),
                ReceivedOn = DateInput.From(m.ReceivedOn),
                ReceivedTime = local.ToString("HH:mm", CultureInfo.InvariantCulture),
                FullName = s.RequesterName,
                Email = s.RequesterEmail,
                Title = s.Title,
                QuestionsText = string.Join("\n", s.Questions.Select((q, i) => $"{i + 1}. {q}")),
                PreferredFormat = nameof(PreferredFormat.Email),
            };
            return (form, new Source(m.Id, m.Subject, s.IsPublicSite, s.LooksEnvironmental));
        }
    }

    /// <summary>The email a request is being made from, refused when someone has dealt with it meanwhile.</summary>
    public static async Task<InboundMessage?> LoadOpenAsync(FoiDbContext db, long? id, CancellationToken ct)
    {
        if (id is not { } emailId)
        {
            return null;
        }

        var email = await db.InboundMessages.SingleOrDefaultAsync(m => m.Id == emailId, ct)
            ?? throw new DomainException("The email this request was being made from is no longer in the inbox");
        return email.WhyNotOpen() is { } whyNot ? throw new DomainException(whyNot) : email;
    }
}
