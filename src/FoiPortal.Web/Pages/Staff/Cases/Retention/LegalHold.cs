using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Retention;

/// <summary>A manager places a legal hold on a case (with a reason) or lifts it; the aggregate records it on the timeline.</summary>
public static class LegalHold
{
    public sealed record Query(int Id) : IQuery<Form?>;

    public sealed record Form(int Id, string Reference, string Title, Guid Version, string? Reason, string? By, DateTime? SinceUtc, bool PersonalDataRemoved);

    [RequiresRole(StaffRoles.Manager)]
    public sealed class Place : ICommand, IStaffCommand
    {
        public int Id { get; set; }

        public Guid Version { get; set; }

        public string? Reason { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    [RequiresRole(StaffRoles.Manager)]
    public sealed class Lift : ICommand, IStaffCommand
    {
        public int Id { get; set; }

        public Guid Version { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Place>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the reason for the legal hold, for example Subject of a complaint to the ICO")
                .MaximumLength(FoiRequest.HoldReasonMaxLength).WithMessage($"Reason must be {FoiRequest.HoldReasonMaxLength} characters or fewer")
                .Must(r => r!.All(ch => !char.IsControl(ch) || ch is '\r' or '\n')).WithMessage("Reason must not include hidden or control characters");
        }
    }

    public sealed class QueryHandler(FoiDbContext db) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Requests.AsNoTracking()
                .Where(r => r.Id == query.Id)
                .Select(r => new Form(r.Id, r.Reference, r.Title, r.Version, r.LegalHoldReason, r.LegalHoldBy, r.LegalHoldSinceUtc, r.PersonalDataRemovedAtUtc != null))
                .SingleOrDefaultAsync(cancellationToken);
    }

    public sealed class PlaceHandler(FoiDbContext db, TimeProvider time) : ICommandHandler<Place>
    {
        public async ValueTask<Unit> Handle(Place command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.Id, command.Version, cancellationToken);
            request.PlaceLegalHold(command.Actor, command.Reason!, time.GetUtcNow());
            return Unit.Value;
        }
    }

    public sealed class LiftHandler(FoiDbContext db, TimeProvider time) : ICommandHandler<Lift>
    {
        public async ValueTask<Unit> Handle(Lift command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.Id, command.Version, cancellationToken);
            request.LiftLegalHold(command.Actor, time.GetUtcNow());
            return Unit.Value;
        }
    }
}
