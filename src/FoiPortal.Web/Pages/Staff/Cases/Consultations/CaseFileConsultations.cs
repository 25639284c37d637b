using FoiPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>A case's consultations in its case file (retention, FOIA s.50 complaints): the tasks and answers, then the files.</summary>
public static class CaseFileConsultations
{
    public sealed record File(int TaskId, long Id, string FileName, byte[] Content);

    /// <summary>The tasks as plain records: never the link's hash.</summary>
    public static async Task<IReadOnlyList<object>> TasksAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken)
    {
        var tasks = await db.ConsultationTasks.AsNoTracking().Where(t => t.FoiRequestId == requestId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var ids = tasks.Select(t => t.Id).ToList();
        var files = await db.ConsultationFiles.AsNoTracking().Where(f => ids.Contains(f.ConsultationTaskId))
            .Select(f => new { f.ConsultationTaskId, f.Id, f.FileName, f.ContentType, f.Length, f.Sha256, f.UploadedAtUtc }).ToListAsync(cancellationToken);
        var reminders = await db.ConsultationReminders.AsNoTracking().Where(r => ids.Contains(r.ConsultationTaskId)).ToListAsync(cancellationToken);
        return tasks.Select(t => (object)new
        {
            t.Id,
            Kind = t.Kind.ToString(),
            t.RecipientName,
            t.RecipientEmails,
            t.Question,
            Concerns = t.Questions.Select(q => new { q.Number, q.Text }),
            t.SentOn,
            t.DueOn,
            t.AskedBy,
            t.AskedAtUtc,
            State = t.State.ToString(),
            t.AnsweredAtUtc,
            t.AnsweredBy,
            t.AnswerText,
            t.WithdrawnAtUtc,
            t.WithdrawnBy,
            t.LinksIssued,
            Files = files.Where(f => f.ConsultationTaskId == t.Id).Select(f => new { f.Id, f.FileName, f.ContentType, f.Length, f.Sha256, f.UploadedAtUtc }),
            Reminders = reminders.Where(r => r.ConsultationTaskId == t.Id).Select(r => new { Kind = r.Kind.ToString(), r.DueOn, r.SentAtUtc }),
        }).ToList();
    }

    /// <summary>The answers' files, in task and upload order; a file emptied by the retention purge is left out.</summary>
    public static async Task<IReadOnlyList<File>> FilesAsync(FoiDbContext db, int requestId, CancellationToken cancellationToken)
    {
        var taskIds = db.ConsultationTasks.Where(t => t.FoiRequestId == requestId).Select(t => t.Id);
        var files = await db.ConsultationFiles.AsNoTracking().Where(f => taskIds.Contains(f.ConsultationTaskId))
            .OrderBy(f => f.ConsultationTaskId).ThenBy(f => f.Id)
            .Select(f => new { f.ConsultationTaskId, f.Id, f.FileName, f.Content }).ToListAsync(cancellationToken);
        return files.Where(f => f.Content.Length > 0).Select(f => new File(f.ConsultationTaskId, f.Id, f.FileName, f.Content)).ToList();
    }
}
