using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Seeding;

/// <summary>
/// Issue 18's demo of the requester's history: 62A/23's requester asked for the grooming figures in December 2022 and was
/// answered on 9 January 2023, so 62A/23 (received 30 January) shows a possible repeat (s.14(2)) and a possible aggregation
/// (reg 5); and a small campaign, five near-identical requests about speed cameras from different people in recent weeks.
/// </summary>
public sealed partial class DevelopmentSeeder
{
    public const string EarlierGroomingReference = "FOI/DEMO/HIST-1";

    public const string CampaignReferencePrefix = "FOI/DEMO/CAMP-";

    private async Task SeedHistoryAsync()
    {
        if (await db.Requests.AnyAsync(r => r.Reference == EarlierGroomingReference))
        {
            return;
        }

        var calendar = WorkingDayCalendar.ForRegime(Regime.Foia);
        var officer = DemoStaff[0].Email;
        var received = new DateTimeOffset(2022, 12, 5, 9, 40, 0, TimeSpan.Zero);
        var earlier = FoiRequest.Submit(
            EarlierGroomingReference,
            new Requester("Sam Example", "Sam.Example@example.org", null),
            "Online grooming figures",
            ["The total number of online grooming cases (Sexual Communication with a Child offences) recorded in 2022, 2021, 2020, 2019, 2018 and 2017."],
            PreferredFormat.Email,
            Channel.Email,
            received,
            calendar,
            TrackingToken.Create().Hash);
        earlier.StartWork(officer, received.AddHours(2));
        earlier.RecordResponseSent(officer, new DateTimeOffset(2023, 1, 9, 15, 0, 0, TimeSpan.Zero));
        db.Requests.Add(earlier);

        var now = time.GetUtcNow();
        (string Name, string Greeting)[] campaigners =
        [
            ("Alex Driver", "Dear FOI team,"), ("Bea Commuter", "Hello,"), ("Chris Motorist", "To whom it may concern,"),
            ("Dana Cyclist", "Dear Sir or Madam,"), ("Eli Resident", "Hi,"),
        ];
        for (var i = 0; i < campaigners.Length; i++)
        {
            var (name, greeting) = campaigners[i];
            var at = now.AddDays(-12 + (2 * i));
            db.Requests.Add(FoiRequest.Submit(
                $"{CampaignReferencePrefix}{i + 1}",
                new Requester(name, $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org", null),
                "Speed cameras on the A38",
                [$"{greeting} please tell me how many speed camera penalty notices were issued from the fixed cameras on the A38 Bristol Road in each month of the last two years, and how much revenue they raised. Thank you."],
                PreferredFormat.Email,
                Channel.Web,
                at,
                calendar,
                TrackingToken.Create().Hash));
        }

        await db.SaveChangesAsync();
        logger.LogInformation("Seeded the requester's history demo: {Earlier} and a campaign of {Count}", EarlierGroomingReference, campaigners.Length);
    }
}
