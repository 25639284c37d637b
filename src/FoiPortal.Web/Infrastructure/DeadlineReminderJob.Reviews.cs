using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure;

/// <summary>
/// Review reminders (issue 14): the reviewer of an open review is emailed 5 and 1 working days before its due date and
/// once when it is overdue, by the same rule as responses (<see cref="ReviewReminder"/>), exactly once per review, kind
/// and due date through the same reminder table (its review kinds, keyed by the request).
/// </summary>
public sealed partial class DeadlineReminderJob
{
    public async Task<int> SendDueReviewRemindersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoiDbContext>();
        var now = time.GetUtcNow();
        var today = UkLocalDate.FromInstant(now);
        var uk = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
        var scotland = await calendars.ForRegimeAsync(Regime.Foisa, cancellationToken);
        var deadlines = new ReviewDeadlines(DeadlineWindow.On(today, uk, scotland));
        var candidates = await db.InternalReviews.AsNoTracking()
            .Where(v => v.Reviewer != null)
            .Where(deadlines.DueSoonOrOverdue)
            .Join(db.Requests.AsNoTracking(), v => v.FoiRequestId, r => r.Id, (v, r) => new { v.Id, v.FoiRequestId, v.DueOn, v.Regime, Reviewer = v.Reviewer!, r.Reference, r.Title })
            .ToListAsync(cancellationToken);
        var created = 0;
        foreach (var review in candidates)
        {
            var calendar = review.Regime == Regime.Foisa ? scotland : uk;
            if (ReviewReminder.Due(review.DueOn, today, calendar) is not { } kind
                || await db.DeadlineReminders.AnyAsync(d => d.RequestId == review.FoiRequestId && d.DueOn == review.DueOn && d.Kind == kind, cancellationToken))
            {
                continue;
            }

            var reviewer = await db.Users.AsNoTracking().Where(u => u.UserName == review.Reviewer && u.Email != null)
                .Select(u => new { Email = u.Email!, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
            if (reviewer is null)
            {
                continue;
            }

            var dueText = UkDates.WithWeekday(review.DueOn);
            var subject = kind == ReminderKind.ReviewOverdue
                ? $"Review overdue: {review.Reference} was due on {dueText}"
                : $"Review due on {dueText}: {review.Reference}";
            var body = $"""
                Dear {(string.IsNullOrWhiteSpace(reviewer.DisplayName) ? "colleague" : reviewer.DisplayName)},

                The internal review of {review.Reference} ("{review.Title}") assigned to you {(kind == ReminderKind.ReviewOverdue ? "is overdue" : "is due")}: {dueText}.

                Open the review: {requestOptions.Value.PublicBaseUrl.TrimEnd('/')}/staff/reviews/{review.Id}

                This is an automatic reminder: 5 working days before the due date, 1 working day before, and once if it becomes overdue.
                """;
            db.ChangeTracker.Clear();
            db.DeadlineReminders.Add(new DeadlineReminder(review.FoiRequestId, kind, review.DueOn, now.UtcDateTime));
            db.OutboundEmails.Add(new OutboundEmail(reviewer.Email, reviewer.DisplayName, subject.Length > OutboundEmail.SubjectMaxLength ? subject[..OutboundEmail.SubjectMaxLength] : subject, body, now.UtcDateTime));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                created++;
            }
            catch (DbUpdateException)
            {
                // Another node sent this reminder first (the unique index on request, kind and due date).
                db.ChangeTracker.Clear();
            }
        }

        if (created > 0)
        {
            outbox.Notify();
        }

        return created;
    }
}
