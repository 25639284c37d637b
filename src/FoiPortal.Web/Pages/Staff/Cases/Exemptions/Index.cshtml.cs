using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Exemptions;

/// <summary>
/// The outcome of each question and the exemptions relied on: record a decision (validated by
/// <see cref="ExemptionDecisionRules"/>), remove one, preview the s.17 refusal notice, and send the case for sign-off.
/// Every form posts the case's version, so a case changed by someone else is refused rather than overwritten.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RecordExemptionDecision.Command Data { get; set; } = new();

    public ExemptionsPage.Model Case { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? question)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data = new RecordExemptionDecision.Command
        {
            Version = Case.Version,
            QuestionNumber = question?.ToString(CultureInfo.InvariantCulture) ?? (Case.Questions.Count == 1 ? "1" : null),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        // Loaded first so the page can be shown again with its errors, keeping what was typed.
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Data.RequestId = id;
        Data.Officer = Officer();
        await mediator.Send(Data);
        Notice = $"Decision recorded for question {Data.QuestionNumber?.Trim()}.";
        return Redirect($"/staff/cases/{id}/exemptions");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int decision)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        var question = await mediator.Send(new RemoveExemptionDecision.Command(id, Data.Version, decision, Officer()));
        Notice = $"Decision on question {question} removed.";
        return Redirect($"/staff/cases/{id}/exemptions");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        await mediator.Send(new SubmitExemptionDecisions.Command(id, Data.Version, Officer()));
        Notice = "Sent to a manager for sign-off.";
        return Redirect($"/staff/cases/{id}");
    }

    private string Officer() => User.Identity?.Name ?? throw new InvalidOperationException("Case work needs a signed-in officer.");

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await mediator.Send(new ExemptionsPage.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        // The form always offers two citations (the second is optional: e.g. s.23(5) and s.24(2) in the alternative).
        while (Data.Citations.Count < RecordExemptionDecision.CitationSlots)
        {
            Data.Citations.Add(new RecordExemptionDecision.CitationForm());
        }

        return null;
    }
}

public static class ExemptionsPage
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Question(int Number, string Text, IReadOnlyList<ExemptionDecision> Decisions);

    public sealed record Model(
        int Id,
        string Reference,
        string Title,
        RequestStatus Status,
        Regime Regime,
        Guid Version,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<ExemptionEntry> Choices,
        ExemptionCatalogue Catalogue,
        RefusalNotice? Notice,
        string? NoticeProblem,
        string? WhyNotEditable,
        int AwaitingSignOff,
        bool CanSubmit,
        bool CanExtendForPublicInterest)
    {
        public int DecisionCount => Questions.Sum(q => q.Decisions.Count);
    }

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues, IOptions<AuthorityOptions> authority) : IQueryHandler<Query, Model?>
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
                    Questions = x.Questions.OrderBy(q => q.Number).Select(q => new { q.Number, q.Text }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var catalogue = await catalogues.GetAsync(cancellationToken);
            var decisions = await ExemptionDecisions.ForRequestAsync(db, r.Id, cancellationToken);
            var (notice, problem) = ExemptionDecisions.Compose(decisions, catalogue, r.Regime, authority.Value);
            var whyNot = ExemptionDecisions.WhyNotEditable(r.Status);
            var waiting = decisions.Count(d => d.AwaitsSignOff);
            return new Model(
                r.Id,
                r.Reference,
                r.Title,
                r.Status,
                r.Regime,
                r.Version,
                [.. r.Questions.Select(q => new Question(q.Number, q.Text, [.. decisions.Where(d => d.QuestionNumber == q.Number)]))],
                [.. catalogue.For(r.Regime).Where(e => e.Kind == EntryKind.Exemption)],
                catalogue,
                notice,
                problem,
                whyNot,
                waiting,
                whyNot is null && waiting > 0 && r.Status is RequestStatus.Received or RequestStatus.InProgress or RequestStatus.Returned,
                // FOIA s.10(3) only (EIR: reg 7; FOISA: none); the clock page decides whether it can be recorded now.
                r.Regime == Regime.Foia && whyNot is null && r.Status is not (RequestStatus.AwaitingClarification or RequestStatus.AwaitingFee));
        }
    }
}

public static class RecordExemptionDecision
{
    public const int CitationSlots = 2;

    /// <summary>The form, all strings so anything binds and the rules explain what is wrong.</summary>
    public sealed class Command : ICommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public string Officer { get; set; } = string.Empty;

        public Guid Version { get; set; }

        public string? QuestionNumber { get; set; }

        public string? Outcome { get; set; }

        public string? InformationDescription { get; set; }

        /// <summary>Two slots on the form; model binding replaces the list with what was posted.</summary>
        public List<CitationForm> Citations { get; set; } = [.. Enumerable.Range(0, CitationSlots).Select(_ => new CitationForm())];

        /// <summary>FOIA s.23 with s.24, "in the alternative" (ICO guidance).</summary>
        public bool CitedInTheAlternative { get; set; }

