using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Pages.Staff.Cases;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>A manager or officer gives the review to someone who took no part in the original decision (Code para 5.8).</summary>
public static class AssignReviewer
{
    [RequiresRole(StaffRoles.Officer, StaffRoles.Manager)]
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int ReviewId { get; set; }

        public Guid Version { get; set; }

        public string? Reviewer { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(FoiDbContext db)
        {
            RuleFor(c => c.Reviewer).MustBeACaseWorker(db, "Select who will review this case");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var review = await ReviewConcurrency.LoadForChangeAsync(db, command.ReviewId, command.Version, cancellationToken);
            var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var independence = await ReviewInvolvement.LoadAsync(db, request, cancellationToken);
            var reviewer = (await CaseWorkers.FindAsync(db, command.Reviewer, cancellationToken))!;
            review.Assign(reviewer.UserName, independence, request, command.Actor, time.GetUtcNow());
            return true;
        }
    }
}

/// <summary>Optimistic concurrency for review actions, as <see cref="CaseConcurrency"/> does for the case.</summary>
public static class ReviewConcurrency
{
    public static async Task<Core.Reviews.InternalReview> LoadForChangeAsync(FoiDbContext db, int id, Guid seenVersion, CancellationToken cancellationToken)
    {
        var review = await db.InternalReviews.SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new DomainException("This review no longer exists.");
        if (review.Version != seenVersion)
        {
            throw new DbUpdateConcurrencyException("The review changed since the page was loaded.");
        }

        db.Entry(review).Property(v => v.Version).OriginalValue = seenVersion;
        return review;
    }
}
