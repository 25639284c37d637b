using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FoiPortal.Web.Tests.Infrastructure;

namespace FoiPortal.Web.Tests;

/// <summary>The public deadlines API on the published calendar (this fixture's database has no admin changes).</summary>
public sealed class DeadlinesApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_IssueExample_AnswersExactlyTheDocumentedJson()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/deadlines?received=2026-12-18&regime=foia", UriKind.Relative));

        // Received Fri 18 Dec 2026. Day 1 is Mon 21 Dec; 21-24 Dec = 4; 25 and 28 Dec skipped; 29-31 Dec = 7;
        // 1 Jan and 4 Jan (Scotland's 2 January substitute counts for FOIA s.10(6)) skipped; 5-8 Jan = 11;
        // 11-15 Jan = 16; 18-21 Jan = 20: due Thursday 21 January 2027. latestOn: a s.10(3) public interest extension
        // of at most 20 more working days: 22 Jan = 1, 25 Jan-18 Feb = 2-20 (no holidays): Thursday 18 February 2027.
        const string expected = """
            { "stage": "response", "regime": "foia", "receivedOn": "2026-12-18", "dueOn": "2027-01-21", "latestOn": "2027-02-18", "workingDays": 20, "skipped": [
              { "date": "2026-12-25", "reason": "Christmas Day" },
              { "date": "2026-12-28", "reason": "Boxing Day (substitute day)" },
              { "date": "2027-01-01", "reason": "New Year's Day" },
              { "date": "2027-01-04", "reason": "2nd January (substitute day, Scotland)" } ] }
            """;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual!.ToJsonString());
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task Get_ReviewStage_IssueExample_AnswersDueAndLatest()
    {
        var client = factory.CreateClient();

        var json = await GetJsonAsync(client, "/api/v1/deadlines?received=2026-01-05&regime=foia&stage=review");

        // s.45 Code para 5.4-5.5, hand-counted: Mon 5 Jan; day 1 Tue 6 Jan; day 20 Mon 2 Feb; day 40 Mon 2 Mar.
        Assert.Equal("review", json.GetProperty("stage").GetString());
        Assert.Equal("2026-02-02", json.GetProperty("dueOn").GetString());
        Assert.Equal("2026-03-02", json.GetProperty("latestOn").GetString());
        Assert.Equal(20, json.GetProperty("workingDays").GetInt32());
    }

    [Theory]
    [InlineData("eir", "2026-03-02", "2026-03-02", 40)]
    [InlineData("foisa", "2026-02-02", "2026-02-02", 20)]
    public async Task Get_ReviewStage_EirReg11AndFoisaS21_HaveNoExtension(string regime, string dueOn, string latestOn, int workingDays)
    {
        var client = factory.CreateClient();

        var json = await GetJsonAsync(client, $"/api/v1/deadlines?received=2026-01-05&regime={regime}&stage=REVIEW");

        Assert.Equal(dueOn, json.GetProperty("dueOn").GetString());
        Assert.Equal(latestOn, json.GetProperty("latestOn").GetString());
        Assert.Equal(workingDays, json.GetProperty("workingDays").GetInt32());
    }

    [Fact]
    public async Task Get_ResponseStage_Eir_LatestIsFortyWorkingDays()
    {
        var client = factory.CreateClient();

        var json = await GetJsonAsync(client, "/api/v1/deadlines?received=2026-01-05&regime=eir");

        // EIR reg 7(1): day 40 from Mon 5 Jan is Mon 2 Mar.
        Assert.Equal("response", json.GetProperty("stage").GetString());
        Assert.Equal("2026-02-02", json.GetProperty("dueOn").GetString());
        Assert.Equal("2026-03-02", json.GetProperty("latestOn").GetString());
    }

    [Fact]
    public async Task Get_UnknownStage_IsA400Problem()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/deadlines?received=2026-01-05&stage=appeal", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("stage must be response or review", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutRegime_UsesFoia()
    {
        var client = factory.CreateClient();

        var json = await GetJsonAsync(client, "/api/v1/deadlines?received=2026-12-18");

        Assert.Equal("foia", json.GetProperty("regime").GetString());
        Assert.Equal("2027-01-21", json.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Get_Eir_CountsTheSameUkWideCalendarAsFoia()
    {
        var client = factory.CreateClient();

        var json = await GetJsonAsync(client, "/api/v1/deadlines?received=2026-12-18&regime=EIR");

        // EIR reg 2(1) defines working day as FOIA s.10(6) does, so the same four holidays are skipped.
        Assert.Equal("eir", json.GetProperty("regime").GetString());
        Assert.Equal("2027-01-21", json.GetProperty("dueOn").GetString());
        Assert.Equal(4, json.GetProperty("skipped").GetArrayLength());
    }

    [Fact]
    public async Task Get_Foisa_CountsEasterMondayAndStPatricksDayAsWorkingDays()
    {
        var client = factory.CreateClient();

        var foisa = await GetJsonAsync(client, "/api/v1/deadlines?received=2027-03-15&regime=foisa");
        var foia = await GetJsonAsync(client, "/api/v1/deadlines?received=2027-03-15&regime=foia");

        // Easter Sunday 2027 is 28 March. FOISA s.73 (Scottish bank holidays only), received Mon 15 Mar:
        // 16-19 Mar = 4 (St Patrick's Day, 17 Mar, is Northern Ireland only); 22-25 = 8; Good Friday 26 skipped;
        // Easter Monday 29 is not a Scottish bank holiday: 29 Mar-2 Apr = 13; 5-9 Apr = 18; 12-13 Apr = 20.
        Assert.Equal("foisa", foisa.GetProperty("regime").GetString());
        Assert.Equal("2027-04-13", foisa.GetProperty("dueOn").GetString());
        Assert.Equal(["2027-03-26"], Dates(foisa));
        // FOIA s.10(6) skips all three: 16, 18, 19 = 3; 22-25 = 7; 30 Mar-2 Apr = 11; 5-9 = 16; 12-15 = 20.
        Assert.Equal("2027-04-15", foia.GetProperty("dueOn").GetString());
        Assert.Equal(["2027-03-17", "2027-03-26", "2027-03-29"], Dates(foia));
    }

    [Theory]
    [InlineData("/api/v1/deadlines", "received")]
    [InlineData("/api/v1/deadlines?received=", "received")]
    [InlineData("/api/v1/deadlines?received=18/12/2026", "YYYY-MM-DD")]
    [InlineData("/api/v1/deadlines?received=2026-13-01", "YYYY-MM-DD")]
    [InlineData("/api/v1/deadlines?received=2027-02-29", "YYYY-MM-DD")]
    [InlineData("/api/v1/deadlines?received=2026-12-18T10:00", "YYYY-MM-DD")]
    [InlineData("/api/v1/deadlines?received=1989-12-31", "between 1990 and 2100")]
    [InlineData("/api/v1/deadlines?received=2101-01-01", "between 1990 and 2100")]
    [InlineData("/api/v1/deadlines?received=2026-12-18&regime=gdpr", "foia, eir or foisa")]
    [InlineData("/api/v1/deadlines?received=2026-12-18&regime=1", "foia, eir or foisa")]
    public async Task Get_BadInput_Gives400ProblemDetails(string url, string detailMentions)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Contains(detailMentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task OpenApi_DescribesTheDeadlinesEndpoint()
    {
        var client = factory.CreateClient();

        var document = await GetJsonAsync(client, "/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty("/api/v1/deadlines").GetProperty("get");
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.True(operation.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(operation.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    internal static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    internal static string[] Dates(JsonElement deadline) =>
        deadline.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("date").GetString()!).ToArray();
}
