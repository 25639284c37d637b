using FluentValidation;
using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Departments;

/// <summary>An admin adds a department officers can consult, with the address(es) its tasks go to.</summary>
public static class AddDepartment
{
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Name { get; set; }

        public string? ContactEmails { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // One rule for the form and the entity: Department.WhyNotName and WhyNotEmails.
            RuleFor(c => c.Name).Must(n => Department.WhyNotName(n) is null).WithMessage(c => Department.WhyNotName(c.Name)!);
            RuleFor(c => c.ContactEmails).Must(e => Department.WhyNotEmails(e) is null).WithMessage(c => Department.WhyNotEmails(c.ContactEmails)!);
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, ILogger<Handler> logger) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var name = command.Name!.Trim();
            await MustBeNewName(db, name, exceptId: null, cancellationToken);
            var department = new Department(name, command.ContactEmails!, command.Actor, time.GetUtcNow().UtcDateTime);
            db.Departments.Add(department);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Department {DepartmentId} added", department.Id);
            return department.Id;
        }
    }

    /// <summary>Two departments with one name could not be told apart on the task form.</summary>
    public static async Task MustBeNewName(FoiDbContext db, string name, int? exceptId, CancellationToken cancellationToken)
    {
        var names = await db.Departments.AsNoTracking().Where(d => d.Id != exceptId).Select(d => d.Name).ToListAsync(cancellationToken);
        if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Name), $"There is already a department called {name}")]);
        }
    }
}
