using System.Net;
using System.Text.Json;
using FoiPortal.Core.Costs;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Reviews;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Tests.Infrastructure;

namespace FoiPortal.Web.Tests;

/// <summary>
/// The statistics engine's SQL and the API, on cases built by hand through the domain in 2019 Q1 (far from the demo data;
/// today is 10 Mar 2031). Hand-counted (2019: no bank holiday in February; St Patrick's Day substitute Mon 18 Mar, NI):
/// received Mon 4 Feb, due Mon 4 Mar (Fri 1 Mar is day 19, Wed 6 Mar day 22, Thu 14 Mar day 28). Received Mon 7 Jan, due
/// Mon 4 Feb; clarification sought Tue 5 Feb (already late) and received Mon 11 Feb, new due date Mon 11 Mar, so Fri
/// 8 Mar is day 19 of the restarted clock. A 10-day public interest extension from Mon 4 Mar runs to Tue 19 Mar.
/// </summary>
public sealed class StatisticsApiTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private const string Officer = "officer@foiportal.test";
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();

    private static DateTimeOffset At(int month, int day) => new(2019, month, day, 12, 0, 0, TimeSpan.Zero);

    private Task<int> AddAsync(string reference, DateTimeOffset receivedAt, Action<FoiRequest, FoiPortal.Core.Data.FoiDbContext>? act = null) =>
        portal.WithDbAsync(async db =>
        {
            var request = FoiRequest.Submit(
                reference, new Requester("Pat Requester", "pat@example.org", null), $"Title of {reference}", ["How many?"],
                PreferredFormat.Email, Channel.Web, receivedAt, Uk, TrackingToken.Create().Hash);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            act?.Invoke(request, db);
            await db.SaveChangesAsync();
            return request.Id;
        });

    private static ExemptionDecision Decision(int id, ExemptionDecisionDraft draft) =>
        ExemptionDecision.Record(id, draft, Regime.Foia, ExemptionCatalogue.CreateDefault(), Officer, At(3, 1).UtcDateTime);

    private static readonly ExemptionDecisionDraft Section31 = new()
    {
        QuestionNumber = 1,
        Outcome = QuestionOutcome.Withheld,
        Citations =
        [
            new CitationDraft
            {
                ExemptionKey = "FOIA s.31(1)",
                Prejudice = "Disclosure would show where enforcement is concentrated.",
                Likelihood = Likelihood.WouldBeLikelyTo,
                FactorsForDisclosure = "Openness about road safety enforcement.",
                FactorsForMaintaining = "Protecting the effectiveness of enforcement.",
                PublicInterestConclusion = "The public interest favours maintaining the exemption.",
            },
        ],
    };

    private static readonly ExemptionDecisionDraft Ncnd = new()
    {
        QuestionNumber = 1,
        Outcome = QuestionOutcome.NeitherConfirmNorDeny,
        Citations = [new CitationDraft { ExemptionKey = "FOIA s.23(5)" }],
        InformationDescription = "any information relevant to this question",
    };

    private static Task<SemaphoreSlim> Once { get; } = Task.FromResult(new SemaphoreSlim(1, 1));

    private static bool _arranged;

    /// <summary>Eight requests in 2019 Q1 (seven FOIA, one EIR), built once per fixture.</summary>
    private async Task ArrangeAsync()
    {
        var gate = await Once;
        await gate.WaitAsync();
        try
        {
            if (_arranged)
            {
                return;
            }

            // A: on time, day 19, no decision recorded (granted in full).
            await AddAsync("ST/A", At(2, 4), (r, _) => { r.StartWork(Officer, At(2, 5)); r.RecordResponseSent(Officer, At(3, 1)); });
            // B: s.10(3) extension notified by the due date; answered Thu 14 Mar (day 28) within it; withheld under s.31(1).
            await AddAsync("ST/B", At(2, 4), (r, db) =>
            {
                r.StartWork(Officer, At(2, 5));
                r.ExtendForPublicInterest(Officer, new DateOnly(2019, 3, 4), "Balancing the public interest.", 10, At(3, 4), Uk);
                db.ExemptionDecisions.Add(Decision(r.Id, Section31));
                r.RecordResponseSent(Officer, At(3, 14));
            });
            // C: clarification sought after the due date: late whatever the restarted clock says; NCND under s.23(5).
            await AddAsync("ST/C", At(1, 7), (r, db) =>
            {
                r.StartWork(Officer, At(1, 8));
                r.SeekClarification(Officer, new DateOnly(2019, 2, 5), At(2, 5), Uk);
                r.RecordClarificationReceived(Officer, new DateOnly(2019, 2, 11), At(2, 11), Uk);
                db.ExemptionDecisions.Add(Decision(r.Id, Ncnd));
                r.RecordResponseSent(Officer, At(3, 8));
            });
            // D: refused under s.12 on the due date (day 20).
            await AddAsync("ST/D", At(2, 4), (r, db) =>
            {
                r.StartWork(Officer, At(2, 5));
                db.CostDecisions.Add(new CostDecision(r.Id, CostOutcome.RefuseSection12, false, "Narrow the request to one year.", "Refused under section 12(1).", 450m, 1080, 1500, Officer, At(3, 1).UtcDateTime));
                r.RecordResponseSent(Officer, At(3, 4));
            });
            // E: late, day 22; reviewed later (a review received in the period).
            await AddAsync("ST/E", At(2, 4), (r, db) =>
            {
                r.StartWork(Officer, At(2, 5));
                r.RecordResponseSent(Officer, At(3, 6));
                db.InternalReviews.Add(InternalReview.Ask(r, null, Channel.Email, new DateOnly(2019, 3, 11), "Please look again.", new Dictionary<int, string>(), Officer, null, At(3, 11), Uk));
            });
            // F: withdrawn in January. G: received 25 Mar and still open (overdue today).
            await AddAsync("ST/F", At(1, 7), (r, _) => r.Withdraw(At(1, 14)));
            await AddAsync("ST/G", At(3, 25), (r, _) => r.StartWork(Officer, At(3, 26)));
            // H: EIR (chosen at triage), on time: counted for all regimes, not for FOIA.
            await AddAsync("ST/H", At(2, 4), (r, _) =>
            {
                r.ChangeRegime(Officer, Regime.Eir, At(2, 5), Uk);
                r.StartWork(Officer, At(2, 5));
                r.RecordResponseSent(Officer, At(3, 1));
            });
            _arranged = true;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<HttpClient> ManagerAsync()
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "manager@foiportal.test");
        return client;
    }

    [Fact]
    public async Task Get_Foia2019Q1_EachFigureFromTheCaseRecords()
    {
        await ArrangeAsync();
        var client = await ManagerAsync();

        var json = await JsonAsync(await client.GetAsync(new Uri("/api/v1/statistics?from=2019-01-01&to=2019-03-31&regime=foia", UriKind.Relative)));

        Assert.Equal("live", json.GetProperty("source").GetString());
        Assert.Equal(7, json.GetProperty("received").GetInt32());
        Assert.Equal(5, json.GetProperty("responded").GetInt32());
        Assert.Equal(1, json.GetProperty("stillOpen").GetInt32());
        Assert.Equal(1, json.GetProperty("overdue").GetInt32());
        Assert.Equal(1, json.GetProperty("withdrawnOrLapsed").GetInt32());
        Assert.Equal(2, json.GetProperty("onTime").GetInt32()); // A, D
        Assert.Equal(1, json.GetProperty("withinExtension").GetInt32()); // B
        Assert.Equal(2, json.GetProperty("late").GetInt32()); // C (late clarification), E
        Assert.Equal(40.0m, json.GetProperty("onTimePercent").GetDecimal());
        Assert.Equal("unsatisfactory", json.GetProperty("icoBand").GetString());
        // 19 (A), 19 (C), 20 (D), 22 (E), 28 (B): median rank 3, 90th percentile rank 5.
        Assert.Equal(20, json.GetProperty("medianWorkingDays").GetInt32());
        Assert.Equal(28, json.GetProperty("percentile90WorkingDays").GetInt32());
        var outcomes = json.GetProperty("outcomes");
        Assert.Equal(2, outcomes.GetProperty("grantedInFull").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("withheldInFull").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("neitherConfirmNorDeny").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("refusedCost").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("lapsedOrWithdrawn").GetInt32());
        Assert.Equal(0, outcomes.GetProperty("partlyWithheld").GetInt32());
        var sum = outcomes.EnumerateObject().Where(o => o.Name != "lapsedOrWithdrawn").Sum(o => o.Value.GetInt32());
        Assert.Equal(json.GetProperty("responded").GetInt32(), sum);
        var exemptions = json.GetProperty("exemptions");
        Assert.Equal(1, exemptions.GetProperty("FOIA s.31(1)").GetInt32());
        Assert.Equal(1, exemptions.GetProperty("FOIA s.23(5)").GetInt32());
        Assert.Equal(1, json.GetProperty("publicInterestExtensions").GetProperty("taken").GetInt32());
        Assert.Equal(10, json.GetProperty("publicInterestExtensions").GetProperty("longestExtraWorkingDays").GetInt32());
        Assert.Equal(1, json.GetProperty("reviews").GetProperty("received").GetInt32());
        Assert.Equal(3, json.GetProperty("months").GetArrayLength());
        Assert.Equal(5, json.GetProperty("byTeamMember").EnumerateArray().Single(g => g.GetProperty("name").GetString() == Officer).GetProperty("responded").GetInt32());
    }

    [Fact]
    public async Task Get_AllRegimes_CountsTheEirRequestToo()
    {
        await ArrangeAsync();
        var client = await ManagerAsync();

        var json = await JsonAsync(await client.GetAsync(new Uri("/api/v1/statistics?from=2019-01-01&to=2019-03-31", UriKind.Relative)));

        Assert.Equal("all", json.GetProperty("regime").GetString());
        Assert.Equal(8, json.GetProperty("received").GetInt32());
        Assert.Equal(6, json.GetProperty("responded").GetInt32());
        Assert.Equal(3, json.GetProperty("onTime").GetInt32());
    }

    [Fact]
    public async Task Get_AsOfficer_HasNoBreakdownByTeamMember()
    {
        var client = portal.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);

        var json = await JsonAsync(await client.GetAsync(new Uri("/api/v1/statistics?from=2019-01-01&to=2019-03-31", UriKind.Relative)));

        Assert.False(json.TryGetProperty("byTeamMember", out _));
    }

    [Theory]
    [InlineData("from=2019-01-01", "from and to must be dates")]
    [InlineData("from=2019-02-30&to=2019-03-31", "from and to must be dates")]
    [InlineData("from=2019-03-31&to=2019-01-01", "The end date must be the same as or after the start date")]
    [InlineData("from=2019-01-01&to=2024-01-01", "The period must be 5 years or shorter")]
    [InlineData("from=2019-01-01&to=2019-03-31&regime=gdpr", "regime must be foia, eir or foisa")]
    public async Task Get_BadPeriodOrRegime_Is400Problem(string query, string detail)
    {
        var client = await ManagerAsync();

        var response = await client.GetAsync(new Uri($"/api/v1/statistics?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith(detail, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Anonymous_UnpublishedQuarter_Is401()
    {
        var response = await portal.CreateBrowserLikeClient().GetAsync(new Uri("/api/v1/statistics?from=2019-04-01&to=2019-06-30", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_Anonymous_PublishedQuarter_AnswersTheLatestPublishedVersion()
    {
        var q2 = StatisticsPeriod.Quarter(2019, 2);
        await portal.WithDbAsync(async db =>
        {
            var empty = StatisticsCalculator.Compute(q2, null, StatisticsFacts.Empty, _ => Uk);
            var first = PublishedFigures.Of([empty, empty with { Regime = Regime.Foia }]);
            var corrected = PublishedFigures.Of([empty with { Volume = empty.Volume with { Received = 42 } }]);
            db.PublishedQuarters.Add(PublishedQuarter.Publish(2019, 2, null, null, first, "manager@foiportal.test", FixedClockPortal.Now));
            db.PublishedQuarters.Add(PublishedQuarter.Publish(2019, 2, 1, "Two requests logged late.", corrected, "manager@foiportal.test", FixedClockPortal.Now));
            return await db.SaveChangesAsync();
        });
        var client = portal.CreateBrowserLikeClient();

        var json = await JsonAsync(await client.GetAsync(new Uri("/api/v1/statistics?from=2019-04-01&to=2019-06-30", UriKind.Relative)));

        Assert.Equal("published", json.GetProperty("source").GetString());
        Assert.Equal(2, json.GetProperty("version").GetInt32());
        Assert.Equal(42, json.GetProperty("received").GetInt32());
        // A regime the latest version does not hold is not published.
        var foia = await client.GetAsync(new Uri("/api/v1/statistics?from=2019-04-01&to=2019-06-30&regime=foia", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, foia.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheEndpoint()
    {
        var json = await JsonAsync(await portal.CreateBrowserLikeClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        Assert.True(json.GetProperty("paths").TryGetProperty("/api/v1/statistics", out var path));
        var parameters = path.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["from", "to", "regime"], parameters);
    }
}
