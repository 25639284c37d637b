using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>Adds a line to the case's estimate (created with its first line); refused on a closed or signed-off case.</summary>
public static class AddCostLine
{
    /// <summary>The form: strings, so any input binds and the validator explains what is wrong. Names match <see cref="CostLineInput"/>.</summary>
    public sealed class Command : CaseCommand, ICommand
    {
        public string? QuestionNumber { get; set; }

        public string? Activity { get; set; }

        public string? Description { get; set; }

        public string? Units { get; set; }

        public string? UnitKind { get; set; }

        public string? MinutesPerUnit { get; set; }

        public string? MinutesLow { get; set; }

        public string? MinutesHigh { get; set; }

        public bool ConfirmedOverEightHoursPerUnit { get; set; }


        public string? Evidence { get; set; }

        /// <summary>FOISA only: pounds an hour for the member of staff doing the work, up to £15 (SSI 2004/467 reg 3).</summary>
        public string? StaffHourlyRate { get; set; }
    }

    /// <summary>The order of the fields on the form, so errors are listed in it.</summary>
    private static readonly string[] FieldOrder =
    [
        nameof(Command.QuestionNumber), nameof(Command.Activity), nameof(Command.Description), nameof(Command.Units), nameof(Command.UnitKind),
        nameof(Command.MinutesPerUnit), nameof(Command.MinutesLow), nameof(Command.MinutesHigh), nameof(Command.ConfirmedOverEightHoursPerUnit), nameof(Command.StaffHourlyRate), nameof(Command.Evidence),
    ];

    /// <summary>Parses the form. Errors are for fields that are not numbers or not one of the choices; the rest is <see cref="CostLineRules"/>'s.</summary>
    public static (CostLineInput Input, List<CostFieldError> Errors) Parse(Command c)
    {
        var errors = new List<CostFieldError>();
        int? Number(string? text, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (int.TryParse(text.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add(new(field, message));
            return null;
        }

        var question = Number(c.QuestionNumber, nameof(c.QuestionNumber), "Select which question this line is for");
        CostActivity? activity = Enum.TryParse<CostActivity>(c.Activity, out var a) && Enum.IsDefined(a) && !int.TryParse(c.Activity, out _) ? a : null;
        var units = Number(c.Units, nameof(c.Units), "Number of units must be a whole number, like 720");
        UnitKind kind = Core.Costs.UnitKind.Records;
        if (!Enum.TryParse(c.UnitKind, out kind) || !Enum.IsDefined(kind) || int.TryParse(c.UnitKind, out _))
        {
            errors.Add(new(nameof(c.UnitKind), "Select what each unit is, for example records or years"));
            kind = Core.Costs.UnitKind.Records;
        }

        var minutes = Number(c.MinutesPerUnit, nameof(c.MinutesPerUnit), "Minutes per unit must be a whole number, like 15");
        var low = Number(c.MinutesLow, nameof(c.MinutesLow), "Lowest minutes per unit must be a whole number, like 5");
        var high = Number(c.MinutesHigh, nameof(c.MinutesHigh), "Highest minutes per unit must be a whole number, like 30");
        decimal? rate = null;
        if (!string.IsNullOrWhiteSpace(c.StaffHourlyRate))
        {
            var text = c.StaffHourlyRate.Trim().TrimStart('£').Replace(",", string.Empty, StringComparison.Ordinal);
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds))
            {
                rate = pounds;
            }
            else
            {
                errors.Add(new(nameof(c.StaffHourlyRate), "Staff hourly cost must be an amount in pounds, like 12.50"));
            }
        }

        return (new CostLineInput(question, activity, c.Description, units, kind, minutes, low, high, c.ConfirmedOverEightHoursPerUnit, c.Evidence, rate), errors);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(FoiDbContext db)
        {
            RuleFor(c => c).CustomAsync(async (command, context, ct) =>
            {
                var request = await db.Requests.AsNoTracking().Where(r => r.Id == command.RequestId)
                    .Select(r => new { r.Regime, Questions = r.Questions.Count }).SingleOrDefaultAsync(ct);
                if (request is null)
                {
                    return;
                }

                var (input, errors) = Parse(command);
                var regime = await db.CostEstimates.Where(e => e.FoiRequestId == command.RequestId).Select(e => (Regime?)e.Regime).SingleOrDefaultAsync(ct) ?? request.Regime;
                foreach (var error in CostLineRules.Validate(input, regime))
                {
                    // A field that is not a number has said so already.
                    if (!errors.Exists(e => e.Field == error.Field))
                    {
                        errors.Add(error);
                    }
                }

                if (input.QuestionNumber is { } q && q > request.Questions && !errors.Exists(e => e.Field == nameof(command.QuestionNumber)))
                {
                    errors.Add(new(nameof(command.QuestionNumber), $"Select one of the request's {request.Questions} questions"));
                }

                foreach (var error in errors.OrderBy(e => Array.IndexOf(FieldOrder, e.Field)))
                {
                    context.AddFailure(new ValidationFailure(error.Field, error.Message));
                }
            });
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            // A closed case says so before a stale page is refused: the officer learns why, not just "reload".
            var estimate = await EditableEstimateAsync(db, command.RequestId, cancellationToken);
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            var line = estimate.AddLine(Parse(command).Input);
            request.RecordCaseWork(
                "EstimateChanged",
                $"Estimate line {line.LineNumber} added (question {line.QuestionNumber}, {CostFigures.HoursWithUnit(line.Minutes)}); estimate now {CostFigures.HoursWithUnit(estimate.TotalMinutes)}",
                command.Actor,
                time.GetUtcNow());
            return Unit.Value;
        }
    }

    /// <summary>The case's estimate, tracked, created when the first line is added; refused on a closed or signed-off case.</summary>
    public static async Task<CostEstimate> EditableEstimateAsync(FoiDbContext db, int requestId, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => new { r.Status, r.Regime }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("This request no longer exists.");
        if (CaseSteps.WhyNotEditable(CaseStep.CostEstimate, request.Status) is { } why)
        {
            throw new DomainException(why);
        }

        var estimate = await db.CostEstimates.Include(e => e.Lines).SingleOrDefaultAsync(e => e.FoiRequestId == requestId, ct);
        if (estimate is null)
        {
            estimate = new CostEstimate(requestId, request.Regime);
            db.CostEstimates.Add(estimate);
        }

        return estimate;
    }
}
