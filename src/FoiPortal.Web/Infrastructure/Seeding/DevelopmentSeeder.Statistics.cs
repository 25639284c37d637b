using System.Diagnostics;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Issue 15's demo year of statistics: <see cref="StatisticsYearRequests"/> requests received from November 2025 to
/// October 2026 (FOI/DEMO/01000 onwards), every one closed through the aggregate's own methods, so each figure on
/// /staff/statistics can be checked against the cases behind it. Deterministic (fixed random seed). Reviews, regulator
/// complaints and the published quarters are in <c>DevelopmentSeeder.StatisticsReviews.cs</c>. Off with
/// <c>Seed:StatisticsYear=false</c> (the web tests, which count their own data).
/// </summary>
public sealed partial class DevelopmentSeeder
{
    public const int StatisticsYearRequests = 300;

    /// <summary>The request the late clarification example uses: sought after the due date, so counted late (issue 13).</summary>
    public const int LateClarificationIndex = 77;

    private static readonly DateOnly StatisticsYearFirstDay = new(2025, 11, 3);
    private static readonly DateOnly StatisticsYearLastDay = new(2026, 10, 23);

    /// <summary>Reviews, complaints and publication are dated up to late November 2026: seeded only once that is past.</summary>
    private static readonly DateTimeOffset StatisticsYearSeedableFrom = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static string StatisticsYearReference(int index) => $"FOI/DEMO/{1000 + index:D5}";

    private enum YearOutcome
    {
        Granted,
        Partly,
        Withheld,
        NotHeld,
        Cost,
        Vexatious,
        Ncnd,
        Withdrawn,
        Lapsed,
    }

    /// <summary>One demo case and what happens to it: the response is sent at <see cref="SentAt"/> unless it is withdrawn or lapses.</summary>
    private sealed record YearCase(int Index, FoiRequest Request, YearOutcome Outcome, string Officer, DateTimeOffset DecidedAt, DateTimeOffset SentAt, bool PublicInterestExtended);

