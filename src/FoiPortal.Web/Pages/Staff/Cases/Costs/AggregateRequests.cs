using FluentValidation;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>Aggregates another request with this one for the cost limit (SI 2004/3244 reg 5), or says why it cannot be.</summary>
public static class AggregateRequests
{
    /// <summary>The value of <see cref="Command.Choice"/> for a request named by its reference (requesters acting in concert).</summary>
    public const string Other = "other";

    /// <summary>Returns the reference of the request aggregated.</summary>
    public sealed class Command : CaseCommand, ICommand<string>
    {
        /// <summary>The id of a candidate from the same requester, or <see cref="Other"/>.</summary>
        public string? Choice { get; set; }

        public string? OtherReference { get; set; }

        public string? SimilarInformation { get; set; }

        public string? ConcertReason { get; set; }
    }

    /// <summary>The other request and the ground, or the message saying why it cannot be aggregated.</summary>
    internal sealed record Resolution(int RequestId, string Reference, AggregationGround Ground, string? Problem, string Field);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(FoiDbContext db, ICalendarSource calendars)
        {
            RuleFor(c => c.Choice).NotEmpty().WithMessage("Select the request to aggregate with this one");
            RuleFor(c => c.OtherReference).NotEmpty().WithMessage("Enter the reference of the other request, for example FOI/2026/00042")
                .When(c => c.Choice == Other);
            RuleFor(c => c.SimilarInformation).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Say why the requests are for the same or similar information")
                .MaximumLength(CostAggregationLink.StatementMaxLength).WithMessage($"Why the requests are similar must be {CostAggregationLink.StatementMaxLength:N0} characters or fewer");
            RuleFor(c => c.ConcertReason)
                .MaximumLength(CostAggregationLink.StatementMaxLength).WithMessage($"Why the requesters act together must be {CostAggregationLink.StatementMaxLength:N0} characters or fewer");
            RuleFor(c => c).CustomAsync(async (command, context, ct) =>
            {
                if (string.IsNullOrWhiteSpace(command.Choice) || (command.Choice == Other && string.IsNullOrWhiteSpace(command.OtherReference)))
                {
                    return;
                }

                var resolution = await ResolveAsync(db, calendars, command, ct);
                if (resolution.Problem is { } problem)
                {
                    context.AddFailure(resolution.Field, problem);
                }
                else if (resolution.Ground == AggregationGround.LinkedByOfficer && string.IsNullOrWhiteSpace(command.ConcertReason))
                {
                    // reg 5(1)(b): requests from different people only when they act in concert or in pursuance of a campaign.
                    context.AddFailure(nameof(Command.ConcertReason), $"Request {resolution.Reference} is from a different requester: say why the requesters appear to be acting in concert or as part of a campaign");
                }
            });
        }
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            if (CaseSteps.WhyNotEditable(CaseStep.CostEstimate, request.Status) is { } why)
            {
                throw new DomainException(why.Replace("its cost estimate cannot be changed", "requests cannot be aggregated with it", StringComparison.Ordinal));
            }

            var resolution = await ResolveAsync(db, calendars, command, cancellationToken);
            if (resolution.Problem is { } problem)
            {
                throw new DomainException(problem);
            }

