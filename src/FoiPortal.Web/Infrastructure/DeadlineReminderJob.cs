using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure.Database;
using FoiPortal.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// Emails the assigned officer when a request is 5 working days and 1 working day from the date worked to, and once
/// when it is overdue (FOIA s.10(1)); "due soon" and "overdue" are <see cref="DeadlineStatus"/>'s, so after a timely
/// public interest extension (s.10(3)) the officer is reminded of the target and told "overdue" only once it passes.
/// The reminder rows record the date worked to. Runs at start and then hourly. Exactly once per request, kind and due date, also across
/// restarts and several web nodes: the reminder row (unique on RequestId, Kind, DueOn) and the outbox email are saved
/// in one transaction, so a node that loses the race saves neither and skips. Regulator deadlines (complaints to the
/// Information Commissioner) get the same reminders through <see cref="RegulatorReminders"/>, with their own records.
/// </summary>
public sealed partial class DeadlineReminderJob(
    IServiceScopeFactory scopes,
    RowClaims claims,
    ICalendarSource calendars,
    IOptions<RequestOptions> requestOptions,
    OutboxSignal outbox,
    TimeProvider time,
    ILogger<DeadlineReminderJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>
    /// The lease one node holds to run the hourly scan (ADR 017): renewed by its holder each hour; if that node dies,
    /// another node's next run after it lapses takes over. The unique reminder row stays the exactly-once guarantee.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(50);

    /// <summary>One hourly run: when this node holds (or takes) the lease, the case and review reminders. False when another node holds it.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
            if (!await claims.TryTakeLeaseAsync(db, Core.Nodes.JobLease.DeadlineReminders, time.GetUtcNow().UtcDateTime, Lease, cancellationToken))
            {
                logger.LogDebug("Deadline reminders are run by another node this hour");
                return false;
            }
        }

        await SendDueRemindersAsync(cancellationToken);
        await SendDueReviewRemindersAsync(cancellationToken);
        await SendDueConsultationRemindersAsync(cancellationToken);
        return true;
    }

    /// <summary>Creates the reminders due today (UK date from <see cref="TimeProvider"/>); returns how many were created.</summary>
    public async Task<int> SendDueRemindersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        var now = time.GetUtcNow();
        var today = UkLocalDate.FromInstant(now);
        var uk = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
        var scotland = await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken);
        var window = DeadlineWindow.On(today, uk, scotland);
        // Complaints to the regulator: the same reminders before their deadlines, with their own records.
        var created = await RegulatorReminders.CreateAsync(db, today, now, uk, scotland, requestOptions.Value.PublicBaseUrl, logger, cancellationToken);

        // Assigned and due soon or overdue (FOIA s.1(3), s.10(2): never while the clock is stopped); overdue ones already
        // reminded for this date are left out in SQL.
        var candidates = await db.Requests.AsNoTracking()
            .Where(window.DueSoonOrOverdue)
            .Where(r => r.AssignedOfficer != null)
            .Where(r => r.WorkingToOn >= today || !db.DeadlineReminders.Any(d => d.RequestId == r.Id && d.DueOn == r.WorkingToOn && d.Kind == ReminderKind.Overdue))
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.Title,
                r.DueOn,
                r.WorkingToOn,
                r.Regime,
                Officer = r.AssignedOfficer!,
                Sent = db.DeadlineReminders.Where(d => d.RequestId == r.Id && d.DueOn == r.WorkingToOn).Select(d => d.Kind).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0 && created == 0)
        {
            return 0;
        }

        var staff = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && u.Email != null)
            .Select(u => new { UserName = u.UserName!, Email = u.Email!, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var request in candidates)
        {
            var calendar = request.Regime == Regime.Foisa ? scotland : uk;
            if (DeadlineReminder.Due(request.WorkingToOn, today, calendar) is not { } kind || request.Sent.Contains(kind))
            {
                continue;
            }

            var officer = staff.FirstOrDefault(s => string.Equals(s.UserName, request.Officer, StringComparison.OrdinalIgnoreCase));
            if (officer is null)
            {
                logger.LogWarning("Request {RequestId} is assigned to an unknown staff user; no deadline reminder sent", request.Id);
                continue;
            }

            var toTarget = request.WorkingToOn != request.DueOn;
            var (subject, body) = Compose(kind, request.Id, request.Reference, request.Title, request.WorkingToOn, toTarget, calendar.WorkingDaysBetween(today, request.WorkingToOn), officer.DisplayName);
            db.ChangeTracker.Clear();
            db.DeadlineReminders.Add(new DeadlineReminder(request.Id, kind, request.WorkingToOn, now.UtcDateTime));
            db.OutboundEmails.Add(new OutboundEmail(officer.Email, officer.DisplayName, subject, body, now.UtcDateTime));
            try
            {
                // One SaveChanges: the reminder and its email commit together or not at all.
                await db.SaveChangesAsync(cancellationToken);
                created++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                var done = await db.DeadlineReminders.AnyAsync(d => d.RequestId == request.Id && d.Kind == kind && d.DueOn == request.WorkingToOn, cancellationToken);
                if (!done)
                {
                    throw;
                }

                // The unique index: another node (or an overlapping run) sent this reminder first.
                logger.LogInformation("Deadline reminder {Kind} for request {RequestId} already sent elsewhere; skipped", kind, request.Id);
            }
        }

        if (created > 0)
        {
            outbox.Notify();
            logger.LogInformation("Created {Count} deadline reminders", created);
        }

        return created;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Deadline reminders failed; will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Reference, title, the date worked to and a link to the case: never the requester's personal data.</summary>
    private (string Subject, string Body) Compose(ReminderKind kind, int id, string reference, string title, DateOnly workingToOn, bool toPublicInterestTarget, int workingDaysLeft, string officerName)
    {
        var due = UkDates.WithWeekday(workingToOn);
        var what = toPublicInterestTarget ? "Public interest decision due" : "Due";
        var (subject, state) = kind switch
        {
            ReminderKind.Overdue => ($"Overdue: {reference} was due on {due}", $"was due on {due} and is now overdue"),
            _ when workingDaysLeft <= 0 => ($"{what} today: {reference}", $"is due today, {due}"),
            _ when workingDaysLeft == 1 => ($"{what} in 1 working day: {reference}", $"is due on {due}: 1 working day left"),
            _ => ($"{what} in {workingDaysLeft} working days: {reference}", $"is due on {due}: {workingDaysLeft} working days left"),
        };
        var limit = toPublicInterestTarget
            ? "The refusal notice was given in time; this is the target for the public interest decision (Freedom of Information Act 2000, section 10(3))."
            : "The response is due within 20 working days of receipt (Freedom of Information Act 2000, section 10).";
        var link = $"{requestOptions.Value.PublicBaseUrl.TrimEnd('/')}/staff/cases/{id}";
        var body = $"""
            Dear {(string.IsNullOrWhiteSpace(officerName) ? "colleague" : officerName)},

            The Freedom of Information request {reference} ("{title}") assigned to you {state}.

            Open the case: {link}

            {limit}
            This is an automatic reminder. You will get one reminder 5 working days before the due date, one 1 working day before, and one if it becomes overdue.
            """;
        return (subject.Length > OutboundEmail.SubjectMaxLength ? subject[..OutboundEmail.SubjectMaxLength] : subject, body);
    }
}
