using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Core.Statistics;
using FoiPortal.Core.Statute;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Api;

/// <summary>
/// <c>GET /api/v1/statistics?from=2026-01-01&amp;to=2026-03-31&amp;regime=foia</c>: the figures of issue 15 as JSON.
/// Staff get the live figures (computed by <see cref="StatisticsQuery"/>; the breakdown by team member for managers and
/// admins only). Anyone else gets a published quarter's latest version, and nothing unpublished.
/// </summary>
public static class StatisticsApi
{
    public const string Route = "/api/v1/statistics";

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetAsync)
            .WithName("GetStatistics")
            .WithTags("Statistics")
            .WithSummary("FOI statistics for a period: volumes, timeliness, outcomes, exemptions, reviews and the regulator")
            .WithDescription(
                "from and to are UK dates (YYYY-MM-DD), inclusive, at most 5 years apart; regime is foia, eir or foisa (optional: all regimes). "
                + "Requests count by date of receipt; responses by the date sent. onTime: within 20 working days (the regime's limit); "
                + "withinExtension: later but within a FOIA s.10(3) public interest extension or an EIR reg 7(1) extension; late: anything "
                + "else, including a request already late when clarification was sought. onTimePercent is onTime out of responded, "
                + "icoBand the ICO rating of it (95% and over good, 90% to 95% adequate, below 90% unsatisfactory). outcomes counts each "
                + "response in one central-government category by the rule in docs/adr (plus lapsedOrWithdrawn); exemptions counts "
                + "requests per provision cited. Staff sign-in is required unless from-to is exactly a published quarter, which then "
                + "answers the latest published version (source: published).")
            .Produces<StatisticsResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous();
        return app;
    }

    internal static async Task<Results<JsonHttpResult<StatisticsResponse>, ProblemHttpResult>> GetAsync(
        [Description("First day, UK date, YYYY-MM-DD.")] string? from,
        [Description("Last day (inclusive), UK date, YYYY-MM-DD; at most 5 years after from.")] string? to,
        [Description("foia, eir or foisa; leave out for all regimes.")] string? regime,
        FoiDbContext db,
        ICalendarSource calendars,
        TimeProvider time,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            return Problem(StatusCodes.Status400BadRequest, "from and to must be dates in the form YYYY-MM-DD, for example from=2026-01-01&to=2026-03-31");
        }

        if (StatisticsPeriod.WhyNot(first, last) is { } why)
        {
            return Problem(StatusCodes.Status400BadRequest, why);
        }

        if (!TryRegime(regime, out var parsedRegime))
        {
            return Problem(StatusCodes.Status400BadRequest, "regime must be foia, eir or foisa, or left out for all regimes");
        }

        var period = StatisticsPeriod.Range(first, last);
        var user = context.User;
        if (StaffRoles.All.Any(user.IsInRole))
        {
            var today = UkLocalDate.FromInstant(time.GetUtcNow());
            var figures = await StatisticsQuery.FiguresAsync(db, calendars, period, parsedRegime, today, cancellationToken);
            var forManagers = user.IsInRole(StaffRoles.Manager) || user.IsInRole(StaffRoles.Admin);
            return TypedResults.Json(StatisticsResponse.Of(forManagers ? figures : figures.ForPublication(), "live", null), StatisticsJsonContext.Default.StatisticsResponse);
        }

        if (period.QuarterNumber is { } quarter)
        {
            var published = await db.PublishedQuarters.AsNoTracking()
                .Where(p => p.Year == period.From.Year && p.Quarter == quarter)
                .OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
            if (published?.Figures().For(parsedRegime) is { } snapshot)
            {
                return TypedResults.Json(StatisticsResponse.Of(snapshot, "published", published.Version), StatisticsJsonContext.Default.StatisticsResponse);
            }
        }

        return Problem(StatusCodes.Status401Unauthorized, "Sign in as staff to see these figures: only published quarters are public");
    }

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 1990 and <= 2100;

    internal static bool TryRegime(string? value, out Regime? regime)
    {
        regime = null;
        if (string.IsNullOrEmpty(value) || value.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<Regime>())
        {
            if (value.Equals(candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                regime = candidate;
                return true;
            }
        }

        return false;
    }

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: "The statistics could not be given");
}

