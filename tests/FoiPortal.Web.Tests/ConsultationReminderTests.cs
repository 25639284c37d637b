using FoiPortal.Core.Consultations;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 18: the reminder job sends one reminder 2 working days before a task's due date and one when it is overdue, each once, with a new link.</summary>
public sealed class ConsultationReminderTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    [Fact]
    public async Task Reminders_BeforeDueAndWhenOverdue_EachOnce()
    {
        // Sent Monday 10 March 2031, due in 5 working days: Tuesday 18 March (17 March is St Patrick's Day, a UK bank
        // holiday in Northern Ireland, so not a working day under FOIA s.10(6)).
        var (id, _) = await portal.AddReceivedAsync("REM/1", FixedClockPortal.Now.AddDays(-3));
        var officer = await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer);
        var (taskId, first) = await ConsultationTests.SendToCrimeDataAsync(portal, officer, id);
        var job = portal.Services.GetRequiredService<DeadlineReminderJob>();

        await job.SendDueConsultationRemindersAsync(CancellationToken.None);
        var onTheDay = await RemindersAsync(taskId);
        portal.Time.Advance(TimeSpan.FromDays(3)); // Thursday 13 March: 2 working days left (14 and 18 March)
        await job.SendDueConsultationRemindersAsync(CancellationToken.None);
        await job.SendDueConsultationRemindersAsync(CancellationToken.None);
        var before = await RemindersAsync(taskId);
        portal.Time.Advance(TimeSpan.FromDays(5)); // Tuesday 18 March: due today, not overdue
        await job.SendDueConsultationRemindersAsync(CancellationToken.None);
        var dueDay = await RemindersAsync(taskId);
        portal.Time.Advance(TimeSpan.FromDays(1)); // Wednesday 19 March: overdue
        await job.SendDueConsultationRemindersAsync(CancellationToken.None);
        await job.SendDueConsultationRemindersAsync(CancellationToken.None);
        var after = await RemindersAsync(taskId);

        Assert.Empty(onTheDay);
        Assert.Equal([ConsultationReminderKind.BeforeDue], before);
        Assert.Equal([ConsultationReminderKind.BeforeDue], dueDay);
        Assert.Equal([ConsultationReminderKind.BeforeDue, ConsultationReminderKind.Overdue], after);
        var emails = await portal.WithDbAsync(db => db.OutboundEmails.Where(e => e.IdempotencyKey!.StartsWith($"consultation:{id}:{taskId}:")).OrderBy(e => e.Id).Select(e => new { e.Subject, e.TextBody }).ToListAsync());
        Assert.Equal(
            ["Information needed by Tuesday 18 March 2031 for FOI request REM/1", "Reminder: information needed by Tuesday 18 March 2031 for FOI request REM/1", "Overdue: information was needed by Tuesday 18 March 2031 for FOI request REM/1"],
            emails.Select(e => e.Subject));
        var latest = ConsultationTests.TokenIn(emails[^1].TextBody);
        Assert.NotEqual(first, latest);
        Assert.Equal(ConsultationToken.Hash(latest), await portal.WithDbAsync(db => db.ConsultationTasks.Where(t => t.Id == taskId).Select(t => t.TokenHash).SingleAsync()));
        // Signed in again: the session from nine days ago has lapsed.
        var casePage = (await Html.GetAsync(await ConsultationTests.SignedInAsync(portal, ConsultationTests.Officer), $"/staff/cases/{id}")).Body!.TextContent;
        Assert.Contains("Crime Data reminded: the consultation is overdue", casePage, StringComparison.Ordinal);
    }

    private Task<List<ConsultationReminderKind>> RemindersAsync(int taskId) =>
        portal.WithDbAsync(db => db.ConsultationReminders.Where(r => r.ConsultationTaskId == taskId).OrderBy(r => r.Id).Select(r => r.Kind).ToListAsync());
}
