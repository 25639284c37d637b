using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Calendar;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.TagHelpers;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Admin.Calendar;

/// <summary>
/// Admins keep the working-day calendar current: a bank holiday proclaimed at short notice is added here, a
/// cancelled one removed. Deadlines worked out afterwards use the change; due dates already stored are not recomputed.
/// </summary>
public sealed class IndexModel(IMediator mediator, DatabaseCalendarSource calendars) : PageModel
{
    [BindProperty]
    public AddCalendarAdjustment.Command Data { get; set; } = new();

    public CalendarOverview.Model Overview { get; private set; } = CalendarOverview.Model.Empty;

    /// <summary>"added" or "removed" after a change (post, redirect, get).</summary>
    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    public static IReadOnlyList<RadioItem> KindOptions { get; } =
    [
        new(nameof(AdjustmentKind.ExtraNonWorkingDay), "Add a non-working day", "A bank holiday proclaimed after the published list, for example a one-off royal or national occasion."),
        new(nameof(AdjustmentKind.RemovedHoliday), "Remove a published bank holiday", "A bank holiday that was cancelled or moved by proclamation. Christmas Day cannot be removed."),
    ];

    public static IReadOnlyList<RadioItem> ScopeOptions { get; } =
    [
        new(nameof(CalendarScope.AllUk), "The whole UK", "Affects FOIA, EIR and FOISA deadlines."),
        new(nameof(CalendarScope.EnglandAndWales), "England and Wales", "Affects FOIA and EIR deadlines."),
        new(nameof(CalendarScope.Scotland), "Scotland", "Affects FOIA, EIR and FOISA deadlines."),
        new(nameof(CalendarScope.NorthernIreland), "Northern Ireland", "Affects FOIA and EIR deadlines."),
    ];

    public async Task OnGetAsync() => Overview = await mediator.Send(new CalendarOverview.Query());

    public async Task<IActionResult> OnPostAsync()
    {
        // Loaded first so the page can be shown again with the errors if the form is refused.
        Overview = await mediator.Send(new CalendarOverview.Query());
        Data.StaffId = StaffId();
        await mediator.Send(Data);

        // After the command's transaction has committed, so no reload can cache the old calendar again.
        calendars.Invalidate();
        return RedirectToPage(new { done = "added" });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        Overview = await mediator.Send(new CalendarOverview.Query());
        await mediator.Send(new RemoveCalendarAdjustment.Command(id, StaffId()));
        calendars.Invalidate();
        return RedirectToPage(new { done = "removed" });
    }

    /// <summary>The one message for the date fields (GOV.UK date input shows one), and which field it is about.</summary>
    public (string Key, string Message)? DateError()
    {
        foreach (var field in DateFields)
        {
            var key = $"Data.{field}";
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                return (key, entry.Errors[0].ErrorMessage);
            }
        }

        return null;
    }

    /// <summary>Highlight just the part that is missing or wrong, or every part when the date as a whole is.</summary>
    public bool DateFieldInError(string field) => DateError() is { } error
        && (error.Key == $"Data.{field}" || (error.Key == "Data.Day" && AddCalendarAdjustment.WholeDateMessages.Contains(error.Message)));

    private static readonly string[] DateFields = ["Day", "Month", "Year"];

    private string StaffId() => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Signed-in staff have an id.");
}

public static class CalendarOverview
{
    public sealed record Query : IQuery<Model>;

    public sealed record Model(
        IReadOnlyList<NonWorkingDay> UnitedKingdom,
        IReadOnlyList<NonWorkingDay> Scotland,
        IReadOnlyList<AdjustmentRow> Adjustments,
        DateOnly From,
        DateOnly To)
    {
        public static Model Empty { get; } = new([], [], [], default, default);
    }

    public sealed record AdjustmentRow(int Id, DateOnly Date, AdjustmentKind Kind, CalendarScope Scope, string Reason, DateTime CreatedAtUtc, string CreatedBy);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var to = today.AddMonths(12);
            var uk = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
            var scotland = await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken);
            var adjustments = await db.CalendarAdjustments.AsNoTracking()
                .Where(a => a.WithdrawnAtUtc == null)
                .OrderBy(a => a.Date).ThenBy(a => a.Id)
                .Select(a => new AdjustmentRow(
                    a.Id,
                    a.Date,
                    a.Kind,
                    a.Scope,
                    a.Reason,
                    a.CreatedAtUtc,
                    db.Users.Where(u => u.Id == a.CreatedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "A former member of staff"))
                .ToListAsync(cancellationToken);
            return new Model(uk.HolidaysBetween(today.AddDays(-1), to), scotland.HolidaysBetween(today.AddDays(-1), to), adjustments, today, to);
        }
    }
}

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

    /// <summary>The form. All strings, so any input binds and the validator explains what is wrong.</summary>
    public sealed class Command : ICommand<int>
    {
        [BindNever]
        public string StaffId { get; set; } = string.Empty;

        public string? Day { get; set; }

        public string? Month { get; set; }

        public string? Year { get; set; }

        public string? Kind { get; set; }

        public string? Scope { get; set; }

        public string? Reason { get; set; }

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
            // Field order is the page's order: date, kind, scope, reason.
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

    public sealed class Handler(FoiDbContext db, TimeProvider time, ILogger<Handler> logger) : ICommandHandler<Command, int>
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

            var record = new CalendarAdjustmentRecord(date, proposed.Kind, proposed.Scope, proposed.Reason, command.StaffId, time.GetUtcNow().UtcDateTime);
            db.CalendarAdjustments.Add(record);
            await db.SaveChangesAsync(cancellationToken);

            // Audit line: what changed, not who (the record keeps who and when).
            logger.LogInformation(
                "Calendar adjustment {AdjustmentId} added: {Kind} on {Date:yyyy-MM-dd} for {Scope}",
                record.Id,
                record.Kind,
                record.Date,
                record.Scope);
            return record.Id;
        }
    }
}

public static class RemoveCalendarAdjustment
{
    public sealed record Command(int Id, string StaffId) : ICommand;

    public sealed class Handler(FoiDbContext db, TimeProvider time, ILogger<Handler> logger) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var record = await db.CalendarAdjustments.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
                ?? throw new DomainException("That calendar change does not exist. It may have been removed already.");
            record.Withdraw(command.StaffId, time.GetUtcNow().UtcDateTime);
            logger.LogInformation(
                "Calendar adjustment {AdjustmentId} removed: {Kind} on {Date:yyyy-MM-dd} for {Scope}",
                record.Id,
                record.Kind,
                record.Date,
                record.Scope);
            return Unit.Value;
        }
    }
}
