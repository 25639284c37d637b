using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>The officer no longer needs an answer: the task is withdrawn, its link stops working, reminders stop.</summary>
public static class WithdrawConsultation
{
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        public int RequestId { get; set; }

        public int TaskId { get; set; }

        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
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
            task.Withdraw(command.Actor, now.UtcDateTime);
            request.RecordCaseWork("ConsultationWithdrawn", $"Consultation to {task.RecipientName} withdrawn", command.Actor, now);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
