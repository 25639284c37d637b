using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Pages.Staff.Cases.Exemptions;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.SignOff;

/// <summary>The manager's queue: decisions waiting for sign-off, oldest due first.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<SignOffQueue.Item> Items { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Items = await mediator.Send(new SignOffQueue.Query());
}

/// <summary>
/// Two sources: cost refusals (one item per decision, <c>/staff/sign-off/{decisionId}</c>) and a case's exemption
/// decisions (one item per request, <c>/staff/sign-off/exemptions/{requestId}</c>: the manager signs off the refusal
/// notice's exemptions together). Only requests the officer has sent for sign-off appear.
/// </summary>
public static class SignOffQueue
{
    /// <summary>What is being signed off.</summary>
    public enum Kind
    {
        CostRefusal,
        Exemption,
    }

    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    /// <param name="What">"Refuse under section 12(1)", "2 exemption decisions".</param>
    /// <param name="Summary">The estimate against the limit, or each decision in a line.</param>
    public sealed record Item(
        Kind Kind,
        int RequestId,
        string Reference,
        string Title,
        DateOnly DueOn,
        DateTime ReceivedAtUtc,
        string ReviewUrl,
        string What,
        string DecidedBy,
        string Summary,
        string? Wording)
    {
        public string ElementId => Kind == Kind.CostRefusal ? $"item-{ReviewUrl.Split('/')[^1]}" : $"exemptions-{RequestId}";

        public string KindName => Kind == Kind.CostRefusal ? "cost-refusal" : "exemption";
    }

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var costs = (await CostSignOff.LoadAsync(db, null, cancellationToken)).Select(c => new Item(
                Kind.CostRefusal, c.RequestId, c.Reference, c.Title, c.DueOn, c.ReceivedAtUtc, $"/staff/sign-off/{c.DecisionId}", c.OutcomeText, c.DecidedBy,
                c.Summary + (c.ByQuestion.Count > 0 ? ": " + string.Join("; ", c.ByQuestion.Select(q => $"question {q.QuestionNumber} {q.Hours} hours")) : string.Empty),
                c.Wording));
            var catalogue = await catalogues.GetAsync(cancellationToken);
            var exemptions = (await ExemptionSignOff.LoadAsync(db, null, cancellationToken)).Select(e => new Item(
                Kind.Exemption, e.RequestId, e.Reference, e.Title, e.DueOn, e.ReceivedAtUtc, $"/staff/sign-off/exemptions/{e.RequestId}",
                e.Pending.Count == 1 ? "1 exemption decision" : $"{e.Pending.Count} exemption decisions",
                string.Join(", ", e.Pending.Select(d => d.DecidedBy).Distinct(StringComparer.OrdinalIgnoreCase)),
                string.Join("; ", e.Pending.Select(d => $"question {d.QuestionNumber}: {ExemptionDecisions.Summary(d, catalogue)}")),
                null));
            return [.. costs.Concat(exemptions).OrderBy(i => i.DueOn).ThenBy(i => i.ReceivedAtUtc).ThenBy(i => i.Kind)];
        }
    }
}

/// <summary>Cost refusals waiting for sign-off (issue 4).</summary>
public static class CostSignOff
{
    public sealed record QuestionHours(int QuestionNumber, string Hours);

    public sealed record Item(
        int DecisionId,
        int RequestId,
        string Reference,
        string Title,
        DateOnly DueOn,
        DateTime ReceivedAtUtc,
        CostOutcome Outcome,
        bool GoodwillDisclosure,
        long EstimateMinutes,
        decimal? LimitAmount,
        long? LimitMinutes,
        string DecidedBy,
        DateTime DecidedAtUtc,
        string? Wording,
        IReadOnlyList<QuestionHours> ByQuestion)
    {
        public string Summary => LimitMinutes is { } max && LimitAmount is { } amount
            ? $"Estimate {CostFigures.HoursWithUnit(EstimateMinutes)} against a limit of {CostFigures.Money(amount)} ({CostFigures.HoursWithUnit(max)})"
            : $"Estimate {CostFigures.HoursWithUnit(EstimateMinutes)}";

        public string OutcomeText => Outcome switch
        {
            CostOutcome.RefuseSection12 when GoodwillDisclosure => "Refuse under section 12(1), with goodwill disclosure",
            CostOutcome.RefuseSection12 => "Refuse under section 12(1)",
            CostOutcome.RefuseSection12Two => "Refuse under section 12(2): neither confirm nor deny",
            _ => "Proceed",
        };
    }

