using System.Linq.Expressions;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Reviews;

/// <summary>
/// The one deadline rule (<see cref="DeadlineStatus.Classify(DateOnly, DateOnly, DateOnly)"/>) applied to reviews: an open
/// review is overdue once its due date has passed, due soon from today to <see cref="DeadlineStatus.DueSoonWorkingDays"/>
/// working days; a closed or linked one has no deadline. In memory (<see cref="Of"/>) and as SQL for the review queue
/// and the reminder job, over the stored <see cref="InternalReview.DueOn"/>, with the same "due soon" days as the case
/// queue (<see cref="DeadlineWindow"/>).
/// </summary>
public sealed record ReviewDeadlines(DeadlineWindow Window)
{
    private static readonly ReviewStatus[] Open = [.. InternalReview.OpenStatuses];

    public static DeadlineState Of(ReviewStatus status, DateOnly dueOn, DateOnly today, DateOnly dueSoonBy) =>
        Open.Contains(status) ? DeadlineStatus.Classify(dueOn, today, dueSoonBy) : DeadlineState.Closed;

    public DeadlineState Of(ReviewStatus status, Regime regime, DateOnly dueOn) =>
        Of(status, dueOn, Window.Today, Window.DueSoonBy(regime));

    public static Expression<Func<InternalReview, bool>> IsOpen { get; } = r => Open.Contains(r.Status);

    public Expression<Func<InternalReview, bool>> Overdue
    {
        get
        {
            var today = Window.Today;
            return r => Open.Contains(r.Status) && r.DueOn < today;
        }
    }

    /// <summary>Either of the two: open, and due no later than the last "due soon" day (the reminder job).</summary>
    public Expression<Func<InternalReview, bool>> DueSoonOrOverdue
    {
        get
        {
            var (uk, scotland) = (Window.UkDueSoonBy, Window.ScotlandDueSoonBy);
            return r => Open.Contains(r.Status) && (r.Regime == Regime.Foisa ? r.DueOn <= scotland : r.DueOn <= uk);
        }
    }

    /// <summary>
    /// The three view counts in one pass over the open reviews (group the open rows by a constant, then this): the same
    /// conditions as <see cref="DueSoon"/> and <see cref="Overdue"/>, tested to agree.
    /// </summary>
    public Expression<Func<IGrouping<int, InternalReview>, ReviewCounts>> Counts
    {
        get
        {
            var (today, uk, scotland) = (Window.Today, Window.UkDueSoonBy, Window.ScotlandDueSoonBy);
            return g => new ReviewCounts(
                g.Count(),
                g.Count(r => r.DueOn >= today && (r.Regime == Regime.Foisa ? r.DueOn <= scotland : r.DueOn <= uk)),
                g.Count(r => r.DueOn < today));
        }
    }

    public Expression<Func<InternalReview, bool>> DueSoon
    {
        get
        {
            var (today, uk, scotland) = (Window.Today, Window.UkDueSoonBy, Window.ScotlandDueSoonBy);
            return r => Open.Contains(r.Status) && r.DueOn >= today
                && (r.Regime == Regime.Foisa ? r.DueOn <= scotland : r.DueOn <= uk);
        }
    }
}

/// <summary>How many open reviews each queue view holds.</summary>
public sealed record ReviewCounts(int Open, int DueSoon, int Overdue);

/// <summary>Reminders for a review's reviewer: the same 5 and 1 working day and overdue rule as for responses (<see cref="Requests.DeadlineReminder.Due"/>).</summary>
public static class ReviewReminder
{
    public static Requests.ReminderKind? Due(DateOnly reviewDueOn, DateOnly today, WorkingDayCalendar calendar) =>
        Requests.DeadlineReminder.Due(reviewDueOn, today, calendar) switch
        {
            Requests.ReminderKind.Overdue => Requests.ReminderKind.ReviewOverdue,
            Requests.ReminderKind.OneDay => Requests.ReminderKind.ReviewOneDay,
            Requests.ReminderKind.FiveDays => Requests.ReminderKind.ReviewFiveDays,
            _ => null,
        };
}
