using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Issue 18's demo for splitting questions: a request received as one long question, "a) ... b) ... c) ...", typed on
/// one line and stored as it came (an email logged before the parser learned inline markers), for the officer to split
/// on /staff/cases/{id}/questions. 62A/23 is the yardstick and keeps its five questions untouched.
/// </summary>
public sealed partial class DevelopmentSeeder
{
    public const string SplitDemoReference = "FOI/DEMO/00050";

    public const string SplitDemoQuestion =
        "a) How many knives were surrendered in the force's knife amnesty bins in each month of 2025? "
        + "b) How many of those knives were zombie-style or other banned knives? "
        + "c) What did the force spend on the amnesty bins, their collection and disposal in 2025?";

    private async Task SeedQuestionsAsync()
    {
        if (await db.Requests.AnyAsync(r => r.Reference == SplitDemoReference))
        {
            return;
        }

        var received = time.GetUtcNow().AddDays(-4);
        var request = FoiRequest.Submit(
            SplitDemoReference,
            new Requester("Demo Requester 50", "requester50@example.org", null),
            "Knife amnesty bins in 2025",
            [SplitDemoQuestion],
            PreferredFormat.Email, Channel.Email, received, WorkingDayCalendar.ForRegime(Regime.Foia), TrackingToken.Create().Hash);
        request.AssignTo(DemoStaff[0].Email, DemoStaff[1].Email, received.AddHours(2), DemoStaff[0].Name);
        db.Requests.Add(request);
        await db.SaveChangesAsync();
    }
}