    /// <summary>Pending cost decisions on requests awaiting sign-off (all, or one decision), oldest due first.</summary>
    public static async Task<IReadOnlyList<Item>> LoadAsync(FoiDbContext db, int? decisionId, CancellationToken ct)
    {
        var rows = await (
                from d in db.CostDecisions.AsNoTracking()
                join r in db.Requests.AsNoTracking() on d.FoiRequestId equals r.Id
                where d.SignOff.State == SignOffState.Pending && r.Status == RequestStatus.AwaitingSignOff && (decisionId == null || d.Id == decisionId)
                orderby r.DueOn, r.ReceivedAtUtc
                select new { d, r.Id, r.Reference, r.Title, r.DueOn, r.ReceivedAtUtc })
            .ToListAsync(ct);
        var ids = rows.Select(x => x.Id).ToList();
        var estimates = await db.CostEstimates.AsNoTracking().Include(e => e.Lines).Where(e => ids.Contains(e.FoiRequestId)).ToListAsync(ct);
        return rows.Select(x => new Item(
                x.d.Id, x.Id, x.Reference, x.Title, x.DueOn, x.ReceivedAtUtc, x.d.Outcome, x.d.GoodwillDisclosure, x.d.EstimateMinutes, x.d.LimitAmount,
                x.d.LimitMinutes, x.d.DecidedBy, x.d.DecidedAtUtc, x.d.RefusalWording,
                estimates.SingleOrDefault(e => e.FoiRequestId == x.Id)?.ByQuestion.Select(q => new QuestionHours(q.QuestionNumber, q.Hours)).ToList() ?? []))
            .ToList();
    }
}

/// <summary>Requests whose exemption decisions wait for sign-off (issue 5: sensitive provisions and every NCND).</summary>
public static class ExemptionSignOff
{
    public sealed record Question(int Number, string Text);

    /// <param name="Pending">The decisions the manager signs off now.</param>
    /// <param name="All">Every decision on the request, for the whole refusal notice.</param>
    public sealed record Item(
        int RequestId,
        string Reference,
        string Title,
        DateOnly DueOn,
        DateTime ReceivedAtUtc,
        Regime Regime,
        Guid Version,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<ExemptionDecision> Pending,
        IReadOnlyList<ExemptionDecision> All);

    /// <summary>Requests awaiting sign-off with at least one pending exemption decision (all, or one request), oldest due first.</summary>
    public static async Task<IReadOnlyList<Item>> LoadAsync(FoiDbContext db, int? requestId, CancellationToken ct)
    {
        var requests = await db.Requests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.AwaitingSignOff && (requestId == null || r.Id == requestId)
                && db.ExemptionDecisions.Any(d => d.FoiRequestId == r.Id && d.SignOff.State == SignOffState.Pending))
            .OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedAtUtc)
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.Title,
                r.DueOn,
                r.ReceivedAtUtc,
                r.Regime,
                r.Version,
                Questions = r.Questions.OrderBy(q => q.Number).Select(q => new Question(q.Number, q.Text)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var ids = requests.Select(r => r.Id).ToList();
        var decisions = await db.ExemptionDecisions.AsNoTracking()
            .Include(d => d.Citations.OrderBy(c => c.Position))
            .Where(d => ids.Contains(d.FoiRequestId))
            .OrderBy(d => d.QuestionNumber).ThenBy(d => d.Id)
            .ToListAsync(ct);
        return requests.Select(r =>
            {
                var all = decisions.Where(d => d.FoiRequestId == r.Id).ToList();
                return new Item(r.Id, r.Reference, r.Title, r.DueOn, r.ReceivedAtUtc, r.Regime, r.Version, r.Questions, [.. all.Where(d => d.SignOff.State == SignOffState.Pending)], all);
            })
            .ToList();
    }
}
