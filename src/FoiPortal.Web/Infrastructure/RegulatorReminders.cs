using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// The <see cref="DeadlineReminderJob"/>'s part for complaints to the regulator: emails the case's assigned officer 5 and
/// 1 working days before each regulator deadline still to come (submissions, steps, appeal) and once when one is overdue
/// (never for an appeal deadline: <see cref="RegulatorDeadline.ReminderDue"/>). Exactly once per deadline, kind and date:
/// the <see cref="RegulatorReminder"/> row (unique) and the outbox email are saved together.
/// </summary>
public static class RegulatorReminders
{
    public static async Task<int> CreateAsync(
        FoiDbContext db, DateOnly today, DateTimeOffset now, WorkingDayCalendar uk, WorkingDayCalendar scotland, string publicBaseUrl, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lastDueSoonDay = new[] { DeadlineStatus.DueSoonBy(today, uk), DeadlineStatus.DueSoonBy(today, scotland) }.Max();
        var candidates = await db.RegulatorDeadlines.AsNoTracking()
            .Where(RegulatorDeadline.PendingOn(today))
            .Where(d => d.DueOn <= lastDueSoonDay)
            .Join(db.RegulatorComplaints, d => d.RegulatorComplaintId, c => c.Id, (d, c) => new { Deadline = d, c.FoiRequestId, c.Regime, c.Regulator, c.CaseReference })
            .Join(db.Requests.Where(r => r.AssignedOfficer != null), x => x.FoiRequestId, r => r.Id, (x, r) => new { x.Deadline, x.FoiRequestId, x.Regime, x.Regulator, x.CaseReference, r.Reference, Officer = r.AssignedOfficer! })
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var ids = candidates.Select(c => c.Deadline.Id).ToList();
        var sent = (await db.RegulatorReminders.AsNoTracking().Where(r => ids.Contains(r.RegulatorDeadlineId))
            .Select(r => new { r.RegulatorDeadlineId, r.Kind, r.DueOn }).ToListAsync(cancellationToken)).ToHashSet();
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && u.Email != null)
            .Select(u => new { UserName = u.UserName!, Email = u.Email!, u.DisplayName })
            .ToListAsync(cancellationToken);
        var created = 0;
        foreach (var c in candidates)
        {
            var deadline = c.Deadline;
            var calendar = c.Regime == Regime.Foisa ? scotland : uk;
            if (deadline.ReminderDue(today, calendar) is not { } kind || sent.Contains(new { RegulatorDeadlineId = deadline.Id, Kind = kind, deadline.DueOn }))
            {
                continue;
            }

            if (staff.FirstOrDefault(s => string.Equals(s.UserName, c.Officer, StringComparison.OrdinalIgnoreCase)) is not { } officer)
            {
                logger.LogWarning("Request {RequestId} is assigned to an unknown staff user; no regulator reminder sent", c.FoiRequestId);
                continue;
            }

            var (subject, body) = Compose(kind, deadline, c.FoiRequestId, c.Reference, c.Regulator, c.CaseReference, calendar.WorkingDaysBetween(today, deadline.DueOn), officer.DisplayName, publicBaseUrl);
            db.ChangeTracker.Clear();
            db.RegulatorReminders.Add(new RegulatorReminder(deadline.Id, kind, deadline.DueOn, now.UtcDateTime));
            db.OutboundEmails.Add(new OutboundEmail(officer.Email, officer.DisplayName, subject, body, now.UtcDateTime));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                created++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (!await db.RegulatorReminders.AnyAsync(r => r.RegulatorDeadlineId == deadline.Id && r.Kind == kind && r.DueOn == deadline.DueOn, cancellationToken))
                {
                    throw;
                }

                logger.LogInformation("Regulator reminder {Kind} for deadline {DeadlineId} already sent elsewhere; skipped", kind, deadline.Id);
            }
        }

        return created;
    }

    /// <summary>The case reference, the regulator's reference, the deadline and a link: never the requester's personal data.</summary>
    private static (string Subject, string Body) Compose(
        ReminderKind kind, RegulatorDeadline deadline, int requestId, string reference, Regulator regulator, string caseReference, int workingDaysLeft, string officerName, string publicBaseUrl)
    {
        var due = UkDates.WithWeekday(deadline.DueOn);
        var what = $"{deadline.Label} ({regulator.Name()} {caseReference})";
        var (subject, state) = kind switch
        {
            ReminderKind.Overdue => ($"Overdue: {what} for {reference} was due on {due}", $"was due on {due} and is now overdue"),
            _ when workingDaysLeft <= 0 => ($"{deadline.Label} today: {reference} ({regulator.Name()} {caseReference})", $"is today, {due}"),
            _ when workingDaysLeft == 1 => ($"{deadline.Label} in 1 working day: {reference} ({regulator.Name()} {caseReference})", $"is on {due}: 1 working day left"),
            _ => ($"{deadline.Label} in {workingDaysLeft} working days: {reference} ({regulator.Name()} {caseReference})", $"is on {due}: {workingDaysLeft} working days left"),
        };
        var body = $"""
            Dear {(string.IsNullOrWhiteSpace(officerName) ? "colleague" : officerName)},

            {what} on the request {reference} assigned to you {state}.
            {deadline.Description}

            Open the case: {publicBaseUrl.TrimEnd('/')}/staff/cases/{requestId}#regulator

            This is an automatic reminder. You will get one 5 working days before a regulator deadline, one 1 working day before, and one if it passes (except the appeal deadline, which simply closes).
            """;
        return (subject.Length > OutboundEmail.SubjectMaxLength ? subject[..OutboundEmail.SubjectMaxLength] : subject, body);
    }
}
