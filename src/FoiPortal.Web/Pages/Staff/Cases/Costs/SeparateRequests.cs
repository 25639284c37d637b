using FluentValidation;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

/// <summary>Takes an aggregated request out of this one's aggregation.</summary>
public static class SeparateRequests
{
    /// <summary>Returns the reference of the request no longer aggregated.</summary>
    public sealed record Command(int RequestId, int LinkId, Guid Version) : ICommand<string>, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            if (CaseSteps.WhyNotEditable(CaseStep.CostEstimate, request.Status) is { } why)
            {
                throw new DomainException(why.Replace("its cost estimate cannot be changed", "its aggregation cannot be changed", StringComparison.Ordinal));
            }

            var link = await db.CostAggregationLinks.SingleOrDefaultAsync(
                    l => l.Id == command.LinkId && (l.RequestId == command.RequestId || l.OtherRequestId == command.RequestId), cancellationToken)
                ?? throw new DomainException("These requests are no longer aggregated.");
            var other = await db.Requests.SingleAsync(r => r.Id == link.PartnerOf(request.Id), cancellationToken);
            db.CostAggregationLinks.Remove(link);
            var now = time.GetUtcNow();
            request.RecordCaseWork("Separated", $"No longer aggregated with {other.Reference}", command.Actor, now);
            other.RecordCaseWork("Separated", $"No longer aggregated with {request.Reference}", command.Actor, now);
            return other.Reference;
        }
    }
}
