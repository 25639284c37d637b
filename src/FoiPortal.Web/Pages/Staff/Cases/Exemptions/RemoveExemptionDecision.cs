using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Exemptions;

/// <summary>Removes a decision an officer recorded, until a manager has approved it.</summary>
public static class RemoveExemptionDecision
{
    /// <summary>Returns the question number of the removed decision.</summary>
    public sealed record Command(int RequestId, Guid Version, int DecisionId) : ICommand<int>, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            if (CaseSteps.WhyNotEditable(CaseStep.ExemptionDecisions, request.Status) is { } why)
            {
                throw new DomainException(why);
            }

            var decision = await db.ExemptionDecisions.Include(d => d.Citations)
                .SingleOrDefaultAsync(d => d.Id == command.DecisionId && d.FoiRequestId == request.Id, cancellationToken)
                ?? throw new DomainException("This decision has already been removed.");
            decision.EnsureRemovable();
            db.ExemptionDecisions.Remove(decision);
            var catalogue = await catalogues.GetAsync(cancellationToken);
            request.RecordCaseWork("ExemptionDecisionRemoved", $"Decision removed: question {decision.QuestionNumber}: {ExemptionDecisions.Summary(decision, catalogue)}", command.Actor, time.GetUtcNow());
            return decision.QuestionNumber;
        }
    }
}
