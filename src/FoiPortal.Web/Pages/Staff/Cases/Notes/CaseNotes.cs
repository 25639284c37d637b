using FoiPortal.Core.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Notes;

/// <summary>A case's notes, newest first, each saying whether the member of staff reading may still change it.</summary>
public static class CaseNotes
{
    public sealed record Query(int RequestId, string UserName) : IQuery<Model?>;

    public sealed record Model(int RequestId, string Reference, string Title, IReadOnlyList<Note> Notes);

    /// <param name="FixedFromUtc">When the note stops being editable (shown to its author while they can still edit it).</param>
    public sealed record Note(int Id, CaseWorker Author, string Text, DateTime WrittenAtUtc, DateTime? EditedAtUtc, int Corrections, bool CanEdit, DateTime FixedFromUtc);

    public sealed class Handler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var request = await db.Requests.AsNoTracking().Where(r => r.Id == query.RequestId)
                .Select(r => new { r.Id, r.Reference, r.Title }).SingleOrDefaultAsync(cancellationToken);
            if (request is null)
            {
                return null;
            }

            var notes = await db.CaseNotes.AsNoTracking().Where(n => n.FoiRequestId == query.RequestId)
                .OrderByDescending(n => n.WrittenAtUtc).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);
            var names = await CaseWorkers.NamesAsync(db, notes.Select(n => n.Author), cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            return new Model(
                request.Id,
                request.Reference,
                request.Title,
                notes.Select(n => new Note(
                    n.Id, names[n.Author], n.Text, n.WrittenAtUtc, n.EditedAtUtc, n.Revisions.Count, n.CanEdit(query.UserName, now), n.FixedFromUtc)).ToList());
        }
    }
}
