using System.Text.Json;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Retention;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FoiPortal.Web.Tests;

/// <summary>
/// The daily purge against a real SQLite file with a fake clock. Each test makes its own cases, received in its own
/// year long before the seed's (2023 onwards), so the seeded cases are never due at the clock's dates used here.
/// </summary>
public sealed class RetentionPurgeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Name = "Zebedee Quarrington-Purge";

    private RetentionPurgeJob Job(DateTimeOffset now, int batchSize = RetentionPurgeJob.DefaultBatchSize) =>
        new(factory.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(now), factory.Services.GetRequiredService<IConfiguration>(), NullLogger<RetentionPurgeJob>.Instance)
        {
            BatchSize = batchSize,
        };

    /// <summary>A closed case: received on <paramref name="received"/>, its last action (withdrawn or responded) a week later.</summary>
    private Task<int> ClosedCaseAsync(string reference, DateTimeOffset received, bool responded = false, string? hold = null) =>
        factory.WithDbAsync(async db =>
        {
            var request = FoiRequest.Submit(reference, new Requester(Name, $"{reference.Replace('/', '-')}@example.org", "1 Mill Lane, Dudley"), "Drones", ["How many drones?"],
                PreferredFormat.Email, Channel.Web, received, WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash);
            if (responded)
            {
                request.StartWork("officer@foiportal.test", received.AddDays(1));
                request.RecordResponseSent("officer@foiportal.test", received.AddDays(7));
            }
            else
            {
                request.Withdraw(received.AddDays(7));
            }

            if (hold is not null)
            {
                request.PlaceLegalHold("manager@foiportal.test", hold, received.AddDays(7));
            }

            db.Requests.Add(request);
            await db.SaveChangesAsync();
            var email = new OutboundEmail($"{reference.Replace('/', '-')}@example.org", Name, $"Your request {reference}", $"Dear {Name}, here is our response.", received.AddDays(7).UtcDateTime).AboutRequest(request.Id);
            email.MarkSent(received.AddDays(7).UtcDateTime);
            db.OutboundEmails.Add(email);
            await db.SaveChangesAsync();
            return request.Id;
        });

    private Task<(string Name, string Email, bool Removed, string? Body)> StateAsync(int id) =>
        factory.WithDbAsync(async db =>
        {
            var r = await db.Requests.AsNoTracking().SingleAsync(x => x.Id == id);
            var body = await db.OutboundEmails.AsNoTracking().Where(e => e.RequestId == id).Select(e => e.TextBody).FirstOrDefaultAsync();
            return (r.Requester.Name, r.Requester.Email, r.PersonalDataRemoved, body);
        });

    [Fact]
    public async Task Purge_NotTheDayBeforeThreeYearsAfterTheLastAction_ButOnTheDay()
    {
        // Withdrawn 12:00 UTC Tue 9 March 2010 (GMT): due Sat 9 March 2013.
        var id = await ClosedCaseAsync("RET/2010/1", new DateTimeOffset(2010, 3, 2, 12, 0, 0, TimeSpan.Zero));

        // (Counts are not asserted: the other tests' older cases may be due at these dates too.)
        await Job(new DateTimeOffset(2013, 3, 8, 23, 0, 0, TimeSpan.Zero)).PurgeDueAsync(CancellationToken.None);
        Assert.Equal(Name, (await StateAsync(id)).Name);

        Assert.True(await Job(new DateTimeOffset(2013, 3, 9, 1, 0, 0, TimeSpan.Zero)).PurgeDueAsync(CancellationToken.None) >= 1);

        var (name, email, removed, body) = await StateAsync(id);
        Assert.Equal(Requester.RemovedName, name);
        Assert.Equal(string.Empty, email);
        Assert.True(removed);
        Assert.Equal(PersonalDataRemoval.RemovedText, body);
        var record = await factory.WithDbAsync(db => db.RetentionRecords.AsNoTracking().SingleAsync(r => r.RequestId == id));
        Assert.Equal(RetentionAction.Purged, record.Action);
        Assert.Equal("case file, 3 years after the last action on 9 March 2010", record.Rule);
        Assert.Equal(RetentionRecord.JobActor, record.Actor);
        Assert.DoesNotContain("Zebedee", record.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_EmptiesTheOfficersNotes_AndEveryEarlierText_KeepingWhoWroteThem()
    {
        var id = await ClosedCaseAsync("RET/2010/N", new DateTimeOffset(2010, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var written = new DateTime(2010, 3, 3, 9, 0, 0, DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            var note = new CaseNote(id, "officer@foiportal.test", "Zebedee rang about the figures.", written);
            note.Edit("officer@foiportal.test", "Zebedee rang twice about the figures.", written.AddMinutes(3));
            db.CaseNotes.Add(note);
            return await db.SaveChangesAsync();
        });

        await Job(new DateTimeOffset(2013, 3, 9, 1, 0, 0, TimeSpan.Zero)).PurgeDueAsync(CancellationToken.None);

        var notes = await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().Where(n => n.FoiRequestId == id).ToListAsync());
        var note = Assert.Single(notes);
        Assert.Equal(PersonalDataRemoval.RemovedText, note.Text);
        Assert.Empty(note.Revisions);
        Assert.Equal("officer@foiportal.test", note.Author);
    }

    /// <summary>Issue 18: a consultation's question, answer, answerer and files may speak of the requester: emptied, the rows kept.</summary>
    [Fact]
    public async Task Purge_EmptiesConsultations_KeepingWhoWasAskedAndWhen()
    {
        var id = await ClosedCaseAsync("RET/2010/C", new DateTimeOffset(2010, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var taskId = await factory.WithDbAsync(async db =>
        {
            var task = new Core.Consultations.ConsultationTask(
                id, new Core.Consultations.Consultee(Core.Consultations.ConsulteeKind.ThirdParty, "Acme Ltd", ["foi@acme.test"]), "Zebedee asked about your contract: do you object?",
                [(1, "Zebedee's question")], new DateOnly(2010, 3, 3), 5, Core.Statute.WorkingDayCalendar.UnitedKingdom(), "officer@foiportal.test", new DateTime(2010, 3, 3, 9, 0, 0, DateTimeKind.Utc), new string('a', 64));
            db.ConsultationTasks.Add(task);
            await db.SaveChangesAsync();
            task.Answer("We object, Zebedee.", "Zebedee's neighbour", 1, new DateOnly(2010, 3, 4), new DateTime(2010, 3, 4, 9, 0, 0, DateTimeKind.Utc));
            db.ConsultationFiles.Add(new Core.Consultations.ConsultationFile(task.Id, "reply.csv", Core.Consultations.AnswerFileKind.Csv, System.Text.Encoding.UTF8.GetBytes("Name\r\nZebedee\r\n"), new DateTime(2010, 3, 4, 9, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
            return task.Id;
        });

        await Job(new DateTimeOffset(2013, 3, 9, 1, 0, 0, TimeSpan.Zero)).PurgeDueAsync(CancellationToken.None);

        var (task, files) = await factory.WithDbAsync(async db => (
            await db.ConsultationTasks.AsNoTracking().SingleAsync(t => t.Id == taskId),
            await db.ConsultationFiles.AsNoTracking().Where(f => f.ConsultationTaskId == taskId).ToListAsync()));
        Assert.Equal(PersonalDataRemoval.RemovedText, task.Question);
        Assert.Equal(PersonalDataRemoval.RemovedText, task.AnswerText);
        Assert.Null(task.AnsweredBy);
        Assert.Equal(PersonalDataRemoval.RemovedText, Assert.Single(task.Questions).Text);
        Assert.Empty(Assert.Single(files).Content);
        Assert.Equal("Acme Ltd", task.RecipientName);
    }

    [Fact]
    public async Task Purge_SkipsACaseOnLegalHold()
    {
        var id = await ClosedCaseAsync("RET/2009/1", new DateTimeOffset(2009, 3, 2, 12, 0, 0, TimeSpan.Zero), hold: "Subject of litigation");

        await Job(new DateTimeOffset(2012, 6, 1, 12, 0, 0, TimeSpan.Zero)).PurgeDueAsync(CancellationToken.None);

        Assert.Equal(Name, (await StateAsync(id)).Name);
        Assert.False(await factory.WithDbAsync(db => db.RetentionRecords.AnyAsync(r => r.RequestId == id)));
    }

    [Fact]
    public async Task Purge_InBatches_PurgesEveryDueCaseOnce_AndASecondRunChangesNothing()
    {
        var ids = new List<int>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add(await ClosedCaseAsync($"RET/2005/{i}", new DateTimeOffset(2005, 3, i, 12, 0, 0, TimeSpan.Zero)));
        }

        var now = new DateTimeOffset(2008, 6, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.True(await Job(now, batchSize: 2).PurgeDueAsync(CancellationToken.None) >= 5);
        Assert.Equal(0, await Job(now, batchSize: 2).PurgeDueAsync(CancellationToken.None));

        foreach (var id in ids)
        {
            Assert.True((await StateAsync(id)).Removed);
        }

        Assert.Equal(5, await factory.WithDbAsync(db => db.RetentionRecords.CountAsync(r => ids.Contains(r.RequestId))));
    }

    [Fact]
    public async Task Purge_AfterARunStoppedHalfWay_FinishesTheRestWithoutRepeatingAny()
    {
        var first = await ClosedCaseAsync("RET/2004/1", new DateTimeOffset(2004, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var second = await ClosedCaseAsync("RET/2004/2", new DateTimeOffset(2004, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var at = new DateTimeOffset(2007, 6, 1, 12, 0, 0, TimeSpan.Zero);
        // A node purged the first case and stopped before the second (each case commits on its own).
        await factory.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == first);
            await PersonalDataRemoval.RemoveAsync(db, request, RetentionAction.Purged, "case file, 3 years after the last action on 8 March 2004", RetentionRecord.JobActor, at, CancellationToken.None);
            return await db.SaveChangesAsync();
        });

        Assert.True(await Job(at).PurgeDueAsync(CancellationToken.None) >= 1);

        Assert.True((await StateAsync(second)).Removed);
        Assert.Equal(1, await factory.WithDbAsync(db => db.RetentionRecords.CountAsync(r => r.RequestId == first)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.RetentionRecords.CountAsync(r => r.RequestId == second)));
    }

    [Fact]
    public async Task Purge_LeavesAPastYearsStatisticsUnchanged()
    {
        await ClosedCaseAsync("RET/2003/1", new DateTimeOffset(2003, 3, 3, 12, 0, 0, TimeSpan.Zero), responded: true);
        await ClosedCaseAsync("RET/2003/2", new DateTimeOffset(2003, 4, 7, 12, 0, 0, TimeSpan.Zero));
        var calendars = factory.Services.GetRequiredService<ICalendarSource>();
        var today = new DateOnly(2007, 1, 10);
        async Task<string> FiguresAsync() => JsonSerializer.Serialize(await factory.WithDbAsync(db =>
            StatisticsQuery.FiguresAsync(db, calendars, StatisticsPeriod.Year(2003), null, today, CancellationToken.None)));
        var before = await FiguresAsync();

        Assert.True(await Job(new DateTimeOffset(2007, 1, 10, 12, 0, 0, TimeSpan.Zero)).PurgeDueAsync(CancellationToken.None) >= 2);

        Assert.Contains("\"Received\":2", before.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(before, await FiguresAsync());
    }

    [Fact]
    public async Task Removal_EmptiesAnInternalReviewsGroundsAndOutcomeLetter()
    {
        // A seeded review whose case is closed and not on hold (the seed's reviews are of responded cases).
        var (requestId, reviewId) = await factory.WithDbAsync(async db =>
        {
            var review = await db.InternalReviews.AsNoTracking()
                .Where(r => db.Requests.Any(q => q.Id == r.FoiRequestId && q.LegalHoldReason == null && q.PersonalDataRemovedAtUtc == null))
                .OrderBy(r => r.Id)
                .Select(r => new { r.FoiRequestId, r.Id })
                .FirstAsync();
            return (review.FoiRequestId, review.Id);
        });

        await factory.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == requestId);
            Assert.True(await PersonalDataRemoval.RemoveAsync(db, request, RetentionAction.Erased, "erasure request (UK GDPR Article 17)", "admin@foiportal.test", DateTimeOffset.UtcNow, CancellationToken.None));
            return await db.SaveChangesAsync();
        });

        var after = await factory.WithDbAsync(db => db.InternalReviews.AsNoTracking().SingleAsync(r => r.Id == reviewId));
        Assert.Equal(PersonalDataRemoval.RemovedText, after.Grounds);
        Assert.Null(after.OutcomeLetterPdf);
        Assert.All(after.Questions, q => Assert.Null(q.Grounds));
    }
}
