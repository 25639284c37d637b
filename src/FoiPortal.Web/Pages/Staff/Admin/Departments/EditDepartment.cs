using FluentValidation;
using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Departments;

/// <summary>An admin renames a department, changes its addresses, or deactivates (or reactivates) it. Each change is kept.</summary>
public static class EditDepartment
{
    public sealed record Model(int Id, string Name, string ContactEmails, bool IsActive, IReadOnlyList<DepartmentChange> Changes);

    public sealed record Query(int Id) : IQuery<Model?>;

    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : ICommand<bool>, IStaffCommand
    {
        [BindNever]
        public int Id { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Name { get; set; }

        public string? ContactEmails { get; set; }
    }

    [RequiresRole(StaffRoles.Admin)]
    public sealed class SetActive : ICommand<bool>, IStaffCommand
    {
        public int Id { get; set; }

        public bool Active { get; set; }

        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Must(n => Department.WhyNotName(n) is null).WithMessage(c => Department.WhyNotName(c.Name)!);
            RuleFor(c => c.ContactEmails).Must(e => Department.WhyNotEmails(e) is null).WithMessage(c => Department.WhyNotEmails(c.ContactEmails)!);
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, ILogger<Handler> logger)
        : IQueryHandler<Query, Model?>, ICommandHandler<Command, bool>, ICommandHandler<SetActive, bool>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var d = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.Id, cancellationToken);
            return d is null ? null : new Model(d.Id, d.Name, d.ContactEmails, d.IsActive, [.. d.Changes.OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)]);
        }

        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await db.Departments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken) is not { } department)
            {
                return false;
            }

            await AddDepartment.MustBeNewName(db, command.Name!.Trim(), command.Id, cancellationToken);
            department.Edit(command.Name!, command.ContactEmails!, command.Actor, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Department {DepartmentId} changed", department.Id);
            return true;
        }

        public async ValueTask<bool> Handle(SetActive command, CancellationToken cancellationToken)
        {
            if (await db.Departments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken) is not { } department)
            {
                return false;
            }

            department.SetActive(command.Active, command.Actor, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Department {DepartmentId} active: {Active}", department.Id, command.Active);
            return true;
        }
    }
}