    public async Task SeedStatisticsYearAsync(ICalendarSource calendarSource)
    {
        if (time.GetUtcNow() < StatisticsYearSeedableFrom || await db.Requests.AnyAsync(r => r.Reference == StatisticsYearReference(0)))
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var random = new Random(2026);
        var calendar = WorkingDayCalendar.ForRegime(Regime.Foia);
        var catalogue = await catalogues.GetAsync(CancellationToken.None);
        var days = new List<DateOnly>();
        for (var day = StatisticsYearFirstDay; day <= StatisticsYearLastDay; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        var cases = new List<YearCase>();
        for (var i = 0; i < StatisticsYearRequests; i++)
        {
            var receivedOn = days[i * days.Count / StatisticsYearRequests];
            cases.Add(PlanYearCase(i, receivedOn, random, calendar));
        }

        db.Requests.AddRange(cases.Select(c => c.Request));
        await db.SaveChangesAsync();

        // The decisions on every question, recorded by the case's officer before the response.
        foreach (var c in cases.Where(c => c.Outcome is not (YearOutcome.Withdrawn or YearOutcome.Lapsed)))
        {
            foreach (var question in c.Request.Questions)
            {
                var draft = YearDecision(c, question.Number);
                db.ExemptionDecisions.Add(ExemptionDecision.Record(c.Request.Id, draft, c.Request.Regime, catalogue, c.Officer, c.DecidedAt.UtcDateTime));
            }

            c.Request.RecordCaseWork("ExemptionDecisionRecorded", $"Decisions recorded on {c.Request.Questions.Count} question(s)", c.Officer, c.DecidedAt);
        }

        await db.SaveChangesAsync();

        // Every NCND needs a manager's sign-off before the response goes (the demo manager handles none of these cases).
        var manager = DemoStaff[1].Email;
        var reviewer = await SignOffStatus.ReviewerAsync(db, manager, CancellationToken.None);
        foreach (var c in cases.Where(c => c.Outcome == YearOutcome.Ncnd))
        {
            var signOffs = await SignOffStatus.LoadAsync(db, c.Request.Id, CancellationToken.None);
            c.Request.SubmitForSignOff(c.Officer, c.DecidedAt.AddMinutes(30), signOffs);
            c.Request.RecordApproval(reviewer, c.DecidedAt.AddHours(3), signOffs, SignOffPart.ExemptionDecisions);
        }

        foreach (var c in cases.Where(c => c.Request.IsOpen))
        {
            c.Request.RecordResponseSent(c.Officer, c.SentAt);
        }

        await db.SaveChangesAsync();
        await SeedStatisticsYearReviewsAsync(cases, catalogue, calendar);
        await PublishDemoQuartersAsync(calendarSource);
        logger.LogInformation("Seeded the demo statistics year ({Count} closed requests) in {Elapsed} ms", cases.Count, watch.ElapsedMilliseconds);
    }

    private static YearCase PlanYearCase(int index, DateOnly receivedOn, Random random, WorkingDayCalendar calendar)
    {
        var (title, questions) = YearTopics[random.Next(YearTopics.Length)];
        var questionCount = 1 + random.Next(questions.Length);
        var outcome = YearOutcomeFor(index, random.NextDouble());
        // The demo officer handles most cases; the manager takes a share (and reviews and signs off only the officer's).
        var officer = random.NextDouble() < 0.7 || outcome == YearOutcome.Ncnd ? DemoStaff[0].Email : DemoStaff[1].Email;
        var roll = random.NextDouble();
        var channel = roll < 0.55 ? Channel.Web : roll < 0.9 ? Channel.Email : Channel.Post;
        var receivedAt = At(receivedOn, 9 + random.Next(7), random.Next(60));
        var requester = new Requester($"Demo Requester {2000 + index}", $"requester{2000 + index}@example.org", null);
        var format = channel == Channel.Post ? PreferredFormat.PaperCopy : PreferredFormat.Email;
        var request = channel == Channel.Web
            ? FoiRequest.Submit(StatisticsYearReference(index), requester, title, questions[..questionCount], format, channel, receivedAt, calendar, TrackingToken.Create().Hash)
            : FoiRequest.Log(StatisticsYearReference(index), requester, title, questions[..questionCount], format, channel, receivedAt, officer, receivedAt.AddHours(1), calendar, TrackingToken.Create().Hash);
        var day = receivedOn;
        request.StartWork(officer, receivedAt.AddHours(2));

        DateOnly WorkingDaysOn(int n) => calendar.AddWorkingDays(day, n);
        var extended = false;
        if (outcome == YearOutcome.Withdrawn)
        {
            request.Withdraw(At(WorkingDaysOn(2 + random.Next(8)), 11, 0));
            return new YearCase(index, request, outcome, officer, receivedAt, receivedAt, false);
        }

        if (outcome == YearOutcome.Lapsed)
        {
            // FOIA s.1(3): the clarification never came; after three months the request is closed as lapsed.
            var sought = WorkingDaysOn(2);
            request.SeekClarification(officer, sought, At(sought, 10, 0), calendar);
            request.Lapse(officer, At(sought.AddMonths(3).AddDays(7), 10, 0), calendar);
            return new YearCase(index, request, outcome, officer, receivedAt, receivedAt, false);
        }

        int taken;
        if (index == LateClarificationIndex)
        {
            // Clarification sought two days after the due date: the restarted clock does not cure the lateness.
            var sought = WorkingDaysOn(22);
            request.SeekClarification(officer, sought, At(sought, 10, 0), calendar);
            day = calendar.AddWorkingDays(sought, 3);
            request.RecordClarificationReceived(officer, day, At(day, 14, 0), calendar);
            taken = 8;
        }
        else if (index % 40 == 3)
        {
            // Clarification sought at triage and answered within a week (on time from the clarified request).
            var sought = WorkingDaysOn(2);
            request.SeekClarification(officer, sought, At(sought, 10, 0), calendar);
            day = calendar.AddWorkingDays(sought, 4);
            request.RecordClarificationReceived(officer, day, At(day, 9, 30), calendar);
            taken = 6 + random.Next(12);
        }
        else if (outcome is YearOutcome.Partly or YearOutcome.Withheld && random.NextDouble() < 0.3 && index % 3 != 0)
        {
            // FOIA s.10(3): a qualified exemption (s.31 or s.43) engaged; the extension notified before the due date.
            var notified = WorkingDaysOn(17);
            request.ExtendForPublicInterest(officer, notified, "The public interest test needs advice from the force's crime registrar.", 10, At(notified, 15, 0), calendar);
            extended = true;
            taken = 21 + random.Next(9);
        }
        else
        {
            // Mostly within 20 working days; about one in twenty late.
            taken = random.NextDouble() < 0.05 ? 21 + random.Next(7) : outcome is YearOutcome.Granted or YearOutcome.NotHeld ? 3 + random.Next(17) : 10 + random.Next(11);
        }

        var sentOn = WorkingDaysOn(taken);
        var sentAt = At(sentOn, 10 + random.Next(6), random.Next(60));
        // Decided on the morning the response goes, or before the extension was notified.
        var decidedAt = extended ? At(WorkingDaysOn(16), 11, 0) : At(sentOn, 9, 15);
        return new YearCase(index, request, outcome, officer, decidedAt, sentAt, extended);
    }

    /// <summary>The outcome mix: mostly granted in full or partly withheld; a few NCND and two s.14 refusals at fixed places.</summary>
    private static YearOutcome YearOutcomeFor(int index, double roll) => index switch
    {
        57 or 211 => YearOutcome.Vexatious,
        23 or 98 or 160 or 242 or 275 => YearOutcome.Ncnd,
        12 or 130 or 190 => YearOutcome.Lapsed,
        _ when index % 47 == 5 => YearOutcome.Withdrawn,
        LateClarificationIndex => YearOutcome.Granted,
        _ => roll switch
        {
            < 0.53 => YearOutcome.Granted,
            < 0.75 => YearOutcome.Partly,
            < 0.80 => YearOutcome.Withheld,
            < 0.91 => YearOutcome.NotHeld,
            _ => YearOutcome.Cost,
        },
    };

    /// <summary>A UTC instant on a UK working day (09:00 to 16:00 UTC is the same date in London all year).</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
}
