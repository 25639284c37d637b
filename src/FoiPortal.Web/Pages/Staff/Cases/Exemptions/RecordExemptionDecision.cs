using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Exemptions;

/// <summary>Records the outcome of one question and the provisions relied on, validated by <see cref="ExemptionDecisionRules"/>.</summary>
public static class RecordExemptionDecision
{
    /// <summary>Six slots: enough for the police NCND of s.23(5), s.24(2), s.30(3), s.31(3) and s.40(5B) with one to spare.</summary>
    public const int CitationSlots = 6;

    /// <summary>The slots' names on every decision form (first response and review), one per slot.</summary>
    public static readonly IReadOnlyList<string> SlotNames = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"];

    /// <summary>The form, all strings so anything binds and the rules explain what is wrong.</summary>
    public sealed class Command : CaseCommand, ICommand, ICitationFields
    {
        public string? QuestionNumber { get; set; }

        public string? Outcome { get; set; }

        public string? InformationDescription { get; set; }

        /// <summary><see cref="CitationSlots"/> slots on the form; model binding replaces the list with what was posted.</summary>
        public List<CitationForm> Citations { get; set; } = [.. Enumerable.Range(0, CitationSlots).Select(_ => new CitationForm())];

        /// <summary>FOIA s.23 with s.24, "in the alternative" (ICO guidance).</summary>
        public bool CitedInTheAlternative { get; set; }

        /// <summary>FOIA s.17(4).</summary>
        public bool ReasonsWithheld { get; set; }

        /// <summary>FOIA s.14(2): the reference of the earlier request this one repeats.</summary>
        public string? EarlierRequestReference { get; set; }
    }

    public sealed class CitationForm
    {
        public string? ExemptionKey { get; set; }

        /// <summary>The parts of the provision ticked, e.g. "(a)" and "(b)" of s.31(1) (rule 7).</summary>
        public List<string> Paragraphs { get; set; } = [];

        public string? Reasons { get; set; }

        public string? Prejudice { get; set; }

        public string? Likelihood { get; set; }

        public string? FactorsForDisclosure { get; set; }

        public string? FactorsForMaintaining { get; set; }

        public string? PublicInterestConclusion { get; set; }

        public bool IsEmpty =>
            new[] { ExemptionKey, Reasons, Prejudice, Likelihood, FactorsForDisclosure, FactorsForMaintaining, PublicInterestConclusion }.All(string.IsNullOrWhiteSpace)
            && Paragraphs.All(string.IsNullOrWhiteSpace);
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
                Paragraphs = [.. c.Paragraphs],
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
            EarlierRequestReference = command.EarlierRequestReference,
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

    /// <summary>FOIA s.14(2): the earlier request named on the form, as the rules need it; null when there is none by that reference.</summary>
    internal static async Task<EarlierRequestFacts?> EarlierRequestAsync(FoiDbContext db, FoiRequest request, string? reference, CancellationToken ct)
    {
        var wanted = reference?.Trim();
        if (string.IsNullOrEmpty(wanted) || wanted.Length > FoiRequest.ReferenceMaxLength)
        {
            return null;
        }

        var earlier = await db.Requests.AsNoTracking().Where(r => r.Reference == wanted && r.Id != request.Id)
            .Select(r => new { r.Reference, r.ReceivedOn, r.Requester.Email, r.Status, Removed = r.PersonalDataRemovedAtUtc != null })
            .SingleOrDefaultAsync(ct);
        if (earlier is null)
        {
            return null;
        }

        var same = !earlier.Removed && Core.Similarity.RequesterMatching.Match(
            new(request.Requester.Name, request.Requester.Email, request.Requester.PostalAddress, request.PersonalDataRemoved),
            new(null, earlier.Email, null))?.Basis == Core.Similarity.RequesterMatchBasis.Email;
        var answered = earlier.Status is RequestStatus.Responded or RequestStatus.InternalReview or RequestStatus.Reviewed;
        return new EarlierRequestFacts(earlier.Reference, earlier.ReceivedOn, same, answered);
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
            if (CaseSteps.WhyNotEditable(CaseStep.ExemptionDecisions, request.Status) is { } why)
            {
                throw new DomainException(why);
            }

            var catalogue = await catalogues.GetAsync(cancellationToken);
            var (draft, slots, questionChosen) = ToDraft(command, request.Questions.Count);
            draft = draft with { EarlierRequest = await EarlierRequestAsync(db, request, draft.EarlierRequestReference, cancellationToken) };
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
            var decision = ExemptionDecision.Record(request.Id, draft, request.Regime, catalogue, command.Actor, now.UtcDateTime);
            db.ExemptionDecisions.Add(decision);
            request.EnsureWorkStarted(command.Actor, now);

            request.RecordCaseWork("ExemptionDecisionRecorded", $"Question {decision.QuestionNumber}: {ExemptionDecisions.Summary(decision, catalogue)}", command.Actor, now);
            return Unit.Value;
        }
    }
}
