using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Calendar;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Calendar;

/// <summary>An admin records a non-working day proclaimed at short notice, or a published bank holiday cancelled.</summary>
public static class AddCalendarAdjustment
{
    public const string EnterDate = "Enter the date of the non-working day";
    public const string RealDate = "Date must be a real date";
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>Messages about the date as a whole, which highlight all three fields.</summary>
    public static readonly IReadOnlySet<string> WholeDateMessages = new HashSet<string>(StringComparer.Ordinal)
    {
        EnterDate,
        RealDate,
        $"Date must be between {MinYear} and {MaxYear}",
    };

    /// <summary>The form. All strings, so any input binds and the validator explains what is wrong. Returns how many open requests' dates moved.</summary>
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Day { get; set; }

        public string? Month { get; set; }

        public string? Year { get; set; }

        public string? Kind { get; set; }

        public string? Scope { get; set; }

        public string? Reason { get; set; }

        /// <summary>The proclamation or announcement the change comes from (FOIA s.10(6): bank holidays only).</summary>
        public string? Source { get; set; }

        public DateOnly? Date() =>
            int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // Field order is the page's order: date, kind, scope, reason, source.
            RuleFor(c => c).Custom((c, context) =>
            {
                if (DateProblem(c) is { } problem)
                {
                    context.AddFailure(new ValidationFailure(problem.Field, problem.Message));
                }
            });
            RuleFor(c => c.Kind)
                .Must(k => IsName<AdjustmentKind>(k))
                .WithMessage("Select whether you are adding a non-working day or removing a bank holiday");
            RuleFor(c => c.Scope)
                .Must(s => IsName<CalendarScope>(s))
                .WithMessage("Select where the change applies");
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the reason, for example Bank holiday proclaimed for the King's Coronation")
                .MaximumLength(CalendarAdjustmentRecord.ReasonMaxLength).WithMessage($"Reason must be {CalendarAdjustmentRecord.ReasonMaxLength} characters or fewer")
                .Must(r => r!.All(ch => !char.IsControl(ch))).WithMessage("Reason must not include hidden or control characters");
            RuleFor(c => c.Source).Custom((source, context) =>
            {
                if (CalendarAdjustmentRules.WhySourceRefused(source) is { } why)
                {
                    context.AddFailure(nameof(Command.Source), why);
                }
            });
        }

        // GOV.UK date input pattern: one message, about the first part that is missing or wrong.
        private static (string Field, string Message)? DateProblem(Command c)
        {
            var missing = new List<string>(3);
            if (string.IsNullOrWhiteSpace(c.Day))
            {
                missing.Add("day");
            }

            if (string.IsNullOrWhiteSpace(c.Month))
            {
                missing.Add("month");
            }

            if (string.IsNullOrWhiteSpace(c.Year))
            {
                missing.Add("year");
            }

            if (missing.Count == 3)
            {
                return (nameof(Command.Day), EnterDate);
            }

            if (missing.Count > 0)
            {
                var field = missing[0] switch { "day" => nameof(Command.Day), "month" => nameof(Command.Month), _ => nameof(Command.Year) };
                return (field, $"Date must include a {string.Join(" and ", missing)}");
            }

            if (c.Year!.Trim().Length != 4 && int.TryParse(c.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return (nameof(Command.Year), "Year must include 4 numbers");
            }

            if (c.Date() is null)
            {
                return int.TryParse(c.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is < MinYear or > MaxYear
                    ? (nameof(Command.Day), $"Date must be between {MinYear} and {MaxYear}")
                    : (nameof(Command.Day), RealDate);
            }

            return null;
        }

        private static bool IsName<TEnum>(string? value)
            where TEnum : struct, Enum =>
            value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal);
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, AfterCommit afterCommit, DatabaseCalendarSource calendars, ILogger<Handler> logger)
        : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var date = command.Date()!.Value;
            var proposed = new CalendarAdjustment(date, Enum.Parse<AdjustmentKind>(command.Kind!), command.Reason!.Trim(), Enum.Parse<CalendarScope>(command.Scope!));
            var existing = await db.CalendarAdjustments.AsNoTracking()
                .Where(a => a.WithdrawnAtUtc == null)
                .Select(a => new CalendarAdjustment(a.Date, a.Kind, a.Reason, a.Scope))
                .ToListAsync(cancellationToken);
            if (CalendarAdjustmentRules.WhyRefused(existing, proposed) is { } refusal)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.Day), refusal)]);
            }

            var now = time.GetUtcNow();
            var record = new CalendarAdjustmentRecord(date, proposed.Kind, proposed.Scope, proposed.Reason, command.Source!, await CalendarChange.StaffIdAsync(db, command.Actor, cancellationToken), now.UtcDateTime);
            db.CalendarAdjustments.Add(record);
            var moved = await CalendarChange.ApplyAsync(db, afterCommit, calendars, date, CalendarChange.Describe(record.Kind, withdrawn: false), record.Source, command.Actor, now, cancellationToken);

            // Audit line: what changed, not who (the record keeps who and when).
            logger.LogInformation(
                "Calendar adjustment {AdjustmentId} added: {Kind} on {Date:yyyy-MM-dd} for {Scope}; {Moved} open requests moved",
                record.Id,
                record.Kind,
                record.Date,
                record.Scope,
                moved);
            return moved;
        }
    }
}
