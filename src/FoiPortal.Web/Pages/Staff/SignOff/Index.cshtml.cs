using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
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

public static class SignOffQueue
{
    /// <summary>What is being signed off. Exemption decisions (issue 5) add a kind and a second source to the query.</summary>
    public enum Kind
    {
        CostRefusal,
    }

    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record QuestionHours(int QuestionNumber, string Hours);

    public sealed record Item(
        Kind Kind,
        int DecisionId,
        int RequestId,
        string Reference,
        string Title,
        DateOnly DueOn,
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

    public sealed class Handler(FoiDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken) => await LoadAsync(db, null, cancellationToken);
    }

    /// <summary>Pending decisions on requests awaiting sign-off (all, or one decision), oldest due first.</summary>
    public static async Task<IReadOnlyList<Item>> LoadAsync(FoiDbContext db, int? decisionId, CancellationToken ct)
    {
        var rows = await (
                from d in db.CostDecisions.AsNoTracking()
                join r in db.Requests.AsNoTracking() on d.FoiRequestId equals r.Id
                where d.SignOff == SignOffState.Pending && r.Status == RequestStatus.AwaitingSignOff && (decisionId == null || d.Id == decisionId)
                orderby r.DueOn, r.ReceivedAtUtc
                select new { d, r.Id, r.Reference, r.Title, r.DueOn })
            .ToListAsync(ct);
        var ids = rows.Select(x => x.Id).ToList();
        var estimates = await db.CostEstimates.AsNoTracking().Include(e => e.Lines).Where(e => ids.Contains(e.FoiRequestId)).ToListAsync(ct);
        return rows.Select(x => new Item(
                Kind.CostRefusal, x.d.Id, x.Id, x.Reference, x.Title, x.DueOn, x.d.Outcome, x.d.GoodwillDisclosure, x.d.EstimateMinutes, x.d.LimitAmount,
                x.d.LimitMinutes, x.d.DecidedBy, x.d.DecidedAtUtc, x.d.RefusalWording,
                estimates.SingleOrDefault(e => e.FoiRequestId == x.Id)?.ByQuestion.Select(q => new QuestionHours(q.QuestionNumber, q.Hours)).ToList() ?? []))
            .ToList();
    }
}
