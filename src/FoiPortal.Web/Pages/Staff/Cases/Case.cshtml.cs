using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>One request as an officer sees it: the clock, the requester, the questions and the timeline.</summary>
public sealed class CaseModel(IMediator mediator) : PageModel
{
    public CaseDetails.Model Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await mediator.Send(new CaseDetails.Query(id)) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        return Page();
    }
}

public static class CaseDetails
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Question(int Number, string Text);

    public sealed record Event(DateTime AtUtc, string Description, string? Actor);

    public sealed record Model(
        int Id,
        string Reference,
        string Title,
        RequestStatus Status,
        Regime Regime,
        Channel Channel,
        PreferredFormat PreferredFormat,
        DateTime ReceivedAtUtc,
        DateOnly ReceivedOn,
        DateOnly DueOn,
        bool Overdue,
        string? AssignedOfficer,
        string RequesterName,
        string RequesterEmail,
        string? RequesterPostalAddress,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<Event> Events);

    public sealed class Handler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var r = await db.Requests.AsNoTracking()
                .Where(x => x.Id == query.Id)
                .Select(x => new
                {
                    x.Id,
                    x.Reference,
                    x.Title,
                    x.Status,
                    x.Regime,
                    x.Channel,
                    x.PreferredFormat,
                    x.ReceivedAtUtc,
                    x.ReceivedOn,
                    x.DueOn,
                    x.AssignedOfficer,
                    x.Requester.Name,
                    x.Requester.Email,
                    x.Requester.PostalAddress,
                    Questions = x.Questions.OrderBy(q => q.Number).Select(q => new Question(q.Number, q.Text)).ToList(),
                    Events = x.Events.OrderBy(e => e.Id).Select(e => new Event(e.AtUtc, e.Description, e.Actor)).ToList(),
                })
                .AsSplitQuery()
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var open = r.Status is not (RequestStatus.Responded or RequestStatus.InternalReview or RequestStatus.Reviewed or RequestStatus.Withdrawn or RequestStatus.Lapsed);
            return new Model(
                r.Id, r.Reference, r.Title, r.Status, r.Regime, r.Channel, r.PreferredFormat, r.ReceivedAtUtc, r.ReceivedOn, r.DueOn,
                open && r.DueOn < today, r.AssignedOfficer, r.Name, r.Email, r.PostalAddress, r.Questions, r.Events);
        }
    }
}
