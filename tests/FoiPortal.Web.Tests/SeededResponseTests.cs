using System.Net;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Pages.Staff.Cases.Response;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 6's demo data: 62A/23 carried through sign-off to a sent response, as in the seed; other cases left at earlier
/// stages so each role has work (a draft response ready to send, a refusal and an NCND waiting for a manager).
/// </summary>
public sealed class SeededResponseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> IdOfAsync(string reference) =>
        factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());

    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        return client;
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return string.Join('\n', PdfText.Pages(await response.Content.ReadAsByteArrayAsync()) ?? throw new InvalidOperationException("Not a readable PDF"));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Grooming_IsSignedOffAndResponded_OnTheTwentiethWorkingDay()
    {
        var id = await IdOfAsync(DevelopmentSeeder.GroomingReference);

        var (status, costSignOff, exemptionSignOffs, letter) = await factory.WithDbAsync(async db => (
            await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(),
            await db.CostDecisions.Where(d => d.FoiRequestId == id).Select(d => new { d.SignOff.State, d.SignOff.ReviewedBy }).SingleAsync(),
            await db.ExemptionDecisions.Where(d => d.FoiRequestId == id).Select(d => new { d.SignOff.State, d.SignOff.ReviewedBy }).ToListAsync(),
            await db.ResponseLetters.AsNoTracking().Include(l => l.Attachments).SingleAsync(l => l.FoiRequestId == id)));

        Assert.Equal(RequestStatus.Responded, status);
        Assert.Equal((SignOffState.Approved, "manager@foiportal.test"), (costSignOff.State, costSignOff.ReviewedBy));
        Assert.Equal(5, exemptionSignOffs.Count);
        Assert.All(exemptionSignOffs, d => Assert.Equal((SignOffState.Approved, "manager@foiportal.test"), (d.State, d.ReviewedBy)));
        Assert.Equal(ResponseState.Sent, letter.State);
        // Received Monday 30 January 2023; 20 working days later is Monday 27 February 2023.
        Assert.Equal(new DateTime(2023, 2, 27, 9, 0, 0, DateTimeKind.Utc), letter.SentAtUtc);
        var dataset = Assert.Single(letter.Attachments);
        Assert.Equal(("62A_23_attachment.csv", 6, 8), (dataset.FileName, dataset.Rows, dataset.Columns));
        var timeline = await factory.WithDbAsync(db => db.Requests.AsNoTracking().Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync());
        Assert.Contains("Response sent on time (due 27 February 2023); letter version 2", timeline);
    }

    [Fact]
    public async Task Grooming_TrackingPage_OffersTheSentLetterAndItsDataset()
    {
        var requester = factory.CreateBrowserLikeClient();
        var trackPath = $"/track/{DevelopmentSeeder.GroomingDemoToken}";

        var page = await Html.GetAsync(requester, trackPath);

        Assert.Equal("Monday 27 February 2023", page.QuerySelector("#responded-on")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#due-on"));
        // Links read in words; the download keeps the file's name.
        var anchors = page.QuerySelectorAll("#response-documents a").ToList();
        Assert.Equal(
            [
                ("Our response letter", "62A-23-response-v2.pdf"),
                ("Online grooming offences recorded, by year and platform used: table", "62A-23-62A_23_attachment.pdf"),
                ("Online grooming offences recorded, by year and platform used: data", "62A_23_attachment.csv"),
            ],
            anchors.Select(a => (a.TextContent.Trim(), a.GetAttribute("download"))));
        var links = anchors.ToDictionary(a => a.GetAttribute("download")!, a => a.GetAttribute("href")!);
        // Sent in February 2023: the 40 working days to ask for a review ended long ago, so no invitation (ReviewWindow).
        Assert.Null(page.QuerySelector("#review-rights"));

        // The letter: every section in order, the 180-hour estimate, the s.23(5) paragraph, the requester named.
        var letter = await PdfTextAsync(await requester.GetAsync(new Uri(links["62A-23-response-v2.pdf"], UriKind.Relative)));
        var headings = new[] { "Request", "Response", "Reason for decision", "Advice and assistance", "Caveats", "Attachments", "Your right to request a review and to complain" };
        var positions = headings.Select(h => letter.IndexOf("\n" + h + "\n", StringComparison.Ordinal) is var at and >= 0 ? at : letter.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Dear Sam Example", letter, StringComparison.Ordinal);
        // The estimate as a table: each line's records, minutes each and hours in one row, then the total row (the words
        // are read line by line across the page, so a cell's second line comes after the row's first line).
        Assert.Contains("made up as follows: Question Activity Records Minutes Hours each", letter, StringComparison.Ordinal);
        Assert.Contains("Manual review of each crime 720 15 180.0", letter, StringComparison.Ordinal);
        Assert.Contains("Total 184.5", letter, StringComparison.Ordinal);
        Assert.Contains("Total: 184.5 hours, against a limit of 18.0 hours.", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("×", letter, StringComparison.Ordinal);
        // The goodwill disclosure is explained once (in the Response section), not again in the reason for decision.
        Assert.Equal(1, CountOf(letter, "gesture of goodwill"));
        Assert.Contains("Section 23(5)", letter, StringComparison.Ordinal);
        Assert.Contains("no public interest test", letter, StringComparison.Ordinal);

        // The dataset: offences by year 2017 to 2022 and the platforms used, as a table and as CSV.
        var table = await PdfTextAsync(await requester.GetAsync(new Uri(links["62A-23-62A_23_attachment.pdf"], UriKind.Relative)));
        Assert.Contains("Snapchat", table, StringComparison.Ordinal);
        Assert.Contains("2017 64 9 7 4 3 5 36", table, StringComparison.Ordinal);
        Assert.Contains("2022 142 31 8 14 7 13 69", table, StringComparison.Ordinal);
        var csv = await requester.GetStringAsync(new Uri(links["62A_23_attachment.csv"], UriKind.Relative));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Year,Offences recorded,Snapchat,Facebook,Instagram,WhatsApp,Other platform,Not known or not recorded", lines[0]);
        Assert.Equal(["2017", "2018", "2019", "2020", "2021", "2022"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Grooming_FirstDraft_ExplainsTheGoodwillDisclosureOnce()
    {
        var id = await IdOfAsync(DevelopmentSeeder.GroomingReference);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.FoiDbContext>();
        var catalogue = await scope.ServiceProvider.GetRequiredService<IExemptionCatalogueSource>().GetAsync(CancellationToken.None);
        var authority = scope.ServiceProvider.GetRequiredService<IOptions<AuthorityOptions>>().Value;

        // 62A/23's approved s.12 refusal has goodwill disclosure: its wording already has the goodwill paragraph.
        var facts = (await ResponseComposer.LoadFactsAsync(db, id, CancellationToken.None))!;
        var draft = await ResponseComposer.DraftSectionsAsync(db, facts, authority, catalogue, CancellationToken.None);

        Assert.Equal(1, CountOf(draft.Response + "\n\n" + draft.Reason, "gesture of goodwill"));
    }

    [Fact]
    public async Task Grooming_PublishedLetter_HasNoRequesterDetails()
    {
        var client = factory.CreateBrowserLikeClient();

        var published = await PdfTextAsync(await client.GetAsync(new Uri($"/disclosure-log/{DevelopmentSeeder.GroomingSlug}/attachments/62A-23-response-v2.pdf", UriKind.Relative)));

        Assert.Contains("Freedom of Information request 62A/23", published, StringComparison.Ordinal);
        Assert.Contains("Reason for decision", published, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Example", published, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear ", published, StringComparison.Ordinal);
        Assert.DoesNotContain("sam.example@example.org", published, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DraftResponse_IsReadyToSendWithoutSignOff()
    {
        var id = await IdOfAsync(DevelopmentSeeder.DraftResponseReference);
        var officer = await OfficerAsync();

        var send = await Html.GetAsync(officer, $"/staff/cases/{id}/response/send");

        Assert.Null(send.QuerySelector("#cannot-send"));
        Assert.NotNull(send.QuerySelector("main form"));
        var (status, state) = await factory.WithDbAsync(async db => (
            await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(),
            await db.ResponseLetters.Where(l => l.FoiRequestId == id).Select(l => l.State).SingleAsync()));
        Assert.Equal((RequestStatus.InProgress, ResponseState.Draft), (status, state));
    }

    [Fact]
    public async Task ManagersQueue_HasTheSeededCostRefusalAndNcndWaiting()
    {
        var manager = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(manager, "manager@foiportal.test");

        var page = await Html.GetAsync(manager, "/staff/sign-off");

        var kinds = page.QuerySelectorAll("#sign-off-queue > li")
            .Where(li => li.TextContent.Contains(DevelopmentSeeder.AwaitingSignOffReference, StringComparison.Ordinal))
            .Select(li => li.GetAttribute("data-kind"))
            .Order()
            .ToList();
        Assert.Equal(["cost-refusal", "exemption"], kinds);
    }
}
