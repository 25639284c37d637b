using System.Globalization;
using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Retention;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Retention;

/// <summary>An admin sets the periods of the retention schedule (UK GDPR Art 5(1)(e)); the bounds are the schedule's.</summary>
public static class SaveRetentionSchedule
{
    /// <summary>Strings, so any input binds and the validator says what is wrong.</summary>
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : ICommand, IStaffCommand
    {
        public string? CaseYears { get; set; }

        public string? RegulatorYears { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public static int? Years(string? value) =>
            int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) ? years : null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // Field order is the page's: case files, then regulator cases.
            RuleFor(c => c.CaseYears).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the number of years to keep a case file")
                .Must(v => Command.Years(v) is not null).WithMessage("Years to keep a case file must be a whole number, like 3")
                .Must(v => RetentionSchedule.WhyRefused(Command.Years(v)!.Value, RetentionSchedule.MaxYears) is null)
                .WithMessage($"Years to keep a case file must be between {RetentionSchedule.MinYears} and {RetentionSchedule.MaxYears}");
            RuleFor(c => c.RegulatorYears).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the number of years to keep a case the regulator or a tribunal looked at")
                .Must(v => Command.Years(v) is not null).WithMessage("Years to keep a case the regulator or a tribunal looked at must be a whole number, like 6")
                .Custom((v, context) =>
                {
                    var caseYears = Command.Years(context.InstanceToValidate.CaseYears) ?? RetentionSchedule.MinYears;
                    if (RetentionSchedule.WhyRefused(Math.Clamp(caseYears, RetentionSchedule.MinYears, RetentionSchedule.MaxYears), Command.Years(v)!.Value) is { } why)
                    {
                        context.AddFailure(why);
                    }
                });
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, ILogger<Handler> logger) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var schedule = new RetentionSchedule(Command.Years(command.CaseYears)!.Value, Command.Years(command.RegulatorYears)!.Value);
            var settings = await db.RetentionSettings.FirstOrDefaultAsync(s => s.Id == RetentionSettings.SingletonId, cancellationToken);
            if (settings is null)
            {
                db.RetentionSettings.Add(new RetentionSettings(schedule, command.Actor, time.GetUtcNow()));
            }
            else
            {
                settings.Change(schedule, command.Actor, time.GetUtcNow());
            }

            logger.LogInformation("Retention schedule set: case files {CaseYears} years, regulator cases {RegulatorYears} years", schedule.CaseYears, schedule.RegulatorYears);
            return Unit.Value;
        }
    }
}
