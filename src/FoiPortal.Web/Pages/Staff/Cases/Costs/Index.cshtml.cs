using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>The cost estimate of one case: its lines per question, the totals, the limit and the verdict; add or remove a line.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AddCostLine.Command Data { get; set; } = new();

    public CostEstimatePage.Model Estimate { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        Data.Officer = User.Identity?.Name ?? throw new InvalidOperationException("Case work needs a signed-in officer.");
        await mediator.Send(Data);
        Notice = "Line added to the estimate.";
        return Redirect($"/staff/cases/{id}/costs");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int line, Guid version)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new RemoveCostLine.Command(id, line, version, User.Identity?.Name ?? "unknown"));
        Notice = $"Line {line} removed from the estimate.";
        return Redirect($"/staff/cases/{id}/costs");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new CostEstimatePage.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Estimate = found;
        if (Data.Version == Guid.Empty)
        {
            Data.Version = found.Version;
        }

        return null;
    }
}

public static class CostEstimatePage
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Question(int Number, string Text);

    public sealed record Model(
        int Id,
        string Reference,
        string Title,
        RequestStatus Status,
        Regime Regime,
        IReadOnlyList<Question> Questions,
        CostEstimate Estimate,
        AppropriateLimit Limit,
        string Verdict,
        bool Exceeds,
        bool DeterminingWhetherHeldAloneExceeds,
        string? WhyNotEditable,
        LatestDecision? Decision,
        IReadOnlyList<CostAggregations.Partner> Partners,
        AggregatedCostEstimate? Combined,
        Guid Version);

    /// <summary>The decision in force, so an officer sees a manager's comment on a returned refusal.</summary>
    public sealed record LatestDecision(CostOutcome Outcome, bool GoodwillDisclosure, SignOffState SignOff, string DecidedBy, string? ReviewedBy, string? ReviewComment);

    public sealed class Handler(FoiDbContext db, IOptions<AuthorityOptions> authority) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == query.Id)
                .Select(x => new
                {
                    x.Id,
                    x.Reference,
                    x.Title,
                    x.Status,
                    x.Regime,
                    x.Version,
                    Questions = x.Questions.OrderBy(q => q.Number).Select(q => new Question(q.Number, q.Text)).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var estimate = await CostLimits.LoadAsync(db, r.Id, r.Regime, cancellationToken);
            var limit = CostLimits.For(estimate.Regime, authority.Value);
            var decision = await db.CostDecisions.AsNoTracking().Where(d => d.FoiRequestId == r.Id).OrderByDescending(d => d.Id)
                .Select(d => new LatestDecision(d.Outcome, d.GoodwillDisclosure, d.SignOff, d.DecidedBy, d.ReviewedBy, d.ReviewComment))
                .FirstOrDefaultAsync(cancellationToken);
            var partners = await CostAggregations.PartnersAsync(db, r.Id, cancellationToken);
            var combined = CostAggregations.Combine(r.Reference, estimate, partners);
            return new Model(
                r.Id, r.Reference, r.Title, r.Status, r.Regime, r.Questions, estimate, limit, CostLimits.Verdict(estimate, limit, combined),
                combined?.ExceedsLimit(limit) ?? estimate.ExceedsLimit(limit), estimate.DeterminingWhetherHeldAloneExceeds(limit), CostLimits.WhyNotEditable(r.Status),
                decision, partners, combined, r.Version);
        }
    }
}

public static class AddCostLine
{
    /// <summary>The form: strings, so any input binds and the validator explains what is wrong. Names match <see cref="CostLineInput"/>.</summary>
    public sealed class Command : ICommand
    {
        [BindNever]
        public int RequestId { get; set; }

        public string? QuestionNumber { get; set; }

        public string? Activity { get; set; }

        public string? Description { get; set; }

        public string? Units { get; set; }

        public string? UnitKind { get; set; }

        public string? MinutesPerUnit { get; set; }

        public string? MinutesLow { get; set; }

        public string? MinutesHigh { get; set; }

        public bool ConfirmedOverEightHoursPerUnit { get; set; }

        /// <summary>The case version the form was shown with: an estimate changed by someone else since is not silently added to.</summary>
        public Guid Version { get; set; }

        [BindNever]
        public string Officer { get; set; } = string.Empty;

        public string? Evidence { get; set; }
    }

    /// <summary>The order of the fields on the form, so errors are listed in it.</summary>
    private static readonly string[] FieldOrder =
    [
        nameof(Command.QuestionNumber), nameof(Command.Activity), nameof(Command.Description), nameof(Command.Units), nameof(Command.UnitKind),
        nameof(Command.MinutesPerUnit), nameof(Command.MinutesLow), nameof(Command.MinutesHigh), nameof(Command.ConfirmedOverEightHoursPerUnit), nameof(Command.Evidence),
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
        return (new CostLineInput(question, activity, c.Description, units, kind, minutes, low, high, c.ConfirmedOverEightHoursPerUnit, c.Evidence), errors);
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
                command.Officer,
                time.GetUtcNow());
            return Unit.Value;
        }
    }

    /// <summary>The case's estimate, tracked, created when the first line is added; refused on a closed or signed-off case.</summary>
    public static async Task<CostEstimate> EditableEstimateAsync(FoiDbContext db, int requestId, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => new { r.Status, r.Regime }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("This request no longer exists.");
        if (CostLimits.WhyNotEditable(request.Status) is { } why)
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

public static class RemoveCostLine
{
    public sealed record Command(int RequestId, int LineNumber, Guid Version, string Officer) : ICommand;

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var estimate = await AddCostLine.EditableEstimateAsync(db, command.RequestId, cancellationToken);
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            estimate.RemoveLine(command.LineNumber);
            request.RecordCaseWork(
                "EstimateChanged",
                $"Estimate line {command.LineNumber} removed; estimate now {CostFigures.HoursWithUnit(estimate.TotalMinutes)}",
                command.Officer,
                time.GetUtcNow());
            return Unit.Value;
        }
    }
}
