using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 18's demo data: 62A/23 shows its requester's earlier request as a possible repeat, and the demo campaign is flagged.</summary>
public sealed class SeededHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> CasePageAsync(string reference)
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        return await Html.GetAsync(client, $"/staff/cases/{id}");
    }

    [Fact]
    public async Task Grooming_ShowsTheEarlierRequestAsAPossibleRepeatAndAggregation()
    {
        var page = await CasePageAsync(DevelopmentSeeder.GroomingReference);

        Assert.Equal([DevelopmentSeeder.EarlierGroomingReference], page.QuerySelectorAll("#history-list tbody tr").Select(r => r.GetAttribute("data-reference")));
        Assert.Equal(DevelopmentSeeder.EarlierGroomingReference, page.QuerySelector("[data-flag='PossibleRepeat'] li a")!.TextContent);
        Assert.Contains("100% similar", page.QuerySelector("[data-flag='PossibleRepeat'] li")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-flag='PossibleAggregation']"));
    }

    [Fact]
    public async Task Campaign_IsFlaggedOnEachOfItsRequests()
    {
        var page = await CasePageAsync(DevelopmentSeeder.CampaignReferencePrefix + "3");

        var campaign = page.QuerySelector("[data-flag='Campaign']")!;
        Assert.Equal(4, campaign.QuerySelectorAll("li").Length);
        Assert.Contains("5 near-identical requests", campaign.TextContent, StringComparison.Ordinal);
    }
}
