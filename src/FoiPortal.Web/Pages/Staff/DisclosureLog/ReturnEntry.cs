using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Staff;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>A manager returns an entry awaiting approval, with a comment for the officer.</summary>
public static class ReturnEntry
{
    [RequiresRole(StaffRoles.Manager)]
    public sealed record Command(int EntryId, string Comment, Guid? SeenStamp = null) : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Comment).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a comment saying what needs to change")
                .MaximumLength(DisclosureLogEvent.DetailMaxLength).WithMessage($"The comment must be {DisclosureLogEvent.DetailMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await EntryChanges.LoadForChangeAsync(db, command.EntryId, command.SeenStamp, cancellationToken);
            entry.ReturnFromApproval(command.Actor, command.Comment, time.GetUtcNow().UtcDateTime);
            return Unit.Value;
        }
    }
}
