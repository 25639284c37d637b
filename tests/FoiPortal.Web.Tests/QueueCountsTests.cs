using AngleSharp.Dom;
using FoiPortal.Web.Tests.Infrastructure;

namespace FoiPortal.Web.Tests;

/// <summary><see cref="FixedClockPortal"/> with the queue's tab counts cached for a minute, as in production (a few seconds).</summary>
public sealed class CachedCountsPortal() : FixedClockPortal(countsCacheSeconds: 60);

public sealed class QueueCountsTests(CachedCountsPortal portal) : IClassFixture<CachedCountsPortal>
{
    private const string Officer = "officer@foiportal.test";

    [Fact]
    public async Task Counts_AfterMyOwnAssignment_AreFreshOnTheNextView()
    {
        await portal.AddRequestAsync("QC/1", new DateOnly(2031, 3, 25));
        await portal.AddRequestAsync("QC/2", new DateOnly(2031, 3, 26));
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        var before = await Html.GetAsync(client, "/staff/cases?view=unassigned&q=QC/");

        var form = before.QuerySelector("tr[data-reference='QC/1'] form[method=post]")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty));
        var assigned = await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));
        var after = await Html.GetAsync(client, assigned.Headers.Location!.OriginalString);

        Assert.Equal("My cases (0)", Tab(before, "mine"));
        Assert.Equal("Unassigned (2)", Tab(before, "unassigned"));
        // Without the eviction these stay "(0)" and "(2)" for the cache's minute.
        Assert.Equal("My cases (1)", Tab(after, "mine"));
        Assert.Equal("Unassigned (1)", Tab(after, "unassigned"));
    }

    [Fact]
    public async Task Counts_AfterSomeoneElsesChange_MayLagByTheCacheTime()
    {
        // The other side of the trade: only the acting officer's own counts are dropped.
        await portal.AddRequestAsync("QL/1", new DateOnly(2031, 3, 25));
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        var before = await Html.GetAsync(client, "/staff/cases?view=unassigned&q=QL/");

        await portal.AddRequestAsync("QL/2", new DateOnly(2031, 3, 26));
        var after = await Html.GetAsync(client, "/staff/cases?view=unassigned&q=QL/");

        Assert.Equal("Unassigned (1)", Tab(before, "unassigned"));
        Assert.Equal("Unassigned (1)", Tab(after, "unassigned"));
    }

    private static string Tab(IDocument page, string slug) => page.QuerySelector($"a[data-view='{slug}']")!.TextContent.Trim();
}
