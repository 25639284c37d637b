using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;

namespace FoiPortal.Web.Pages.Staff.Cases.Exemptions;

/// <summary>The officer sends the case to a manager: the case (<see cref="FoiRequest.SubmitForSignOff"/>) says whether it can go.</summary>
public static class SubmitExemptionDecisions
{
    public sealed record Command(int RequestId, Guid Version) : ICommand, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests, command.RequestId, command.Version, cancellationToken);
            if (CaseSteps.WhyNotEditable(CaseStep.ExemptionDecisions, request.Status) is { } why)
            {
                throw new DomainException(why);
            }

            // FOIA s.17 notices on sensitive exemptions and every NCND wait for a manager (issue 5), with any s.12 refusal.
            request.SubmitForSignOff(command.Actor, time.GetUtcNow(), await SignOffStatus.LoadAsync(db, request.Id, cancellationToken));
            return Unit.Value;
        }
    }
}
