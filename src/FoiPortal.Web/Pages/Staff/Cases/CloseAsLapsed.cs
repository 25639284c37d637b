using FoiPortal.Core.Data;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>FOIA s.1(3), s.9(2): close a request whose clarification or fee never came (the aggregate decides whether it has lapsed).</summary>
public static class CloseAsLapsed
{
    public sealed class Command : ICommand, IStaffCommand
    {
        public int RequestId { get; init; }

        public Guid Version { get; init; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.LoadForChangeAsync(db.Requests.Include(r => r.ClockEvents), command.RequestId, command.Version, cancellationToken);
            request.Lapse(command.Actor, time.GetUtcNow(), await calendars.ForRegimeAsync(request.Regime, cancellationToken));
            return Unit.Value;
        }
    }
}
