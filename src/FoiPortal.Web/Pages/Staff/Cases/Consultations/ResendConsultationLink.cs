using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>
/// Sends the task again with a new link (the email was lost, or went to a mailbox nobody reads): a fresh token replaces
/// the old one, which stops working at once, so a link that went astray cannot be used.
/// </summary>
public static class ResendConsultationLink
{
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        public int RequestId { get; set; }

        public int TaskId { get; set; }

        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, ICalendarSource calendars, IOptions<RequestOptions> options) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var task = await db.ConsultationTasks.SingleOrDefaultAsync(t => t.Id == command.TaskId && t.FoiRequestId == command.RequestId, cancellationToken);
            var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken);
            if (task is null || request is null)
            {
                return false;
            }

            var now = time.GetUtcNow();
            var (token, hash) = ConsultationToken.Create();
            task.IssueLink(hash, await calendars.ForRegimeAsync(request.Regime, cancellationToken));
            ConsultationMail.Queue(db, task, ConsultationEmailKind.Resent, request, token, options.Value.PublicBaseUrl, now.UtcDateTime);
            request.RecordCaseWork("ConsultationResent", $"Consultation link sent again to {task.RecipientName}; the earlier link no longer works", command.Actor, now);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
