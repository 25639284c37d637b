using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>Today is Monday 10 March 2031 (see <see cref="FixedClockPortal"/>): 5 working days ahead is Tuesday 18 March.</summary>
public sealed class DeadlineReminderTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private static readonly DateTimeOffset At = FixedClockPortal.Now.AddDays(-20);

    [Fact]
    public async Task SendDueReminders_SendsEachKindOnceAcrossRunsAndRestarts()
    {
        var fiveDays = await portal.AddRequestAsync("RM/5", new DateOnly(2031, 3, 18), r => r.StartWork(Officer, At));
        var oneDay = await portal.AddRequestAsync("RM/1", new DateOnly(2031, 3, 11), r => r.StartWork(Officer, At));
        var overdue = await portal.AddRequestAsync("RM/O", new DateOnly(2031, 3, 7), r => r.StartWork(Officer, At));
        var notYet = await portal.AddRequestAsync("RM/N", new DateOnly(2031, 3, 19), r => r.StartWork(Officer, At));
        var unassigned = await portal.AddRequestAsync("RM/U", new DateOnly(2031, 3, 11));
        var stopped = await portal.AddRequestAsync("RM/S", new DateOnly(2031, 3, 7), r =>
        {
            r.StartWork(Officer, At);
            r.IssueFeesNotice(Officer, DateOnly.FromDateTime(At.UtcDateTime), At, WorkingDayCalendar.UnitedKingdom());
        });
        var job = portal.Services.GetRequiredService<DeadlineReminderJob>();

        await job.SendDueRemindersAsync(CancellationToken.None);
        await job.SendDueRemindersAsync(CancellationToken.None);
        // A restart: a new job instance with nothing in memory.
        await ActivatorUtilities.CreateInstance<DeadlineReminderJob>(portal.Services).SendDueRemindersAsync(CancellationToken.None);

        Assert.Equal([ReminderKind.FiveDays], await KindsAsync(fiveDays));
        Assert.Equal([ReminderKind.OneDay], await KindsAsync(oneDay));
        Assert.Equal([ReminderKind.Overdue], await KindsAsync(overdue));
        Assert.Empty(await KindsAsync(notYet));
        Assert.Empty(await KindsAsync(unassigned));
        Assert.Empty(await KindsAsync(stopped));
        foreach (var reference in new[] { "RM/5", "RM/1", "RM/O" })
        {
            Assert.Equal(1, await portal.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.Subject.Contains(reference))));
        }

        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.Subject.Contains("RM/N") || e.Subject.Contains("RM/U") || e.Subject.Contains("RM/S"))));
    }

    [Fact]
    public async Task Reminder_NamesTheCaseAndDueDateButNotTheRequester()
    {
        var id = await portal.AddRequestAsync("RM/E", new DateOnly(2031, 3, 18), r => r.StartWork(Officer, At));

        await portal.Services.GetRequiredService<DeadlineReminderJob>().SendDueRemindersAsync(CancellationToken.None);

        var email = await portal.WithDbAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(e => e.Subject.Contains("RM/E")));
        Assert.Equal(Officer, email.ToAddress);
        Assert.Equal("Due in 5 working days: RM/E", email.Subject);
        Assert.Contains("Tuesday 18 March 2031", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Title of RM/E", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/staff/cases/{id}", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Requester", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("pat.requester@example.org", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_AfterTheDueDateMoves_IsSentAgainForTheNewDate()
    {
        var id = await portal.AddRequestAsync("RM/M", new DateOnly(2031, 3, 11), r => r.StartWork(Officer, At));
        var job = portal.Services.GetRequiredService<DeadlineReminderJob>();
        await job.SendDueRemindersAsync(CancellationToken.None);

        await portal.WithDbAsync(db => db.Requests.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueOn, new DateOnly(2031, 3, 12)).SetProperty(r => r.WorkingToOn, new DateOnly(2031, 3, 12))));
        await job.SendDueRemindersAsync(CancellationToken.None);

        var sent = await portal.WithDbAsync(db => db.DeadlineReminders.Where(d => d.RequestId == id).OrderBy(d => d.DueOn).Select(d => new { d.Kind, d.DueOn }).ToListAsync());
        Assert.Equal(2, sent.Count);
        Assert.Equal((ReminderKind.OneDay, new DateOnly(2031, 3, 11)), (sent[0].Kind, sent[0].DueOn));
        Assert.Equal((ReminderKind.FiveDays, new DateOnly(2031, 3, 12)), (sent[1].Kind, sent[1].DueOn));
    }

    [Fact]
    public async Task TwoNodesAtOnce_SendEachReminderOnce()
    {
        var id = await portal.AddRequestAsync("RM/2", new DateOnly(2031, 3, 18), r => r.StartWork(Officer, At));
        var nodeA = ActivatorUtilities.CreateInstance<DeadlineReminderJob>(portal.Services);
        var nodeB = ActivatorUtilities.CreateInstance<DeadlineReminderJob>(portal.Services);

        await Task.WhenAll(nodeA.SendDueRemindersAsync(CancellationToken.None), nodeB.SendDueRemindersAsync(CancellationToken.None));

        Assert.Equal([ReminderKind.FiveDays], await KindsAsync(id));
        Assert.Equal(1, await portal.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.Subject.Contains("RM/2"))));
    }

    [Fact]
    public async Task Reminders_WorkToThePublicInterestTarget_AfterATimelyExtension()
    {
        // All received Mon 3 Feb 2031, so due Mon 3 Mar; today is Mon 10 Mar.
        // RM/PI: extension notified on the due date, 20 working days: target Tue 1 Apr, far off: no reminder at all.
        // RM/PT: notified on the due date, 7 working days (Mar 4, 5, 6, 7, 10, 11, 12): target Wed 12 Mar, 2 working days away.
        // RM/PL: notified Tue 4 Mar, after the due date: the extension cannot help, overdue since 3 Mar (FOIA s.17(2)).
        var received = new DateTimeOffset(2031, 2, 3, 10, 0, 0, TimeSpan.Zero);
        var calendar = WorkingDayCalendar.UnitedKingdom();
        Action<FoiRequest> Extend(int day, int extra) => r =>
        {
            r.StartWork(Officer, received);
            r.ExtendForPublicInterest(Officer, new DateOnly(2031, 3, day), "Balancing the public interest", extra, FixedClockPortal.Now, calendar);
        };
        var (timely, _) = await portal.AddReceivedAsync("RM/PI", received, Extend(3, 20));
        var (near, _) = await portal.AddReceivedAsync("RM/PT", received, Extend(3, 7));
        var (late, _) = await portal.AddReceivedAsync("RM/PL", received, Extend(4, 20));

        await portal.Services.GetRequiredService<DeadlineReminderJob>().SendDueRemindersAsync(CancellationToken.None);

        Assert.Empty(await KindsAsync(timely));
        Assert.Equal([ReminderKind.FiveDays], await KindsAsync(near));
        Assert.Equal([ReminderKind.Overdue], await KindsAsync(late));
        var nearEmail = await portal.WithDbAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(e => e.Subject.Contains("RM/PT")));
        Assert.Equal("Public interest decision due in 2 working days: RM/PT", nearEmail.Subject);
        Assert.Contains("Wednesday 12 March 2031", nearEmail.TextBody, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2031, 3, 12), await portal.WithDbAsync(db => db.DeadlineReminders.Where(d => d.RequestId == near).Select(d => d.DueOn).SingleAsync()));
        Assert.Equal("Overdue: RM/PL was due on Monday 3 March 2031", await portal.WithDbAsync(db => db.OutboundEmails.Where(e => e.Subject.Contains("RM/PL")).Select(e => e.Subject).SingleAsync()));
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.Subject.Contains("RM/PI"))));
    }

    private Task<List<ReminderKind>> KindsAsync(int requestId) =>
        portal.WithDbAsync(db => db.DeadlineReminders.Where(d => d.RequestId == requestId).Select(d => d.Kind).ToListAsync());
}