            var now = time.GetUtcNow();
            var concert = resolution.Ground == AggregationGround.LinkedByOfficer ? command.ConcertReason : null;
            db.CostAggregationLinks.Add(new CostAggregationLink(
                request.Id, resolution.RequestId, resolution.Ground, command.SimilarInformation!, concert, command.Actor, now.UtcDateTime));
            var other = await db.Requests.SingleAsync(r => r.Id == resolution.RequestId, cancellationToken);
            request.RecordCaseWork("Aggregated", $"Aggregated with {other.Reference} for the cost limit (regulation 5)", command.Actor, now);
            other.RecordCaseWork("Aggregated", $"Aggregated with {request.Reference} for the cost limit (regulation 5)", command.Actor, now);
            return other.Reference;
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1304", Justification = "EF translates ToLower/ToUpper to SQL; no culture applies.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1311", Justification = "EF translates ToLower/ToUpper to SQL; no culture applies.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "string.Equals with a comparison is not translated by EF.")]
    internal static async Task<Resolution> ResolveAsync(FoiDbContext db, ICalendarSource calendars, Command command, CancellationToken ct)
    {
        var current = await db.Requests.AsNoTracking().Where(r => r.Id == command.RequestId)
            .Select(r => new AggregationCandidate(r.Id, r.Reference, r.Regime, r.ReceivedOn, r.Requester.Email))
            .SingleOrDefaultAsync(ct) ?? throw new DomainException("This request no longer exists.");
        var byReference = command.Choice == Other;
        var field = byReference ? nameof(Command.OtherReference) : nameof(Command.Choice);
        Resolution Refuse(string message) => new(0, string.Empty, AggregationGround.SameRequester, message, field);
        if (!CostAggregation.AppliesTo(current.Regime))
        {
            return Refuse($"Requests under the {current.Regime.ToString().ToUpperInvariant()} cannot be aggregated: regulation 5 of the FOIA fees regulations applies to FOIA requests only");
        }

        AggregationCandidate? other;
        if (byReference)
        {
            var reference = command.OtherReference!.Trim().ToUpperInvariant();
            other = await db.Requests.AsNoTracking().Where(r => r.Reference.ToUpper() == reference)
                .Select(r => new AggregationCandidate(r.Id, r.Reference, r.Regime, r.ReceivedOn, r.Requester.Email))
                .FirstOrDefaultAsync(ct);
            if (other is null)
            {
                return Refuse($"There is no request with the reference {command.OtherReference!.Trim()}: check the reference");
            }
        }
        else
        {
            other = int.TryParse(command.Choice, out var otherId)
                ? await db.Requests.AsNoTracking().Where(r => r.Id == otherId)
                    .Select(r => new AggregationCandidate(r.Id, r.Reference, r.Regime, r.ReceivedOn, r.Requester.Email))
                    .SingleOrDefaultAsync(ct)
                : null;
            if (other is null)
            {
                return Refuse("Select the request to aggregate with this one");
            }
        }

        if (other.RequestId == current.RequestId)
        {
            return Refuse("A request cannot be aggregated with itself: enter the reference of another request");
        }

        if (other.Regime != current.Regime)
        {
            return Refuse($"Request {other.Reference} is handled under the {other.Regime.ToString().ToUpperInvariant()}: only requests under the same law can be aggregated");
        }

        if (await db.CostAggregationLinks.AnyAsync(
                l => (l.RequestId == current.RequestId && l.OtherRequestId == other.RequestId) || (l.RequestId == other.RequestId && l.OtherRequestId == current.RequestId), ct))
        {
            return Refuse($"Request {other.Reference} is already aggregated with this one");
        }

        // reg 5(1): the same person, or (linked by the officer) persons acting in concert or in pursuance of a campaign.
        var calendar = await calendars.ForRegimeAsync(current.Regime, ct);
        var match = CostAggregation.Eligible(current, [other], new HashSet<int> { other.RequestId }, calendar).SingleOrDefault();
        if (match is null)
        {
            var span = CostAggregation.WorkingDaySpan(current.ReceivedOn, other.ReceivedOn, calendar);
            return Refuse($"Request {other.Reference} was received {span} working days apart from this one (counting both days): only requests received within {CostAggregation.WindowWorkingDays} consecutive working days can be aggregated");
        }

        // reg 5(2)(b): every request aggregated together must fall within one period of 60 consecutive working days.
        var linkedIds = await db.CostAggregationLinks.AsNoTracking()
            .Where(l => l.RequestId == current.RequestId || l.OtherRequestId == current.RequestId || l.RequestId == other.RequestId || l.OtherRequestId == other.RequestId)
            .Select(l => new[] { l.RequestId, l.OtherRequestId })
            .ToListAsync(ct);
        var setIds = linkedIds.SelectMany(ids => ids).Append(other.RequestId).Where(id => id != current.RequestId).Distinct().ToList();
        var set = await db.Requests.AsNoTracking().Where(r => setIds.Contains(r.Id))
            .Select(r => new AggregationCandidate(r.Id, r.Reference, r.Regime, r.ReceivedOn, r.Requester.Email))
            .ToListAsync(ct);
        if (AggregationPeriod.Check(current, set, calendar).Problem is { } outside)
        {
            return Refuse(outside);
        }

        return new Resolution(other.RequestId, other.Reference, match.Ground, null, field);
    }
}
