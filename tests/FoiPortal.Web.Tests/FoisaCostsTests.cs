using System.Net;
using FoiPortal.Core.Costs;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// FOISA costs on the estimate page (SSI 2004/467): providing the information counts (reg 3), staff time is at each member
/// of staff's actual hourly cost up to £15 (reg 3), and the limit is £600 (reg 5). Figures by hand in the comments.
/// </summary>
public sealed class FoisaCostsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Line(string activity = "Locating", string units = "48", string minutes = "60", string? rate = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Data.QuestionNumber"] = "1",
            ["Data.Activity"] = activity,
            ["Data.Description"] = "Search of the paper case files",
            ["Data.Units"] = units,
            ["Data.UnitKind"] = "Files",
            ["Data.MinutesPerUnit"] = minutes,
            ["Data.Evidence"] = "Sampling exercise: 5 files took 300 minutes",
        };
        if (rate is not null)
        {
            values["Data.StaffHourlyRate"] = rate;
        }

        return values;
    }

    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        return client;
    }

    /// <summary>A new request, moved to FOISA at triage when <paramref name="foisa"/>.</summary>
    private async Task<int> NewRequestAsync(HttpClient officer, bool foisa = true)
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        if (foisa)
        {
            var form = await Html.GetAsync(officer, $"/staff/cases/{id}/regime");
            Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(officer, form, new Dictionary<string, string> { ["Data.Regime"] = "Foisa" })).StatusCode);
        }

        return id;
    }

    private static async Task<HttpResponseMessage> AddLineAsync(HttpClient client, int id, Dictionary<string, string> line)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        return await Html.PostFormAsync(client, page, line, $"/staff/cases/{id}/costs");
    }

    [Fact]
    public async Task Get_FoisaCostPage_OffersProvidingAndTheStaffHourlyCost()
    {
        var client = await OfficerAsync();
        var foisa = await NewRequestAsync(client);
        var foia = await NewRequestAsync(client, foisa: false);

        var foisaPage = await Html.GetAsync(client, $"/staff/cases/{foisa}/costs");
        var foiaPage = await Html.GetAsync(client, $"/staff/cases/{foia}/costs");

        // SSI 2004/467 reg 3: locating, retrieving and providing only; not determining whether held, nor extracting.
        Assert.Equal(["Locating", "Retrieving", "Providing"], foisaPage.QuerySelectorAll("input[name='Data.Activity']").Select(i => i.GetAttribute("value")));
        Assert.NotNull(foisaPage.QuerySelector("input#Data_StaffHourlyRate"));
        Assert.Equal(["DeterminingWhetherHeld", "Locating", "Retrieving", "Extracting"], foiaPage.QuerySelectorAll("input[name='Data.Activity']").Select(i => i.GetAttribute("value")));
        Assert.Null(foiaPage.QuerySelector("input#Data_StaffHourlyRate"));
    }

    [Fact]
    public async Task Post_FoisaLineAtStaffRate_IsCostedAtThatRate()
    {
        var client = await OfficerAsync();
        var id = await NewRequestAsync(client);

        // 48 files x 60 minutes = 48 hours at £12.50 = £600: within £600 (at a flat £15 it would be £720, over).
        var response = await AddLineAsync(client, id, Line(rate: "12.50"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // 1 unit x 60 minutes of providing, no rate entered: £15, the ceiling. Total £615: over.
        Assert.Equal(HttpStatusCode.Redirect, (await AddLineAsync(client, id, Line(activity: "Providing", units: "1"))).StatusCode);

        var rates = await factory.WithDbAsync(db => db.CostEstimates.Where(e => e.FoiRequestId == id).SelectMany(e => e.Lines).OrderBy(l => l.LineNumber).Select(l => l.StaffHourlyRate).ToListAsync());
        Assert.Equal([12.50m, null], rates);
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        Assert.Equal(
            "Estimate: 49.0 hours, costing £615 with staff time at the hourly cost on each line. This exceeds the prescribed amount of £600.",
            page.QuerySelector("#verdict p")!.TextContent.Trim());
        Assert.Contains("at £12.50 an hour = £600", page.QuerySelector("#line-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("at £15 an hour (the £15 maximum) = £15", page.QuerySelector("#line-2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Providing the information", page.QuerySelector("#line-2")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("15.01", "Staff hourly cost must be £15 or less: staff time cannot be costed at more than £15 an hour (regulation 3 of SSI 2004/467). Enter £15 if the member of staff costs more")]
    [InlineData("25", "Staff hourly cost must be £15 or less: staff time cannot be costed at more than £15 an hour (regulation 3 of SSI 2004/467). Enter £15 if the member of staff costs more")]
    [InlineData("0", "Staff hourly cost must be more than £0")]
    [InlineData("twelve", "Staff hourly cost must be an amount in pounds, like 12.50")]
    public async Task Post_FoisaStaffRateOutOfRange_IsRefused(string rate, string expected)
    {
        var client = await OfficerAsync();
        var id = await NewRequestAsync(client);

        var response = await AddLineAsync(client, id, Line(rate: rate));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal([expected], Html.ErrorSummary(page));
        Assert.Equal(["#Data_StaffHourlyRate"], Html.ErrorSummaryLinks(page));
        Assert.False(await factory.WithDbAsync(db => db.CostEstimates.AnyAsync(e => e.FoiRequestId == id)));
    }

    [Fact]
    public async Task Post_ExtractingUnderFoisa_Ssi2004_467Reg3_IsRefused()
    {
        var client = await OfficerAsync();
        var id = await NewRequestAsync(client);

        var response = await AddLineAsync(client, id, Line(activity: "Extracting"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(
            ["Under the Freedom of Information (Scotland) Act 2002, only time spent locating, retrieving and providing the information counts (regulation 3 of SSI 2004/467): choose locating, retrieving or providing"],
            Html.ErrorSummary(page));
        Assert.Equal(["#Data_Activity"], Html.ErrorSummaryLinks(page));
        Assert.False(await factory.WithDbAsync(db => db.CostEstimates.AnyAsync(e => e.FoiRequestId == id)));
    }

    [Fact]
    public async Task Post_ProvidingUnderFoia_IsRefused()
    {
        var client = await OfficerAsync();
        var id = await NewRequestAsync(client, foisa: false);

        var response = await AddLineAsync(client, id, Line(activity: "Providing"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([CostActivities.WhyProvidingCountsOnlyUnderFoisa], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.False(await factory.WithDbAsync(db => db.CostEstimates.AnyAsync(e => e.FoiRequestId == id)));
    }

    [Fact]
    public async Task Post_StaffRateUnderFoia_IsRefused()
    {
        var client = await OfficerAsync();
        var id = await NewRequestAsync(client, foisa: false);

        var response = await AddLineAsync(client, id, Line(rate: "12"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Staff hourly cost can only be entered under FOISA: under the Freedom of Information Act staff time is costed at £25 an hour (regulation 4(4) of SI 2004/3244)"],
            Html.ErrorSummary(await Html.ParseAsync(response)));
    }
}
