using FoiPortal.Core.Regulator;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Issue 14's demo of a complaint to the Information Commissioner (FOI/DEMO/00040): a response sent, an ICO complaint
/// with its submissions sent on time, and a decision notice (partly upheld) ordering a step within 35 calendar days,
/// so the case page shows the steps-due date and the appeal deadline, and the queue's Regulator view lists it.
/// </summary>
public sealed partial class DevelopmentSeeder
{
    public const string RegulatorDemoReference = "FOI/DEMO/00040";

    private async Task SeedRegulatorComplaintAsync()
    {
        if (await db.Requests.AnyAsync(r => r.Reference == RegulatorDemoReference))
        {
            return;
        }

        var officer = DemoStaff[0].Email;
        var now = time.GetUtcNow();
        var received = now.AddDays(-100);
        var request = FoiRequest.Submit(
            RegulatorDemoReference,
            new Requester("Demo Requester 40", "requester40@example.org", null),
            "Speed camera enforcement income",
            QuestionParser.Parse(
                "1. The income from speed camera fixed penalties in each of the last three financial years.\n"
                + "2. The sites of the ten cameras that issued the most penalties in 2025."),
            PreferredFormat.Email, Channel.Web, received, WorkingDayCalendar.ForRegime(Regime.Foia), TrackingToken.Create().Hash);
        request.StartWork(officer, received.AddHours(3));
        request.RecordResponseSent(officer, received.AddDays(18));
        db.Requests.Add(request);
        await db.SaveChangesAsync();

        DateOnly Day(int daysAgo) => UkLocalDate.FromInstant(now.AddDays(-daysAgo));
        var complaint = RegulatorComplaint.Record(request, [], "IC-404040-D3M0", Day(50), officer, now.AddDays(-50));
        db.RegulatorComplaints.Add(complaint);
        await db.SaveChangesAsync();
        var submissions = complaint.AddSubmissionDeadline(request, Day(30), "Submissions on section 31(1)(a) and a copy of the withheld list of sites", officer, now.AddDays(-49));
        await db.SaveChangesAsync();
        complaint.CompleteSubmission(request, submissions.Id, Day(32), "Our submissions on section 31(1)(a), the public interest test, and the withheld list of the ten sites.", officer, now.AddDays(-32));
        // Partly upheld: the ICO orders the income figures for question 1 disclosed within the usual 35 calendar days.
        complaint.RecordDecisionNotice(
            request, DecisionOutcome.PartlyUpheld, "IC-404040-D3M0", Day(10),
            "Disclose the fixed penalty income for each of the three financial years asked for in question 1.",
            RegulatorRules.DefaultStepsPeriodDays, officer, now.AddDays(-9));
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded the ICO complaint and decision notice of {Reference}", RegulatorDemoReference);
    }
}
