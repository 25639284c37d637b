using System.Net;
using FoiPortal.Web.Tests.Infrastructure;

namespace FoiPortal.Web.Tests;

/// <summary>The statistics pages (issue 15): who may see them, the charts' text alternatives, downloads and publication. Today is 10 Mar 2031.</summary>
public sealed class StatisticsPagesTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private async Task<HttpClient> SignedInAsync(string account)
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, account);
        return client;
    }

    [Fact]
    public async Task Get_AsOfficer_IsRefused()
    {
        var client = await SignedInAsync("officer@foiportal.test");

        var response = await client.GetAsync(new Uri("/staff/statistics", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("manager@foiportal.test")]
    [InlineData("admin@foiportal.test")]
    public async Task Get_AsManagerOrAdmin_ShowsChartsWithTextAlternativesAndTables(string account)
    {
        var client = await SignedInAsync(account);

        var page = await Html.GetAsync(client, "/staff/statistics?period=quarter&year=2031&quarter=1&regime=foia");

        Assert.Equal("Statistics: 2031 Q1", page.QuerySelector("h1")!.TextContent.Trim());
        var charts = page.QuerySelectorAll("svg.app-chart");
        Assert.Equal(["chart-on-time", "chart-volumes", "chart-outcomes", "chart-exemptions"], charts.Select(c => c.Id ?? string.Empty).ToArray());
        Assert.All(charts, chart =>
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            Assert.Equal($"{chart.Id}-title {chart.Id}-desc", chart.GetAttribute("aria-labelledby"));
            Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("title")!.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("desc")!.TextContent));
        });
        Assert.Equal(3, page.QuerySelectorAll("#table-months tbody tr").Length);
        Assert.Equal(8, page.QuerySelectorAll("#table-outcomes tbody tr").Length);
        Assert.NotNull(page.QuerySelector("#table-team"));
    }

    [Fact]
    public async Task Get_BadDates_ShowsErrorSummaryLinkedToTheField()
    {
        var client = await SignedInAsync("manager@foiportal.test");

        var response = await client.GetAsync(new Uri("/staff/statistics?period=dates&from=2031-03-01&to=2031-02-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["The end date must be the same as or after the start date"], Html.ErrorSummary(page));
        Assert.Equal(["#to"], Html.ErrorSummaryLinks(page));
        Assert.NotNull(page.QuerySelector("input#to"));
    }

    [Fact]
    public async Task Downloads_AreTidyCsv_AndTheRequestsCarryNoRequesterDetails()
    {
        var client = await SignedInAsync("manager@foiportal.test");

        var figures = await client.GetAsync(new Uri("/staff/statistics?handler=FiguresCsv&period=dates&from=2030-01-01&to=2031-03-10", UriKind.Relative));
        var requests = await client.GetAsync(new Uri("/staff/statistics?handler=RequestsCsv&period=dates&from=2030-01-01&to=2031-03-10", UriKind.Relative));

        Assert.Equal("text/csv", figures.Content.Headers.ContentType!.MediaType);
        var tidy = (await figures.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,regime,measure,value", tidy[0]);
        Assert.Contains("2030-01-01/2031-03-10,all,received,", tidy[1], StringComparison.Ordinal);
        var behind = await requests.Content.ReadAsStringAsync();
        Assert.StartsWith("reference,regime,channel,status,receivedOn,dueOn,workingToOn,respondedOn,countedAs,timeliness,workingDays,outcome\r\n", behind, StringComparison.Ordinal);
        Assert.DoesNotContain("@", behind, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ThenCorrect_PublicSeesTheLatestVersionWithTheNote_AndNothingUnpublished()
    {
        var anonymous = portal.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/statistics/2030/4", UriKind.Relative))).StatusCode);
        var manager = await SignedInAsync("manager@foiportal.test");

        var form = await Html.GetAsync(manager, "/staff/statistics/publish");
        var first = await Html.PostFormAsync(manager, form, new Dictionary<string, string> { ["Data.Year"] = "2030", ["Data.Quarter"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/statistics/2030/4", first.Headers.Location!.OriginalString);

        form = await Html.GetAsync(manager, "/staff/statistics/publish");
        var noNote = await Html.PostFormAsync(manager, form, new Dictionary<string, string> { ["Data.Year"] = "2030", ["Data.Quarter"] = "4" });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Equal(["Enter a note saying what the correction changes"], Html.ErrorSummary(await Html.ParseAsync(noNote)));
        var corrected = await Html.PostFormAsync(manager, form, new Dictionary<string, string> { ["Data.Year"] = "2030", ["Data.Quarter"] = "4", ["Data.Note"] = "Two emailed requests were logged late." });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var list = await Html.GetAsync(anonymous, "/statistics");
        Assert.Equal(["2030 Q4 (corrected, version 2)"], list.QuerySelectorAll("#published-quarters li").Select(li => li.TextContent.Trim()).ToArray());
        var quarter = await Html.GetAsync(anonymous, "/statistics/2030/4");
        Assert.Contains("Two emailed requests were logged late.", quarter.QuerySelector("#corrections")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, quarter.QuerySelectorAll("svg.app-chart[role=img]").Length);
        Assert.Null(quarter.QuerySelector("#table-team"));
        Assert.Null(quarter.QuerySelector("#download-requests"));
        var csv = await anonymous.GetAsync(new Uri("/statistics/2030/4?handler=Csv", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/statistics/2031/1", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Publish_QuarterNotEnded_IsRefused()
    {
        var manager = await SignedInAsync("manager@foiportal.test");
        var form = await Html.GetAsync(manager, "/staff/statistics/publish");

        var response = await Html.PostFormAsync(manager, form, new Dictionary<string, string> { ["Data.Year"] = "2031", ["Data.Quarter"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A quarter can be published only once it has ended"], Html.ErrorSummary(await Html.ParseAsync(response)));
    }
}
