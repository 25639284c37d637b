using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Pages.Staff.Cases.Consultations;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// Consultation reminders (issue 18): the person asked gets one reminder <c>Consultations:ReminderWorkingDaysBefore</c>
/// working days (default 2) before the task's due date and one when it is overdue, by the task's one rule
/// (<see cref="ConsultationReminder.Due"/>), exactly once per task, kind and due date: the reminder row (unique) and
/// its emails are saved in one transaction, as the case reminders are. Each reminder carries a NEW link: only the
/// token's hash is stored, so the old token cannot be put in a new email, and a fresh one also means a link in an
/// old, forwarded or mis-sent email stops working. The token goes only into the email, never into a log.
/// </summary>
public sealed partial class DeadlineReminderJob
{
    public async Task<int> SendDueConsultationRemindersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        var before = scope.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Consultations:ReminderWorkingDaysBefore", ConsultationReminder.DefaultWorkingDaysBefore);
        var now = time.GetUtcNow();
        var today = UkLocalDate.FromInstant(now);
        var uk = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
        var scotland = await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken);

        // Waiting tasks due within the window (the later of the two calendars' dates) or overdue.
        var latest = new[] { uk.AddWorkingDays(today, Math.Max(0, before)), scotland.AddWorkingDays(today, Math.Max(0, before)) }.Max();
        var candidates = await db.ConsultationTasks.AsNoTracking()
            .Where(ConsultationTask.Waiting)
            .Where(t => t.DueOn <= latest)
            .Select(t => new { t.Id, t.FoiRequestId, t.DueOn, Sent = db.ConsultationReminders.Where(r => r.ConsultationTaskId == t.Id && r.DueOn == t.DueOn).Select(r => r.Kind).ToList() })
            .ToListAsync(cancellationToken);
        var created = 0;
        foreach (var candidate in candidates)
        {
            db.ChangeTracker.Clear();
            var task = await db.ConsultationTasks.SingleAsync(t => t.Id == candidate.Id, cancellationToken);
            var request = await db.Requests.SingleAsync(r => r.Id == candidate.FoiRequestId, cancellationToken);
            var calendar = request.Regime == Regime.Foisa ? scotland : uk;
            if (ConsultationReminder.Due(task, today, calendar, before) is not { } kind || candidate.Sent.Contains(kind))
            {
                continue;
            }

            var (token, hash) = ConsultationToken.Create();
            task.IssueLink(hash, calendar);
            try
            {
                ConsultationMail.Queue(db, task, kind == ConsultationReminderKind.Overdue ? ConsultationEmailKind.Overdue : ConsultationEmailKind.Reminder, request, token, requestOptions.Value.PublicBaseUrl, now.UtcDateTime);
            }
            catch (PersonalDataFoundException)
            {
                logger.LogWarning("Consultation task {TaskId}: its email would now hold the requester's details; no reminder sent", task.Id);
                continue;
            }

            db.ConsultationReminders.Add(new ConsultationReminder(task.Id, kind, task.DueOn, now.UtcDateTime));
            request.RecordCaseWork(
                "ConsultationReminder",
                kind == ConsultationReminderKind.Overdue ? $"{task.RecipientName} reminded: the consultation is overdue" : $"{task.RecipientName} reminded: the consultation is due on {UkDates.Full(task.DueOn)}",
                actor: null,
                now);
            try
            {
                // One SaveChanges: the reminder, its new link and its emails commit together or not at all.
                await db.SaveChangesAsync(cancellationToken);
                created++;
            }
            catch (DbUpdateException)
            {
                // The unique index (another node sent it first), or the case changed meanwhile: the next run decides again.
                db.ChangeTracker.Clear();
                logger.LogInformation("Consultation reminder {Kind} for task {TaskId} not sent this run (sent elsewhere or the case changed)", kind, candidate.Id);
            }
        }

        if (created > 0)
        {
            outbox.Notify();
            logger.LogInformation("Created {Count} consultation reminders", created);
        }

        return created;
    }
}
