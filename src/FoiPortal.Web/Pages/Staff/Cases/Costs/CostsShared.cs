using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>The appropriate limit for this authority: <c>Authority:Type</c> decides £450 or £600 under FOIA (SI 2004/3244 reg 3).</summary>
public static class CostLimits
{
    public static AuthorityType AuthorityTypeOf(AuthorityOptions options) =>
        Enum.TryParse<AuthorityType>(options.Type, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : AuthorityType.Other;

    public static AppropriateLimit For(Regime regime, AuthorityOptions options) => AppropriateLimit.For(regime, AuthorityTypeOf(options));

    /// <summary>"Estimate: 180.0 hours. This exceeds the appropriate limit of £450 (18.0 hours)."</summary>
    /// <remarks>With <paramref name="combined"/> (reg 5) the verdict is on the aggregated total.</remarks>
    public static string Verdict(CostEstimate estimate, AppropriateLimit limit, AggregatedCostEstimate? combined = null)
    {
        var total = combined is null
            ? $"Estimate: {CostFigures.HoursWithUnit(estimate.TotalMinutes)}."
            : $"Aggregated estimate: {CostFigures.HoursWithUnit(combined.TotalMinutes)} ({CostFigures.HoursWithUnit(estimate.TotalMinutes)} for this request).";
        if (limit.Amount is not { } amount || limit.MaxMinutes is not { } max)
        {
            return total + " The Environmental Information Regulations have no cost limit.";
        }

        if (limit.Regime == Regime.Foisa)
        {
            // SSI 2004/467 regs 3 and 5: each line at its staff hourly cost (at most £15), against £600; aggregated
            // requests add up at each line's own rate too.
            var (cost, exceeds) = combined is null ? (estimate.Cost(limit), estimate.ExceedsLimit(limit)) : (combined.Cost(limit), combined.ExceedsLimit(limit));
            var what = combined is null
                ? $"Estimate: {CostFigures.HoursWithUnit(estimate.TotalMinutes)}"
                : $"Aggregated estimate: {CostFigures.HoursWithUnit(combined.TotalMinutes)} ({CostFigures.HoursWithUnit(estimate.TotalMinutes)} for this request)";
            return $"{what}, costing {CostFigures.Money(cost)} with staff time at the hourly cost on each line. "
                + $"This {(exceeds ? "exceeds" : "is within")} the prescribed amount of {CostFigures.Money(amount)}.";
        }

        // FOIA s.12(1): "would exceed": exactly at the limit is within it.
        if (combined is not null)
        {
            return $"{total} This {(combined.ExceedsLimit(limit) ? "exceeds" : "is within")} the appropriate limit of {CostFigures.Money(amount)} ({CostFigures.HoursWithUnit(max)}).";
        }

        // ICO s.12 guidance and reg 5(2)(a): each question on its own, unless found to be for the same or similar information.
        var assessment = estimate.Assess(limit);
        var limitText = $"the appropriate limit of {CostFigures.Money(amount)} ({CostFigures.HoursWithUnit(max)})";
        if (!assessment.AnyRefused)
        {
            return $"{total} {(assessment.Groups.Count > 1 ? "Each question, or set of questions costed together, is" : "This is")} within {limitText}.";
        }

        var refused = assessment.RefusedQuestions;
        var costed = estimate.ByQuestion.Count;
        return refused.Count == costed && assessment.Groups.Count == 1
            ? $"{total} This exceeds {limitText}."
            : $"{total} {Capitalise(CostFigures.QuestionList(refused))} {(refused.Count == 1 ? "exceeds" : "exceed")} {limitText}; the other questions are within it.";
    }

    /// <summary>The case's estimate with its lines (read only), or an empty one.</summary>
    public static async Task<CostEstimate> LoadAsync(FoiDbContext db, int requestId, Regime regime, CancellationToken ct) =>
        await db.CostEstimates.AsNoTracking().Include(e => e.Lines).SingleOrDefaultAsync(e => e.FoiRequestId == requestId, ct)
        ?? new CostEstimate(requestId, regime);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