/// <summary>The figures for one period and regime (see the endpoint's description for each rule).</summary>
public sealed record StatisticsResponse(
    DateOnly From,
    DateOnly To,
    string Regime,
    string Source,
    int? Version,
    int Received,
    int Responded,
    int StillOpen,
    int Overdue,
    int WithdrawnOrLapsed,
    int OnTime,
    int WithinExtension,
    int Late,
    decimal? OnTimePercent,
    decimal? InTimePercent,
    string? IcoBand,
    int? MedianWorkingDays,
    int? Percentile90WorkingDays,
    Dictionary<string, int> Outcomes,
    Dictionary<string, int> Exemptions,
    ExtensionFigures PublicInterestExtensions,
    ReviewsJson Reviews,
    RegulatorJson Regulator,
    IReadOnlyList<GroupJson> Months,
    IReadOnlyList<GroupJson> ByChannel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<GroupJson>? ByTeamMember)
{
    public static StatisticsResponse Of(StatisticsFigures f, string source, int? version)
    {
        ArgumentNullException.ThrowIfNull(f);
        static GroupJson Group(string name, int received, int responded, int onTime, int extension, int late) =>
            new(name, received, responded, onTime, extension, late, IcoTimeliness.Percent(onTime, responded));
        var r = f.Reviews;
        return new(
            f.Period.From, f.Period.To, StatisticsCsv.RegimeName(f.Regime), source, version,
            f.Volume.Received, f.Volume.Responded, f.Volume.StillOpen, f.Volume.Overdue, f.Volume.WithdrawnOrLapsed,
            f.Timeliness.OnTime, f.Timeliness.WithinExtension, f.Timeliness.Late, f.Timeliness.OnTimePercent, f.Timeliness.InTimePercent,
            f.Timeliness.Band?.Describe().ToLowerInvariant(), f.Timeliness.MedianWorkingDays, f.Timeliness.Percentile90WorkingDays,
            f.Outcomes.ToDictionary(o => o.Category.Key(), o => o.Count),
            f.Exemptions.ToDictionary(e => e.Provision, e => e.Requests),
            f.PublicInterestExtensions,
            new ReviewsJson(r.Received, r.Completed, r.Within20WorkingDays, r.Within40WorkingDays, r.Upheld, r.PartlyUpheld, r.Overturned, r.Band?.Describe().ToLowerInvariant()),
            new RegulatorJson(f.Regulator.ComplaintsReceived, f.Regulator.DecisionNotices.ToDictionary(n => JsonNamingPolicy.CamelCase.ConvertName(n.Outcome.ToString()), n => n.Count)),
            [.. f.Months.Select(m => Group(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Received, m.Responded, m.OnTime, m.WithinExtension, m.Late))],
            [.. f.ByChannel.Select(g => Group(g.Name.ToLowerInvariant(), g.Received, g.Responded, g.OnTime, g.WithinExtension, g.Late))],
            f.ByTeamMember.Count == 0 ? null : [.. f.ByTeamMember.Select(g => Group(g.Name, g.Received, g.Responded, g.OnTime, g.WithinExtension, g.Late))]);
    }
}

public sealed record ReviewsJson(int Received, int Completed, int Within20WorkingDays, int Within40WorkingDays, int Upheld, int PartlyUpheld, int Overturned, string? IcoBand);

public sealed record RegulatorJson(int ComplaintsReceived, Dictionary<string, int> DecisionNotices);

/// <summary>One month (yyyy-MM), channel or team member.</summary>
public sealed record GroupJson(string Name, int Received, int Responded, int OnTime, int WithinExtension, int Late, decimal? OnTimePercent);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StatisticsResponse))]
internal sealed partial class StatisticsJsonContext : JsonSerializerContext;
