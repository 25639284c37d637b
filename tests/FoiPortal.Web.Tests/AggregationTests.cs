using System.Net;
using AngleSharp.Html.Dom;
using FoiPortal.Core.Costs;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Aggregation for the cost limit (SI 2004/3244 reg 5). Figures by hand: FOIA, authority type "Other": limit 18 hours.
/// 40 records × 15 minutes = 600 minutes = 10.0 hours per request; two aggregated = 20.0 hours, over the limit.
/// </summary>
public sealed class AggregationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";

    private static Dictionary<string, string> TenHours() => new()
    {
        ["Data.QuestionNumber"] = "1",
        ["Data.Activity"] = "Extracting",
        ["Data.Description"] = "Manual review of each crime record",
        ["Data.Units"] = "40",
        ["Data.UnitKind"] = "Records",
        ["Data.MinutesPerUnit"] = "15",
        ["Data.Evidence"] = "Sampling exercise: 10 records took 150 minutes",
    };

    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return client;
    }

    /// <summary>A new web request from <paramref name="email"/>; returns its id and reference.</summary>
    private async Task<(int Id, string Reference)> RequestFromAsync(string email, string title = "Online grooming figures")
    {
        var answers = Journey.ValidAnswers(title);
        answers["Data.Email"] = email;
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient(), answers));
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        return (id, reference);
    }

    private static async Task<HttpResponseMessage> AggregateAsync(HttpClient client, int id, Dictionary<string, string> values)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs/aggregation");
        return await Html.PostFormAsync(client, page, values);
    }

    private static async Task AddTenHoursAsync(HttpClient client, int id)
    {
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(client, page, TenHours(), $"/staff/cases/{id}/costs")).StatusCode);
    }

    private static string Unique(string name) => $"{name}.{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task Get_ListsOtherRequestsFromTheSameRequester_AndNotOthers()
    {
        var email = Unique("same");
        var (id, _) = await RequestFromAsync(email);
        var (otherId, otherReference) = await RequestFromAsync(email.ToUpperInvariant());
        var (strangerId, _) = await RequestFromAsync(Unique("stranger"));
        var client = await OfficerAsync();

        var page = await Html.GetAsync(client, $"/staff/cases/{id}/costs/aggregation");

        var choices = page.QuerySelectorAll("input[name='Data.Choice']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(otherId.ToString(System.Globalization.CultureInfo.InvariantCulture), choices);
        Assert.DoesNotContain(strangerId.ToString(System.Globalization.CultureInfo.InvariantCulture), choices);
        Assert.Contains(otherReference, page.QuerySelector("main form")!.TextContent);
        Assert.Contains("1 working days apart", page.QuerySelector("main form")!.TextContent);
    }

    [Fact]
    public async Task Post_Aggregate_LinksBothCases_AndTheEstimateAddsUp()
    {
        var email = Unique("pair");
        var (id, reference) = await RequestFromAsync(email);
        var (otherId, otherReference) = await RequestFromAsync(email);
        var client = await OfficerAsync();
        await AddTenHoursAsync(client, id);
        await AddTenHoursAsync(client, otherId);

        var response = await AggregateAsync(client, id, new()
        {
            ["Data.Choice"] = otherId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Data.SimilarInformation"] = "Both ask for recorded online grooming offences by year.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = await factory.WithDbAsync(db => db.CostAggregationLinks.SingleAsync(l => l.RequestId == id));
        Assert.Equal(otherId, link.OtherRequestId);
        Assert.Equal(AggregationGround.SameRequester, link.Ground);
        Assert.Equal(Officer, link.AggregatedBy);

        var costs = await Html.GetAsync(client, $"/staff/cases/{id}/costs");
        Assert.Contains("Aggregated estimate: 20.0 hours (10.0 hours for this request)", costs.QuerySelector("#verdict")!.TextContent);
        Assert.Contains("exceeds the appropriate limit of £450 (18.0 hours)", costs.QuerySelector("#verdict")!.TextContent);

        // The other case shows the link too, from its side.
        var partnerPage = await Html.GetAsync(client, $"/staff/cases/{otherId}/costs/aggregation");
        Assert.Equal($"/staff/cases/{id}", partnerPage.QuerySelector($"#part-{id} a")!.GetAttribute("href"));
        Assert.Contains("20.0", partnerPage.QuerySelector("#aggregated-total")!.TextContent);
        var partnerTimeline = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == otherId).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync());
        Assert.Contains($"Aggregated with {reference} for the cost limit (regulation 5)", partnerTimeline);
        var timeline = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Select(e => e.Description).ToListAsync());
        Assert.Contains($"Aggregated with {otherReference} for the cost limit (regulation 5)", timeline);
    }

    [Fact]
    public async Task CasePage_PointsToCandidates_ThenShowsTheLink()
    {
        var email = Unique("casepage");
        var (id, _) = await RequestFromAsync(email);
        var (otherId, otherReference) = await RequestFromAsync(email);
        var client = await OfficerAsync();

        var before = await Html.GetAsync(client, $"/staff/cases/{id}");
        Assert.Equal("1 other request from this requester within 60 working days", before.QuerySelector("#aggregation-summary a")!.TextContent.Trim());

        await AggregateAsync(client, id, new()
        {
            ["Data.Choice"] = otherId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Data.SimilarInformation"] = "Similar.",
        });

        var after = await Html.GetAsync(client, $"/staff/cases/{otherId}");
        var link = after.QuerySelector("#aggregation-summary a")!;
        Assert.Equal($"/staff/cases/{id}", link.GetAttribute("href"));
        Assert.StartsWith("Aggregated for the cost limit with", after.QuerySelector("#aggregation-summary")!.TextContent.Trim());
        Assert.NotEqual(otherReference, link.TextContent.Trim());
    }

    [Fact]
    public async Task Refusal_OnTheAggregatedTotal_IsAllowed_AndTheWordingListsEachRequest()
    {
        var email = Unique("refuse");
        var (id, _) = await RequestFromAsync(email);
        var (otherId, otherReference) = await RequestFromAsync(email);
        var client = await OfficerAsync();
        await AddTenHoursAsync(client, id);
        await AddTenHoursAsync(client, otherId);
        Assert.Equal(HttpStatusCode.Redirect, (await AggregateAsync(client, id, new()
        {
            ["Data.Choice"] = otherId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Data.SimilarInformation"] = "Same figures, split over two requests.",
        })).StatusCode);

        var decision = await Html.GetAsync(client, $"/staff/cases/{id}/costs/decision");
        // s.16 advice drafted for the aggregation: alone this request fits, so the advice is how to make both fit.
        var suggested = decision.QuerySelector("#Data_Advice")!.TextContent;
        Assert.Contains($"Together with your request {otherReference}, which we have aggregated with it, it would take 20.0 hours.", suggested, StringComparison.Ordinal);
        Assert.DoesNotContain("no advice on narrowing", suggested, StringComparison.Ordinal);
        var response = await Html.PostFormAsync(client, decision, new Dictionary<string, string>
        {
            ["Data.Outcome"] = "Refuse",
            ["Data.Advice"] = "You could ask for one year of records.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.WithDbAsync(db => db.CostDecisions.SingleAsync(d => d.FoiRequestId == id));
        Assert.Equal(1_200, stored.EstimateMinutes);
        Assert.Contains($"- Request {otherReference}: 10.0 hours", stored.RefusalWording);
        Assert.Contains("- Total: 20.0 hours, against a limit of 18.0 hours", stored.RefusalWording);
        Assert.Contains("regulation 5", stored.RefusalWording);
    }

    [Fact]
    public async Task Refusal_OfOneRequestWithinTheLimit_WithoutAggregation_IsRefused()
    {
        var (id, _) = await RequestFromAsync(Unique("alone"));
        var client = await OfficerAsync();
        await AddTenHoursAsync(client, id);
        var decision = await Html.GetAsync(client, $"/staff/cases/{id}/costs/decision");

        var response = await Html.PostFormAsync(client, decision, new Dictionary<string, string> { ["Data.Outcome"] = "Refuse", ["Data.Advice"] = "Narrow it." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(
            "No question on its own exceeds the limit of 18.0 hours, so the request cannot be refused on cost. "
            + "Questions are added together only when you record that they are for the same or similar information (regulation 5(2)(a))",
            Html.ErrorSummary(page));
    }

    [Fact]
    public async Task Post_NothingChosen_SaysWhatToFix_AndSavesNothing()
    {
        var (id, _) = await RequestFromAsync(Unique("empty"));
        var client = await OfficerAsync();

        var response = await AggregateAsync(client, id, []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(
            ["Select the request to aggregate with this one", "Say why the requests are for the same or similar information"],
            Html.ErrorSummary(page));
        Assert.Equal(["#Data_Choice", "#Data_SimilarInformation"], Html.ErrorSummaryLinks(page));
        Assert.False(await factory.WithDbAsync(db => db.CostAggregationLinks.AnyAsync(l => l.RequestId == id)));
    }

    /// <summary>
    /// reg 5(2)(b), the case: 6 January, 17 February and 1 April 2025 are each within 60 working days of the middle
    /// one but 61 apart end to end (counted in AggregationPeriodTests). With 6 January already aggregated, 1 April is refused.
    /// </summary>
    [Fact]
    public async Task Post_Reg5_2_b_SixJanuaryAndFirstAprilWithSeventeenFebruary_IsRefusedNamingFirstApril()
    {
        var email = Unique("period");
        var (january, januaryReference) = await RequestFromAsync(email);
        var (february, februaryReference) = await RequestFromAsync(email);
        var (april, aprilReference) = await RequestFromAsync(email);
        await factory.WithDbAsync(async db =>
        {
            foreach (var (id, date) in new[] { (january, new DateOnly(2025, 1, 6)), (february, new DateOnly(2025, 2, 17)), (april, new DateOnly(2025, 4, 1)) })
            {
                await db.Requests.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.ReceivedOn, date));
            }

            db.CostAggregationLinks.Add(new CostAggregationLink(february, january, AggregationGround.SameRequester, "Same figures.", null, Officer, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var client = await OfficerAsync();

        var response = await AggregateAsync(client, february, new()
        {
            ["Data.Choice"] = "other",
            ["Data.OtherReference"] = aprilReference,
            ["Data.SimilarInformation"] = "Same figures.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal(
            $"Request {aprilReference} (received 1 April 2025) was not received within one period of 60 consecutive working days with the others: "
            + "together the requests span 61 working days (regulation 5(2)(b)). The largest set that can be aggregated is "
            + $"requests {januaryReference} (received 6 January 2025) and {februaryReference} (received 17 February 2025)",
            error);
        Assert.False(await factory.WithDbAsync(db => db.CostAggregationLinks.AnyAsync(l => l.RequestId == april || l.OtherRequestId == april)));
    }

    /// <summary>reg 5(2)(b): links made earlier from each side that span 61 working days are not added up; the page says which falls outside.</summary>
    [Fact]
    public async Task CostsPage_Reg5_2_b_ExistingLinksSpanningSixtyOneDays_AddUpOnlyTheLargestSetThatFits()
    {
        var email = Unique("period.page");
        var (january, _) = await RequestFromAsync(email);
        var (february, _) = await RequestFromAsync(email);
        var (april, aprilReference) = await RequestFromAsync(email);
        var client = await OfficerAsync();
        foreach (var id in new[] { january, february, april })
        {
            await AddTenHoursAsync(client, id);
        }

        await factory.WithDbAsync(async db =>
        {
            foreach (var (id, date) in new[] { (january, new DateOnly(2025, 1, 6)), (february, new DateOnly(2025, 2, 17)), (april, new DateOnly(2025, 4, 1)) })
            {
                await db.Requests.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.ReceivedOn, date));
            }

            db.CostAggregationLinks.Add(new CostAggregationLink(january, february, AggregationGround.SameRequester, "Same figures.", null, Officer, DateTime.UtcNow));
            db.CostAggregationLinks.Add(new CostAggregationLink(april, february, AggregationGround.SameRequester, "Same figures.", null, Officer, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        var costs = await Html.GetAsync(client, $"/staff/cases/{february}/costs");

        // 10 + 10 hours (6 January and 17 February), not 30.
        Assert.Contains("Aggregated estimate: 20.0 hours (10.0 hours for this request)", costs.QuerySelector("#verdict")!.TextContent);
        Assert.StartsWith($"Warning Request {aprilReference} (received 1 April 2025) was not received within one period", costs.QuerySelector("#aggregation-outside .govuk-warning-text__text")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("FOI/1999/99999", "There is no request with the reference FOI/1999/99999: check the reference")]
    [InlineData("62A/23", "Request 62A/23 was received")]
    public async Task Post_ByReference_RefusesWhatCannotBeAggregated(string reference, string expected)
    {
        var (id, _) = await RequestFromAsync(Unique("byref"));
        var client = await OfficerAsync();

        var response = await AggregateAsync(client, id, new()
        {
            ["Data.Choice"] = "other",
            ["Data.OtherReference"] = reference,
            ["Data.SimilarInformation"] = "Similar.",
            ["Data.ConcertReason"] = "Same campaign wording.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));
        Assert.Single(errors);
        Assert.StartsWith(expected, errors[0]);
        Assert.False(await factory.WithDbAsync(db => db.CostAggregationLinks.AnyAsync(l => l.RequestId == id)));
    }

    [Fact]
    public async Task Post_ByReference_ADifferentRequester_NeedsTheConcertReason_ThenLinks()
    {
        var (id, _) = await RequestFromAsync(Unique("campaign.one"));
        var (otherId, otherReference) = await RequestFromAsync(Unique("campaign.two"));
        var client = await OfficerAsync();
        var values = new Dictionary<string, string>
        {
            ["Data.Choice"] = "other",
            ["Data.OtherReference"] = " " + otherReference.ToLowerInvariant() + " ",
            ["Data.SimilarInformation"] = "Identical questions.",
        };

        var refused = await AggregateAsync(client, id, values);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            [$"Request {otherReference} is from a different requester: say why the requesters appear to be acting in concert or as part of a campaign"],
            Html.ErrorSummary(await Html.ParseAsync(refused)));

        values["Data.ConcertReason"] = "The same wording was posted on a campaign website.";
        var accepted = await AggregateAsync(client, id, values);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var link = await factory.WithDbAsync(db => db.CostAggregationLinks.SingleAsync(l => l.RequestId == id));
        Assert.Equal(otherId, link.OtherRequestId);
        Assert.Equal(AggregationGround.LinkedByOfficer, link.Ground);
        Assert.Equal("The same wording was posted on a campaign website.", link.ConcertReason);
    }

    [Fact]
    public async Task PostRemove_SeparatesTheRequests()
    {
        var email = Unique("separate");
        var (id, _) = await RequestFromAsync(email);
        var (otherId, otherReference) = await RequestFromAsync(email);
        var client = await OfficerAsync();
        await AggregateAsync(client, id, new()
        {
            ["Data.Choice"] = otherId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Data.SimilarInformation"] = "Similar.",
        });
        var page = await Html.GetAsync(client, $"/staff/cases/{otherId}/costs/aggregation");
        var form = page.QuerySelector($"#part-{id} form")!;

        var response = await Html.PostFormAsync(
            client, page, new Dictionary<string, string> { ["version"] = form.QuerySelector("input[name=version]")!.GetAttribute("value")! }, form.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.CostAggregationLinks.AnyAsync(l => l.RequestId == id)));
        var after = await Html.GetAsync(client, $"/staff/cases/{id}/costs/aggregation");
        Assert.NotNull(after.QuerySelector("#no-partners"));
        Assert.Contains(otherReference, after.QuerySelector("main form")!.TextContent);
    }
}
