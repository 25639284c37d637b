using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>
/// A manager approves or returns the review's new decisions that need sign-off, as for a first response; never the
/// reviewer who made them, nor anyone who took part in the original decision (<see cref="Core.Reviews.ReviewDecisions.WhyNotSignOff"/>).
/// </summary>
public static class SignOffReviewDecisions
{
    [RequiresRole(StaffRoles.Manager)]
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int ReviewId { get; set; }

        [BindNever]
        public bool Approve { get; set; }

        public Guid Version { get; set; }

        public string? Comment { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var review = await ReviewConcurrency.LoadForChangeAsync(db, command.ReviewId, command.Version, cancellationToken);
            var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var independence = await ReviewInvolvement.LoadAsync(db, request, cancellationToken);
            var decisions = await ReviewDecisionStore.LoadAsync(db, review, cancellationToken);
            var manager = await SignOffStatus.ReviewerAsync(db, command.Actor, cancellationToken);
            review.SignOffDecisions(decisions, command.Approve, command.Comment, manager, independence, request, time.GetUtcNow());
            return true;
        }
    }
}
