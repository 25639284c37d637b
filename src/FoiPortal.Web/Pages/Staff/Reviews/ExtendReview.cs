using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Reviews;

/// <summary>FOIA only (s.45 Code para 5.5): more time for a complex review, once, with a reason, to 40 working days at most.</summary>
public static class ExtendReview
{
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int ReviewId { get; set; }

        public Guid Version { get; set; }

        public int? ExtraWorkingDays { get; set; }

        public string? Reason { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            var most = ReviewClock.MaxWorkingDays - ReviewClock.TargetWorkingDays;
            RuleFor(c => c.ExtraWorkingDays).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter how many more working days the review needs")
                .InclusiveBetween(1, most).WithMessage($"Enter an extension of between 1 and {most} working days");
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter why the review needs more time")
                .MaximumLength(InternalReview.ReasonMaxLength).WithMessage($"The reason must be {InternalReview.ReasonMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var review = await ReviewConcurrency.LoadForChangeAsync(db, command.ReviewId, command.Version, cancellationToken);
            var request = await db.Requests.SingleAsync(r => r.Id == review.FoiRequestId, cancellationToken);
            var calendar = await calendars.ForRegimeAsync(review.Regime, cancellationToken);
            review.Extend(command.ExtraWorkingDays!.Value, command.Reason!, request, command.Actor, time.GetUtcNow(), calendar);
            return true;
        }
    }
}
