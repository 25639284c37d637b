using System.Net;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 14, complaints to the regulator. Today is Monday 10 March 2031 (<see cref="FixedClockPortal"/>); each case's
/// response was sent on Sunday 23 February 2031.
/// </summary>
public sealed class RegulatorTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private static readonly DateTimeOffset At = FixedClockPortal.Now.AddDays(-20);

    [Fact]
    public async Task RecordComplaint_ShowsOnTheCaseAndItsTimeline()
    {
        var id = await RespondedAsync("RG/1");
        var client = await OfficerAsync();
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.Equal("No complaint to the Information Commissioner has been recorded.", casePage.QuerySelector("#no-complaints")!.TextContent.Trim());
        var form = await Html.GetAsync(client, casePage.QuerySelector("#record-complaint")!.GetAttribute("href")!);

        var response = await Html.PostFormAsync(client, form, Complaint("IC-100001-A1B2", "2 3 2031"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.Contains("Complaint to the Information Commissioner recorded.", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Information Commissioner: IC-100001-A1B2", after.QuerySelector(".app-regulator-complaint h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "Complaint to the Information Commissioner recorded (IC-100001-A1B2); the authority was told on 2 March 2031",
            after.QuerySelectorAll(".app-timeline__description").Select(e => e.TextContent.Trim()));
        var complaint = await portal.WithDbAsync(db => db.RegulatorComplaints.AsNoTracking().SingleAsync(c => c.FoiRequestId == id));
        Assert.Equal((Regulator.InformationCommissioner, new DateOnly(2031, 3, 2), Officer), (complaint.Regulator, complaint.ToldOn, complaint.RecordedBy));
    }

    [Fact]
    public async Task RecordComplaint_OnACaseNotYetResponded_IsRefused()
    {
        var open = await portal.AddRequestAsync("RG/OPEN", new DateOnly(2031, 3, 20), r => r.StartWork(Officer, At));
        var responded = await RespondedAsync("RG/2");
        var client = await OfficerAsync();

        var page = await Html.GetAsync(client, $"/staff/cases/{open}/regulator/new");
        // A hand-made post to the open case with its version, through the responded case's form.
        var version = await portal.WithDbAsync(db => db.Requests.Where(r => r.Id == open).Select(r => r.Version).SingleAsync());
        var form = await Html.GetAsync(client, $"/staff/cases/{responded}/regulator/new");
        var forced = await Html.PostFormAsync(client, form, new Dictionary<string, string>(Complaint("IC-2", "2 3 2031")) { ["Data.Version"] = version.ToString() }, $"/staff/cases/{open}/regulator/new");

        Assert.Equal("A complaint to the regulator can be recorded only once the response has been sent.", page.QuerySelector("#cannot-record")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("main form"));
        Assert.Null((await Html.GetAsync(client, $"/staff/cases/{open}")).QuerySelector("#regulator"));
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Equal(["A complaint to the regulator can be recorded only once the response has been sent."], Html.ErrorSummary(await Html.ParseAsync(forced)));
        Assert.False(await portal.WithDbAsync(db => db.RegulatorComplaints.AnyAsync(c => c.FoiRequestId == open)));
    }

    [Fact]
    public async Task RecordComplaint_WithoutAnswers_ShowsErrorsInFieldOrder()
    {
        var id = await RespondedAsync("RG/3");
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/regulator/new");

        var response = await Html.PostFormAsync(client, form, new Dictionary<string, string> { ["Data.CaseReference"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Enter the regulator's case reference", "Enter the date the regulator told the authority of the complaint"], Html.ErrorSummary(page));
        Assert.Equal(["#Data_CaseReference", "#Data_ToldOn"], Html.ErrorSummaryLinks(page));
    }

    [Theory]
    [InlineData("/staff/cases/999999/regulator/new")]
    [InlineData("/staff/cases/999999/regulator/1/decision")]
    public async Task RegulatorPages_OfAMissingCase_Are404(string url)
    {
        var client = await OfficerAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ComplaintPages_ThroughAnotherCase_Are404()
    {
        var (id, complaintId) = await ComplaintAsync("RG/4");
        var other = await RespondedAsync("RG/5");
        var client = await OfficerAsync();

        foreach (var page in new[] { "decision", "steps", "deadlines/new" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/staff/cases/{id}/regulator/{complaintId}/{page}", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/staff/cases/{other}/regulator/{complaintId}/{page}", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task DecisionNotice_DatedInTheFuture_IsRefused()
    {
        var (id, complaintId) = await ComplaintAsync("RG/6");
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/regulator/{complaintId}/decision");

        // Today is 10 March 2031: 11 March is tomorrow.
        var response = await Html.PostFormAsync(client, form, Notice("Upheld", "11 3 2031", "Disclose question 1", "35"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["The date of the decision notice cannot be in the future."], Html.ErrorSummary(page));
        Assert.Equal(["#Data_NoticeOn"], Html.ErrorSummaryLinks(page));
        Assert.Equal(ComplaintStage.AwaitingDecision, await StageAsync(complaintId));
    }

    [Fact]
    public async Task DecisionNotice_StepsPeriodBelowTheAppealPeriod_IsRefused()
    {
        var (id, complaintId) = await ComplaintAsync("RG/7");
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/regulator/{complaintId}/decision");
        Assert.Equal("35", form.QuerySelector("#Data_StepsPeriodDays")!.GetAttribute("value"));

        var response = await Html.PostFormAsync(client, form, Notice("Upheld", "3 3 2031", "Disclose question 1", "27"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["The period for taking the steps must be at least 28 calendar days: it cannot end before the time for appealing has passed (FOIA s.50(6))."], Html.ErrorSummary(page));
        Assert.Equal(["#Data_StepsPeriodDays"], Html.ErrorSummaryLinks(page));
        Assert.Equal(ComplaintStage.AwaitingDecision, await StageAsync(complaintId));
    }

    [Fact]
    public async Task DecisionNotice_WithSteps_ShowsTheStepsDueAndAppealDates_ThenStepsTaken()
    {
        var (id, complaintId) = await ComplaintAsync("RG/8");
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/regulator/{complaintId}/decision");

        // Notice of Mon 3 Mar 2031: steps within 35 days = Mon 7 Apr 2031 (28 to 31 Mar, 7 into April);
        // FOIA s.57, GRC Rules r.22(1)(b): appeal within 28 days = Mon 31 Mar 2031.
        var response = await Html.PostFormAsync(client, form, Notice("PartlyUpheld", "3 3 2031", "Disclose question 1", "35"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.Contains("Decision notice recorded. Appeal by: Monday 31 March 2031.", casePage.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Partly upheld: IC-DN-1 of 3 March 2031", casePage.QuerySelector($"#complaint-{complaintId}-notice")!.TextContent.Trim());
        Assert.StartsWith("Appeal by Monday 31 March 2031", casePage.QuerySelector($"#complaint-{complaintId}-next")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("First-tier Tribunal (Information Rights) within 28 calendar days", casePage.QuerySelector($"#complaint-{complaintId}-appeal")!.TextContent, StringComparison.Ordinal);
        var rows = casePage.QuerySelectorAll($"#complaint-{complaintId}-deadlines tbody tr").Select(r => (r.GetAttribute("data-kind"), r.Children[1].TextContent.Trim())).ToList();
        Assert.Equal([("AppealBy", "Monday 31 March 2031"), ("StepsDue", "Monday 7 April 2031")], rows);

        var steps = await Html.GetAsync(client, casePage.QuerySelector($"#complaint-{complaintId}-steps")!.GetAttribute("href")!);
        Assert.Equal("Due Monday 7 April 2031.", steps.QuerySelector("#steps-due")!.TextContent.Trim());
        var taken = await Html.PostFormAsync(client, steps, new Dictionary<string, string>
        {
            ["Data.TakenOn.Day"] = "7",
            ["Data.TakenOn.Month"] = "3",
            ["Data.TakenOn.Year"] = "2031",
            ["Data.Note"] = "Sent the figures for question 1",
        });

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var done = await portal.WithDbAsync(db => db.RegulatorDeadlines.AsNoTracking().SingleAsync(d => d.RegulatorComplaintId == complaintId && d.Kind == RegulatorDeadlineKind.StepsDue));
        Assert.Equal((RegulatorDeadlineState.Done, new DateOnly(2031, 3, 7), "Sent the figures for question 1", Officer), (done.State, done.DoneOn, done.DoneNote, done.DoneBy));
        var events = await portal.WithDbAsync(db => db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync());
        Assert.Contains("RG/8-IC: decision notice IC-DN-1 of 3 March 2031 recorded: partly upheld; steps due 7 April 2031; appeal by 31 March 2031", events);
        Assert.Contains("RG/8-IC: steps ordered by the decision notice taken on 7 March 2031", events);
    }

    [Fact]
    public async Task DecisionNotice_StepsOnAComplaintNotUpheld_IsRefusedAgainstTheSteps()
    {
        var (id, complaintId) = await ComplaintAsync("RG/9");
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/regulator/{complaintId}/decision");

        var response = await Html.PostFormAsync(client, form, Notice("NotUpheld", "3 3 2031", "Disclose question 1", "35"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Steps can be recorded only when the complaint was upheld or partly upheld."], Html.ErrorSummary(page));
        Assert.Equal(["#Data_StepsOrdered"], Html.ErrorSummaryLinks(page));
    }

    [Fact]
    public async Task SubmissionDeadline_AddedAndSent_IsRecorded()
    {
        var (id, complaintId) = await ComplaintAsync("RG/10");
        var client = await OfficerAsync();
        var form = await Html.GetAsync(client, $"/staff/cases/{id}/regulator/{complaintId}/deadlines/new");

        var added = await Html.PostFormAsync(client, form, new Dictionary<string, string>
        {
            ["Data.DueOn.Day"] = "14",
            ["Data.DueOn.Month"] = "3",
            ["Data.DueOn.Year"] = "2031",
            ["Data.Description"] = "Submissions on section 31",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var casePage = await Html.GetAsync(client, $"/staff/cases/{id}");
        // Fri 14 Mar 2031 is within 5 working days of Mon 10 Mar (they end on Tue 18 Mar): due soon.
        Assert.Contains("Submissions due Friday 14 March 2031", casePage.QuerySelector($"#complaint-{complaintId}-next")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Due soon", casePage.QuerySelector($"#complaint-{complaintId}-next .govuk-tag")!.TextContent.Trim());
        var sentForm = await Html.GetAsync(client, casePage.QuerySelector($"#complaint-{complaintId}-deadlines a[href$='/sent']")!.GetAttribute("href")!);
        var sent = await Html.PostFormAsync(client, sentForm, new Dictionary<string, string>
        {
            ["Data.SentOn.Day"] = "10",
            ["Data.SentOn.Month"] = "3",
            ["Data.SentOn.Year"] = "2031",
            ["Data.Note"] = "Our reasons and the withheld list",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var deadline = await portal.WithDbAsync(db => db.RegulatorDeadlines.AsNoTracking().SingleAsync(d => d.RegulatorComplaintId == complaintId));
        Assert.Equal((RegulatorDeadlineState.Done, "Our reasons and the withheld list"), (deadline.State, deadline.DoneNote));
    }

    [Fact]
    public async Task Queue_RegulatorView_ListsOpenComplaintsByNextDeadline_WithItsCount()
    {
        var (late, lateComplaint) = await ComplaintAsync("RG/Q1");
        var (soon, soonComplaint) = await ComplaintAsync("RG/Q2");
        await ComplaintAsync("RG/Q3");
        await portal.WithDbAsync(async db =>
        {
            var now = FixedClockPortal.Now;
            var r1 = await db.Requests.SingleAsync(r => r.Id == late);
            var c1 = await db.RegulatorComplaints.Include(c => c.Deadlines).SingleAsync(c => c.Id == lateComplaint);
            c1.AddSubmissionDeadline(r1, new DateOnly(2031, 3, 7), "Late submissions", Officer, now);
            var r2 = await db.Requests.SingleAsync(r => r.Id == soon);
            var c2 = await db.RegulatorComplaints.Include(c => c.Deadlines).SingleAsync(c => c.Id == soonComplaint);
            c2.AddSubmissionDeadline(r2, new DateOnly(2031, 3, 12), "Submissions", Officer, now);
            return await db.SaveChangesAsync();
        });
        var client = await OfficerAsync();

        var queue = await Html.GetAsync(client, "/staff/cases?view=regulator&q=RG/Q");

        var rows = queue.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-reference")).ToList();
        Assert.Equal(["RG/Q1", "RG/Q2", "RG/Q3"], rows);
        Assert.Contains("Overdue", queue.QuerySelector("tr[data-reference='RG/Q1']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Due soon", queue.QuerySelector("tr[data-reference='RG/Q2']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting for the Information Commissioner's decision", queue.QuerySelector("tr[data-reference='RG/Q3']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Regulator (3)", queue.QuerySelector("a[data-view=regulator]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Reminders_BeforeARegulatorDeadline_AreSentOnceToTheAssignedOfficer()
    {
        var (id, complaintId) = await ComplaintAsync("RG/R");
        await portal.WithDbAsync(async db =>
        {
            var request = await db.Requests.SingleAsync(r => r.Id == id);
            var complaint = await db.RegulatorComplaints.Include(c => c.Deadlines).SingleAsync(c => c.Id == complaintId);
            // Tue 18 Mar 2031 is 5 working days after Mon 10 Mar (Mon 17 Mar, St Patrick's Day, is a UK bank holiday: FOIA s.10(6)).
            complaint.AddSubmissionDeadline(request, new DateOnly(2031, 3, 18), "Submissions on section 31", Officer, FixedClockPortal.Now);
            return await db.SaveChangesAsync();
        });
        var job = portal.Services.GetRequiredService<DeadlineReminderJob>();

        await job.SendDueRemindersAsync(CancellationToken.None);
        await ActivatorUtilities.CreateInstance<DeadlineReminderJob>(portal.Services).SendDueRemindersAsync(CancellationToken.None);

        var reminders = await portal.WithDbAsync(db => db.RegulatorReminders.Where(r => db.RegulatorDeadlines.Any(d => d.Id == r.RegulatorDeadlineId && d.RegulatorComplaintId == complaintId)).Select(r => r.Kind).ToListAsync());
        Assert.Equal([ReminderKind.FiveDays], reminders);
        var email = await portal.WithDbAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(e => e.Subject.Contains("RG/R ")));
        Assert.Equal(Officer, email.ToAddress);
        Assert.Equal("Submissions due in 5 working days: RG/R (Information Commissioner RG/R-IC)", email.Subject);
        Assert.Contains("Tuesday 18 March 2031", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/staff/cases/{id}#regulator", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Requester", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_HasAnIcoComplaintWithADecisionNoticeAnd35DaysForTheSteps()
    {
        var complaint = await portal.WithDbAsync(db => db.RegulatorComplaints.AsNoTracking().Include(c => c.Deadlines)
            .SingleAsync(c => db.Requests.Any(r => r.Id == c.FoiRequestId && r.Reference == Web.Infrastructure.Seeding.DevelopmentSeeder.RegulatorDemoReference)));
        var notice = complaint.Notice!;

        Assert.Equal(Regulator.InformationCommissioner, complaint.Regulator);
        Assert.Equal(DecisionOutcome.PartlyUpheld, notice.Outcome);
        Assert.Equal(notice.NoticeOn.AddDays(35), complaint.Deadlines.Single(d => d.Kind == RegulatorDeadlineKind.StepsDue).DueOn);
        Assert.Equal(notice.NoticeOn.AddDays(28), complaint.Deadlines.Single(d => d.Kind == RegulatorDeadlineKind.AppealBy).DueOn);
        Assert.True(complaint.IsOpenOn(DateOnly.FromDateTime(FixedClockPortal.Now.UtcDateTime)));
    }

    private static Dictionary<string, string> Complaint(string reference, string toldOn)
    {
        var parts = toldOn.Split(' ');
        return new() { ["Data.CaseReference"] = reference, ["Data.ToldOn.Day"] = parts[0], ["Data.ToldOn.Month"] = parts[1], ["Data.ToldOn.Year"] = parts[2] };
    }

    private static Dictionary<string, string> Notice(string outcome, string noticeOn, string steps, string days)
    {
        var parts = noticeOn.Split(' ');
        return new()
        {
            ["Data.Outcome"] = outcome,
            ["Data.Reference"] = "IC-DN-1",
            ["Data.NoticeOn.Day"] = parts[0],
            ["Data.NoticeOn.Month"] = parts[1],
            ["Data.NoticeOn.Year"] = parts[2],
            ["Data.StepsOrdered"] = steps,
            ["Data.StepsPeriodDays"] = days,
        };
    }

    private async Task<HttpClient> OfficerAsync()
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return client;
    }

    /// <summary>A case whose response went on Sun 23 Feb 2031, assigned to the officer.</summary>
    private Task<int> RespondedAsync(string reference) =>
        portal.AddRequestAsync(reference, new DateOnly(2031, 3, 3), r =>
        {
            r.StartWork(Officer, At);
            r.RecordResponseSent(Officer, At.AddDays(5));
        });

    /// <summary>A responded case with a complaint ("{reference}-IC") the authority was told of on Sat 1 Mar 2031.</summary>
    private async Task<(int Id, int ComplaintId)> ComplaintAsync(string reference)
    {
        var id = await RespondedAsync(reference);
        var complaintId = await portal.WithDbAsync(async db =>
        {
            var request = await db.Requests.Include(r => r.ClockEvents).SingleAsync(r => r.Id == id);
            var complaint = RegulatorComplaint.Record(request, [], $"{reference}-IC", new DateOnly(2031, 3, 1), Officer, FixedClockPortal.Now);
            db.RegulatorComplaints.Add(complaint);
            await db.SaveChangesAsync();
            return complaint.Id;
        });
        return (id, complaintId);
    }

    private Task<ComplaintStage> StageAsync(int complaintId) =>
        portal.WithDbAsync(db => db.RegulatorComplaints.Where(c => c.Id == complaintId).Select(c => c.Stage).SingleAsync());
}
