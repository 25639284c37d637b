using System.Globalization;
using System.Text.RegularExpressions;
using FoiPortal.Core.Data;
using FoiPortal.EndToEndTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>
/// Issue 15 in a browser, on the seeded demo year (DevelopmentSeeder.Statistics): a manager reads 2026 on
/// /staff/statistics, checks figures against the case records (counted here with plain queries, not the statistics
/// code), downloads the requests behind them, publishes 2026 Q3, and the public sees it and not the unpublished Q4.
/// The public pages and the staff page are also read with JavaScript off: the charts are SVG with a title, a
/// description and a table beside them. axe-core checks every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsJourneyTests(PortalServer server, BrowserFixture browser)
{
    private async Task<T> WithDbAsync<T>(Func<FoiDbContext, Task<T>> work)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FoiDbContext>());
    }

    [BrowserFact]
    public async Task Manager_ReadsTheYear_DownloadsTheRequests_PublishesQ3_AndThePublicSeesIt()
    {
        var first = new DateOnly(2026, 1, 1);
        var last = new DateOnly(2026, 12, 31);
        var receivedIn2026 = await WithDbAsync(db => db.Requests.CountAsync(r => r.ReceivedOn >= first && r.ReceivedOn <= last));
        var receivedInMarch = await WithDbAsync(db => db.Requests.CountAsync(r => r.ReceivedOn >= new DateOnly(2026, 3, 1) && r.ReceivedOn <= new DateOnly(2026, 3, 31)));
        Assert.True(receivedIn2026 >= 250, $"The demo year should be seeded; found {receivedIn2026} requests received in 2026.");

        await using (var manager = await browser.OpenAsync(server.BaseAddress))
        {
            var page = manager.Page;
            await StaffJourney.SignInAsync(page, StaffJourney.ManagerEmail);
            await page.GotoAsync("/staff/statistics");
            await page.Locator("#period").SelectOptionAsync("year");
            await page.Locator("#year").FillAsync("2026");
            await page.Locator("#regime").SelectOptionAsync("all");
            await page.Locator("#show-figures").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Statistics: 2026");
            await page.AssertNoAxeViolationsAsync();

            // The headline figure is the count of the case records; the chart's data table adds up to it.
            await Expect(page.Locator("#figure-received")).ToHaveTextAsync(receivedIn2026.ToString(CultureInfo.InvariantCulture));
            var months = page.Locator("#table-months tbody tr");
            await Expect(months).ToHaveCountAsync(12);
            var march = months.Filter(new() { Has = page.Locator("th", new() { HasTextRegex = new Regex("^Mar") }) });
            await Expect(march.Locator("td").First).ToHaveTextAsync(receivedInMarch.ToString(CultureInfo.InvariantCulture));
            var receivedByMonth = await page.Locator("#table-months tbody tr td:nth-of-type(1)").AllTextContentsAsync();
            Assert.Equal(receivedIn2026, receivedByMonth.Sum(t => int.Parse(t, CultureInfo.InvariantCulture)));
            var outcomes = await page.Locator("#table-outcomes tbody tr td").AllTextContentsAsync();
            Assert.True(outcomes.Sum(t => int.Parse(t, CultureInfo.InvariantCulture)) > 200, "Most of the year's requests are closed with an outcome.");
            await Expect(page.Locator("#chart-on-time title")).Not.ToBeEmptyAsync();
            await Expect(page.Locator("#card-reviews")).ToContainTextAsync("Completed");

            // The requests behind the figures: every request of the year, no requester's name or address.
            var href = await page.Locator("#download-requests").GetAttributeAsync("href");
            var csv = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, csv.Status);
            Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
            var lines = (await csv.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("reference,regime,channel,status,receivedOn,dueOn,workingToOn,respondedOn,countedAs,timeliness,workingDays,outcome", lines[0]);
            Assert.Contains(lines, l => Regex.IsMatch(l, @"^FOI/DEMO/01\d{3},foia,(web|email|post),"));
            Assert.DoesNotContain(lines, l => l.Contains('@', StringComparison.Ordinal) || l.Contains("Demo Requester", StringComparison.Ordinal));

            // Publish 2026 Q3.
            await page.Locator("#publish-link").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/staff/statistics/publish$"));
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Year").FillAsync("2026");
            await page.GetByLabel("Quarter").SelectOptionAsync("3");
            await page.Locator("#publish").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/statistics/2026/3$"));
            await page.AssertNoAxeViolationsAsync();
        }

        await using (var visitor = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false))
        {
            var page = visitor.Page;
            await page.GotoAsync("/statistics");
            var quarters = await page.Locator("#published-quarters li").AllTextContentsAsync();
            Assert.Contains("2026 Q1", quarters.Select(q => q.Trim()));
            Assert.Contains("2026 Q3", quarters.Select(q => q.Trim()));
            Assert.DoesNotContain("2026 Q4", quarters.Select(q => q.Trim()));
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "2026 Q3", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Freedom of information statistics: 2026 Q3");
            await AssertChartsReadableAsync(page);
            await Expect(page.Locator("#table-team")).ToHaveCountAsync(0);
            await page.AssertNoAxeViolationsAsync();

            var unpublished = await page.GotoAsync("/statistics/2026/4");
            Assert.Equal(404, unpublished!.Status);
        }

        // The staff page with JavaScript off: the same figures, the charts readable from their text and tables.
        await using var noScript = await browser.OpenAsync(server.BaseAddress, javaScriptEnabled: false);
        await StaffJourney.SignInAsync(noScript.Page, StaffJourney.ManagerEmail);
        await noScript.Page.GotoAsync("/staff/statistics?period=year&year=2026");
        await Expect(noScript.Page.Locator("#figure-received")).ToHaveTextAsync(receivedIn2026.ToString(CultureInfo.InvariantCulture));
        await AssertChartsReadableAsync(noScript.Page);
        await noScript.Page.AssertNoAxeViolationsAsync();
    }

    private static async Task AssertChartsReadableAsync(IPage page)
    {
        var charts = page.Locator("svg.app-chart[role=img]");
        await Expect(charts).ToHaveCountAsync(4);
        foreach (var chart in await charts.AllAsync())
        {
            var id = await chart.GetAttributeAsync("id");
            Assert.Equal($"{id}-title {id}-desc", await chart.GetAttributeAsync("aria-labelledby"));
            Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("title").TextContentAsync()));
            Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("desc").TextContentAsync()));
        }

        await Expect(page.Locator("#table-months tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#table-outcomes tbody tr")).ToHaveCountAsync(8);
    }
}
