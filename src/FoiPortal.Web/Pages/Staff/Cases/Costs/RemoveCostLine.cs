using FoiPortal.Core.Costs;
using FoiPortal.Core.Data;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;

namespace FoiPortal.Web.Pages.Staff.Cases.Costs;

public static class RemoveCostLine
{
    public sealed record Command(int RequestId, int LineNumber, Guid Version) : ICommand, IStaffCommand
    {
        public string Actor { get; set; } = string.Empty;
    }

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
                command.Actor,
                time.GetUtcNow());
            return Unit.Value;
        }
    }
}
