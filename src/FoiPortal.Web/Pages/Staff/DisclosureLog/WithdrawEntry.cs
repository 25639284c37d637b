using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.DisclosureLog;

/// <summary>Takes an entry off the public log, with a reason for the audit trail.</summary>
public static class WithdrawEntry
{
    public sealed record Command(int EntryId, string Reason, Guid? SeenStamp = null) : ICommand, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the reason for withdrawing the entry")
                .MaximumLength(DisclosureLogEvent.DetailMaxLength).WithMessage($"The reason must be {DisclosureLogEvent.DetailMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, AfterCommit afterCommit, IDisclosureLogCache cache) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await EntryChanges.LoadForChangeAsync(db, command.EntryId, command.SeenStamp, cancellationToken);
            entry.Withdraw(command.Reason, command.Actor, time.GetUtcNow().UtcDateTime);
            EntryChanges.InvalidateAfterCommit(afterCommit, cache);
            return Unit.Value;
        }
    }
}