        /// <summary>FOIA s.17(4).</summary>
        public bool ReasonsWithheld { get; set; }
    }

    public sealed class CitationForm
    {
        public string? ExemptionKey { get; set; }

        public string? Reasons { get; set; }

        public string? Prejudice { get; set; }

        public string? Likelihood { get; set; }

        public string? FactorsForDisclosure { get; set; }

        public string? FactorsForMaintaining { get; set; }

        public string? PublicInterestConclusion { get; set; }

        public bool IsEmpty =>
            new[] { ExemptionKey, Reasons, Prejudice, Likelihood, FactorsForDisclosure, FactorsForMaintaining, PublicInterestConclusion }.All(string.IsNullOrWhiteSpace);
    }

    /// <summary>
    /// The form as the domain's draft. Empty citation slots are left out; <c>Slots</c> maps each draft citation back
    /// to its slot on the form, so an error on "the second exemption" links to the second slot.
    /// </summary>
    public static (ExemptionDecisionDraft Draft, IReadOnlyList<int> Slots, bool QuestionChosen) ToDraft(Command command, int questionCount)
    {
        var questionChosen = int.TryParse(command.QuestionNumber?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var question)
            && question >= 1 && question <= questionCount;
        var slots = new List<int>();
        var citations = new List<CitationDraft>();
        for (var i = 0; i < Math.Min(command.Citations.Count, CitationSlots); i++)
        {
            var c = command.Citations[i];
            if (c.IsEmpty)
            {
                continue;
            }

            slots.Add(i);
            citations.Add(new CitationDraft
            {
                ExemptionKey = c.ExemptionKey?.Trim() ?? string.Empty,
                Reasons = c.Reasons,
                Prejudice = c.Prejudice,
                Likelihood = ParseName<Likelihood>(c.Likelihood),
                FactorsForDisclosure = c.FactorsForDisclosure,
                FactorsForMaintaining = c.FactorsForMaintaining,
                PublicInterestConclusion = c.PublicInterestConclusion,
            });
        }

        var draft = new ExemptionDecisionDraft
        {
            // The rules check the range; an unknown question gets our own message (QuestionChosen).
            QuestionNumber = questionChosen ? question : 1,
            Outcome = ParseName<QuestionOutcome>(command.Outcome),
            InformationDescription = command.InformationDescription,
            Citations = citations,
            CitedInTheAlternative = command.CitedInTheAlternative,
            ReasonsWithheld = command.ReasonsWithheld,
        };
        return (draft, slots, questionChosen);
    }

    /// <summary>The rules' field ("Citations[0].Prejudice") as the form's field; "Citations" means the first exemption.</summary>
    public static string FormField(string field, IReadOnlyList<int> slots)
    {
        if (field == "Citations")
        {
            return $"Citations[{(slots.Count > 0 ? slots[0] : 0)}].ExemptionKey";
        }

        if (field.StartsWith("Citations[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            var index = int.Parse(field["Citations[".Length..close], CultureInfo.InvariantCulture);
            return $"Citations[{slots[index]}]{field[(close + 1)..]}";
        }

        return field;
    }

    // Names only ("Withheld"): Enum.TryParse would also take "2" or "Withheld, NotHeld".
    private static T? ParseName<T>(string? value)
        where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value?.Trim(), StringComparison.Ordinal)) is { } name ? Enum.Parse<T>(name) : null;

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.Questions), command.RequestId, command.Version, cancellationToken);
            if (ExemptionDecisions.WhyNotEditable(request.Status) is { } why)
            {
                throw new DomainException(why);
            }

            var catalogue = await catalogues.GetAsync(cancellationToken);
            var (draft, slots, questionChosen) = ToDraft(command, request.Questions.Count);
            var failures = new List<ValidationFailure>();
            if (!questionChosen)
            {
                failures.Add(new(nameof(Command.QuestionNumber), $"Choose which of the request's {request.Questions.Count} questions this decision is for"));
            }

            failures.AddRange(ExemptionDecisionRules.Validate(draft, request.Regime, catalogue)
                .Where(e => questionChosen || e.Field != nameof(ExemptionDecisionDraft.QuestionNumber))
                .Select(e => new ValidationFailure(FormField(e.Field, slots), e.Message)));
            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            var now = time.GetUtcNow();
            var decision = ExemptionDecision.Record(request.Id, draft, request.Regime, catalogue, command.Officer, now.UtcDateTime);
            db.ExemptionDecisions.Add(decision);
            if (request.Status == RequestStatus.Received)
            {
                request.StartWork(command.Officer, now);
            }
            else if (request.Status == RequestStatus.Returned)
            {
                request.Resume(command.Officer, now);
            }

            request.RecordCaseWork("ExemptionDecisionRecorded", $"Question {decision.QuestionNumber}: {ExemptionDecisions.Summary(decision, catalogue)}", command.Officer, now);
            return Unit.Value;
        }
    }
}

public static class RemoveExemptionDecision
{
    /// <summary>Returns the question number of the removed decision.</summary>
    public sealed record Command(int RequestId, Guid Version, int DecisionId, string Officer) : ICommand<int>;

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            if (ExemptionDecisions.WhyNotEditable(request.Status) is { } why)
            {
                throw new DomainException(why);
            }

            var decision = await db.ExemptionDecisions.Include(d => d.Citations)
                .SingleOrDefaultAsync(d => d.Id == command.DecisionId && d.FoiRequestId == request.Id, cancellationToken)
                ?? throw new DomainException("This decision has already been removed.");
            decision.EnsureRemovable();
            db.ExemptionDecisions.Remove(decision);
            var catalogue = await catalogues.GetAsync(cancellationToken);
            request.RecordCaseWork("ExemptionDecisionRemoved", $"Decision removed: question {decision.QuestionNumber}: {ExemptionDecisions.Summary(decision, catalogue)}", command.Officer, time.GetUtcNow());
            return decision.QuestionNumber;
        }
    }
}

public static class SubmitExemptionDecisions
{
    public sealed record Command(int RequestId, Guid Version, string Officer) : ICommand;

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            if (ExemptionDecisions.WhyNotEditable(request.Status) is { } why)
            {
                throw new DomainException(why);
            }

            // FOIA s.17 notices on sensitive exemptions and every NCND wait for a manager (issue 5), with any s.12 refusal.
            await SignOffStatus.SubmitAsync(db, request, command.Officer, time.GetUtcNow(), cancellationToken);
            return Unit.Value;
        }
    }
}
