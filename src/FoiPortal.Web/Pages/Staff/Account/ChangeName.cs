using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Account;

public static class ChangeName
{
    public sealed class Command : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? DisplayName { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.DisplayName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter your full name")
            .MaximumLength(StaffUser.DisplayNameMaxLength).WithMessage($"Full name must be {StaffUser.DisplayNameMaxLength} characters or fewer");
    }

    public sealed class Handler(FoiDbContext db, UserManager<StaffUser> users, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByNameAsync(command.Actor) ?? throw new DomainException("Sign in again");
            var before = user.DisplayName;
            user.DisplayName = command.DisplayName!.Trim();
            await users.UpdateAsync(user);
            db.StaffAuditEntries.Add(new StaffAuditEntry(user.Id, StaffAuditAction.NameChanged, $"Name changed from {before} to {user.DisplayName}", command.Actor, time.GetUtcNow().UtcDateTime));
            return Unit.Value;
        }
    }
}
