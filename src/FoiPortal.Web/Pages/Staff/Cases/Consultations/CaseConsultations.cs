using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>A case's consultation tasks for the case page and the task page: who, due, status (overdue by the one rule), answers and files.</summary>
public static class CaseConsultations
{
    public sealed record Query(int RequestId, int? TaskId = null) : IQuery<Model?>;

    public sealed record Model(int RequestId, string Reference, string Title, IReadOnlyList<Task> Tasks, DateOnly Today);

    public sealed record Task(
        int Id,
        ConsulteeKind Kind,
        string RecipientName,
        IReadOnlyList<string> Addresses,
        string Question,
        IReadOnlyList<ConsultationQuestion> Questions,
        DateOnly SentOn,
        DateOnly DueOn,
        CaseWorker AskedBy,
        ConsultationStatus Status,
        string? AnswerText,
        string? AnsweredBy,
        DateTime? AnsweredAtUtc,
        DateTime? WithdrawnAtUtc,
        IReadOnlyList<File> Files,
        IReadOnlyList<ConsultationReminder> Reminders)
    {
        public bool IsWaiting => Status is ConsultationStatus.Sent or ConsultationStatus.Overdue;
    }

    public sealed record File(long Id, string FileName, string ContentType, long Length);

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

            var tasks = await db.ConsultationTasks.AsNoTracking()
                .Where(t => t.FoiRequestId == query.RequestId && (query.TaskId == null || t.Id == query.TaskId))
                .OrderByDescending(t => t.AskedAtUtc).ThenByDescending(t => t.Id)
                .ToListAsync(cancellationToken);
            var ids = tasks.Select(t => t.Id).ToList();
            var files = await db.ConsultationFiles.AsNoTracking().Where(f => ids.Contains(f.ConsultationTaskId)).OrderBy(f => f.Id)
                .Select(f => new { f.ConsultationTaskId, File = new File(f.Id, f.FileName, f.ContentType, f.Length) }).ToListAsync(cancellationToken);
            var reminders = await db.ConsultationReminders.AsNoTracking().Where(r => ids.Contains(r.ConsultationTaskId)).OrderBy(r => r.SentAtUtc)
                .ToListAsync(cancellationToken);
            var names = await CaseWorkers.NamesAsync(db, tasks.Select(t => t.AskedBy), cancellationToken);
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            return new Model(
                request.Id,
                request.Reference,
                request.Title,
                tasks.Select(t => new Task(
                    t.Id,
                    t.Kind,
                    t.RecipientName,
                    t.Addresses,
                    t.Question,
                    t.Questions,
                    t.SentOn,
                    t.DueOn,
                    names[t.AskedBy],
                    t.StatusOn(today),
                    t.AnswerText,
                    t.AnsweredBy,
                    t.AnsweredAtUtc,
                    t.WithdrawnAtUtc,
                    files.Where(f => f.ConsultationTaskId == t.Id).Select(f => f.File).ToList(),
                    reminders.Where(r => r.ConsultationTaskId == t.Id).ToList())).ToList(),
                today);
        }
    }
}
