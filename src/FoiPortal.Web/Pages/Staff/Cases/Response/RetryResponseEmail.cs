using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Response;

/// <summary>A response email that failed after every attempt goes back into the outbox (the same email, sent at most once).</summary>
public static class RetryResponseEmail
{
    public sealed record Command(int RequestId) : ICommand, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, AfterCommit afterCommit, OutboxSignal outbox) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken) ?? throw new DomainException("This request no longer exists.");
            var letter = await db.ResponseLetters.AsNoTracking().SingleOrDefaultAsync(l => l.FoiRequestId == request.Id && l.State == ResponseState.Sent, cancellationToken)
                ?? throw new DomainException("This response has not been sent, so there is no email to try again.");
            var key = ResponseEmail.KeyFor(letter.Id, letter.Version);
            var email = await db.OutboundEmails.SingleOrDefaultAsync(e => e.IdempotencyKey == key, cancellationToken)
                ?? throw new DomainException("This response was not sent by email.");
            var now = time.GetUtcNow();
            email.Retry(now.UtcDateTime);
            request.RecordCaseWork("ResponseEmailQueued", "Response email to the requester queued again after it failed", command.Actor, now);
            afterCommit.Add("outbox", _ =>
            {
                outbox.Notify();
                return Task.CompletedTask;
            });
            return Unit.Value;
        }
    }
}
