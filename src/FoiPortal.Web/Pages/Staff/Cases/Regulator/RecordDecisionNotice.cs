using System.Globalization;
using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Regulator;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.TagHelpers;
using FoiPortal.Web.Pages.Requests.New;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>
/// The regulator's decision (FOIA s.50(3)(b); FOISA s.49(3)(b)): outcome, reference, date, and any steps ordered with
/// the period the notice gives for them (calendar days, 35 by default). The rules are Core's
/// (<see cref="DecisionNotice.WhyNotDated"/>, <see cref="DecisionNotice.WhyNotSteps"/>), shown against their fields.
/// </summary>
public static class RecordDecisionNotice
{
    public static readonly IReadOnlyList<RadioItem> Outcomes =
    [
        new(nameof(DecisionOutcome.Upheld), "Upheld", "The regulator found the authority failed to comply."),
        new(nameof(DecisionOutcome.PartlyUpheld), "Partly upheld"),
        new(nameof(DecisionOutcome.NotUpheld), "Not upheld"),
        new(nameof(DecisionOutcome.InformallyResolved), "Informally resolved", "Closed without a decision notice."),
        new(nameof(DecisionOutcome.Withdrawn), "Withdrawn", "The requester withdrew the complaint."),
    ];

    public sealed class Command : ComplaintCommand, ICommand<string>
    {
        public string? Outcome { get; set; }

        public string? Reference { get; set; }

        public DateInput NoticeOn { get; set; } = new();

        public string? StepsOrdered { get; set; }

        public string? StepsPeriodDays { get; set; }

        public DecisionOutcome? ParsedOutcome =>
            Enum.TryParse<DecisionOutcome>(Outcome, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Outcome, CultureInfo.InvariantCulture, out _) ? parsed : null;

        public bool HasSteps => !string.IsNullOrWhiteSpace(StepsOrdered);

        public int? ParsedPeriod =>
            int.TryParse(StepsPeriodDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(FoiDbContext db, TimeProvider time)
        {
            RuleFor(c => c.Outcome).Must((c, _) => c.ParsedOutcome is not null).WithMessage("Select the outcome");
            RuleFor(c => c.Reference).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the decision notice reference")
                .MaximumLength(DecisionNotice.ReferenceMaxLength).WithMessage($"Reference must be {DecisionNotice.ReferenceMaxLength} characters or fewer")
                .Must(TextRules.IsSingleLine).WithMessage("Reference must not include hidden or control characters");
            RuleFor(c => c.NoticeOn).CustomAsync(async (input, context, ct) =>
            {
                if (input.Problem("Date of the notice", "Enter the date of the decision notice") is { } problem)
                {
                    context.AddFailure(problem);
                    return;
                }

                var command = context.InstanceToValidate;
                var toldOn = await db.RegulatorComplaints.Where(c => c.Id == command.ComplaintId && c.FoiRequestId == command.RequestId)
                    .Select(c => (DateOnly?)c.ToldOn).SingleOrDefaultAsync(ct);
                if (toldOn is { } told && DecisionNotice.WhyNotDated(input.ToDate()!.Value, UkTime.Today(time), told) is { } why)
                {
                    context.AddFailure(why);
                }
            });
            RuleFor(c => c.StepsOrdered).Cascade(CascadeMode.Stop)
                .MaximumLength(DecisionNotice.StepsMaxLength).WithMessage($"Steps ordered must be {DecisionNotice.StepsMaxLength:N0} characters or fewer")
                .Must(TextRules.IsMultiLine).WithMessage("Steps ordered must not include hidden or control characters");
            RuleFor(c => c.StepsPeriodDays).CustomAsync(async (_, context, ct) =>
            {
                var command = context.InstanceToValidate;
                if (!command.HasSteps || command.ParsedOutcome is not { } outcome)
                {
                    return;
                }

                if (command.ParsedPeriod is not { } days)
                {
                    context.AddFailure("Enter the period for the steps as a whole number of calendar days");
                    return;
                }

                var regime = await db.RegulatorComplaints.Where(c => c.Id == command.ComplaintId && c.FoiRequestId == command.RequestId)
                    .Select(c => (Core.Statute.Regime?)c.Regime).SingleOrDefaultAsync(ct);
                if (regime is { } r && DecisionNotice.WhyNotSteps(outcome, true, days, r) is { } why)
                {
                    // The outcome allows no steps: say so against the steps; a period too short: against the period.
                    context.AddFailure(DecisionNotice.MayOrderSteps(outcome) ? nameof(Command.StepsPeriodDays) : nameof(Command.StepsOrdered), why);
                }
            });
        }
    }

    /// <summary>Returns the notice for the success banner.</summary>
    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            var complaint = await db.LoadComplaintAsync(request.Id, command.ComplaintId, cancellationToken);
            complaint.RecordDecisionNotice(
                request,
                command.ParsedOutcome!.Value,
                command.Reference!,
                command.NoticeOn.ToDate()!.Value,
                command.StepsOrdered,
                command.HasSteps ? command.ParsedPeriod : null,
                command.Actor,
                time.GetUtcNow());
            var next = complaint.NextDeadline(UkTime.Today(time));
            return next is null
                ? "Decision recorded."
                : $"Decision notice recorded. {next.Label}: {UkDates.WithWeekday(next.DueOn)}.";
        }
    }
}
