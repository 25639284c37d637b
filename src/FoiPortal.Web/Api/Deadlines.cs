using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FoiPortal.Core.Statute;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FoiPortal.Web.Api;

/// <summary>
/// <c>GET /api/v1/deadlines?received=2026-12-18&amp;regime=foia</c>: when a response is due, and the holidays skipped.
/// Public and cacheable. It reads the same <see cref="ICalendarSource"/> as case work, so admin calendar changes count.
/// </summary>
public static class Deadlines
{
    public const string Route = "/api/v1/deadlines";

    /// <summary>
    /// Short enough that an admin's newly proclaimed bank holiday reaches browsers and proxies within minutes
    /// (plus up to a minute for the calendar cache on other nodes), long enough to spare repeated previews.
    /// </summary>
    public const int CacheSeconds = 300;

    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    public static IEndpointRouteBuilder MapDeadlinesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetAsync)
            .WithName("GetDeadline")
            .WithTags("Deadlines")
            .WithSummary("When a request's response is due")
            .WithDescription(
                "The 20th working day following the date of receipt (FOIA s.10(1), EIR reg 5(2), FOISA s.10(1)). "
                + "Day 1 is the first working day after receipt, whatever day receipt falls on. FOIA and EIR skip weekends, "
                + "Christmas Day, Good Friday and bank holidays in any part of the UK (FOIA s.10(6)); FOISA skips weekends, "
                + "Christmas Day and Scottish bank holidays (FOISA s.73). Holidays skipped on weekdays are listed; weekends are not. "
                + "Includes non-working days added by the authority's administrators.")
            .Produces<DeadlineResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AllowAnonymous();
        return app;
    }

    /// <param name="received">The date of receipt, in the form YYYY-MM-DD (UK local date).</param>
    /// <param name="regime">foia (default), eir or foisa.</param>
    internal static async Task<Results<JsonHttpResult<DeadlineResponse>, ProblemHttpResult>> GetAsync(
        [Description("The date of receipt, UK local date, in the form YYYY-MM-DD (years 1990 to 2100).")] string? received,
        [Description("foia (default), eir or foisa; any letter case.")] string? regime,
        ICalendarSource calendars,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(received))
        {
            return BadRequest("received is required: give the date of receipt in the form YYYY-MM-DD, for example received=2026-12-18");
        }

        if (!DateOnly.TryParseExact(received, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var receivedOn))
        {
            return BadRequest("received must be a date in the form YYYY-MM-DD, for example 2026-12-18");
        }

        if (receivedOn.Year is < MinYear or > MaxYear)
        {
            return BadRequest($"received must be a date between {MinYear} and {MaxYear}");
        }

        if (ParseRegime(regime) is not { } parsedRegime)
        {
            return BadRequest("regime must be foia, eir or foisa");
        }

        var calendar = await calendars.ForRegimeAsync(parsedRegime, cancellationToken);
        var deadline = StatutoryClock.DueDate(receivedOn, parsedRegime, calendar);

        context.Response.Headers.CacheControl = $"public, max-age={CacheSeconds}";
        var skipped = new SkippedDay[deadline.Skipped.Count];
        for (var i = 0; i < skipped.Length; i++)
        {
            skipped[i] = new SkippedDay(deadline.Skipped[i].Date, deadline.Skipped[i].Reason);
        }

        return TypedResults.Json(
            new DeadlineResponse(RegimeName(parsedRegime), deadline.ReceivedOn, deadline.DueOn, deadline.WorkingDays, skipped),
            DeadlinesJsonContext.Default.DeadlineResponse);
    }

    private static Regime? ParseRegime(string? regime) => regime switch
    {
        null or "" => Regime.Foia,
        _ when regime.Equals("foia", StringComparison.OrdinalIgnoreCase) => Regime.Foia,
        _ when regime.Equals("eir", StringComparison.OrdinalIgnoreCase) => Regime.Eir,
        _ when regime.Equals("foisa", StringComparison.OrdinalIgnoreCase) => Regime.Foisa,
        _ => null,
    };

    private static string RegimeName(Regime regime) => regime switch
    {
        Regime.Eir => "eir",
        Regime.Foisa => "foisa",
        _ => "foia",
    };

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The deadline could not be worked out");
}

/// <summary>A due date and the holidays it skipped.</summary>
/// <param name="Regime">foia, eir or foisa.</param>
/// <param name="ReceivedOn">The date of receipt.</param>
/// <param name="DueOn">The 20th working day following the date of receipt.</param>
/// <param name="WorkingDays">How many working days the authority has.</param>
/// <param name="Skipped">Holidays on weekdays between receipt and the due date (weekends are skipped too but not listed).</param>
public sealed record DeadlineResponse(string Regime, DateOnly ReceivedOn, DateOnly DueOn, int WorkingDays, IReadOnlyList<SkippedDay> Skipped);

/// <summary>A non-working weekday that was not counted.</summary>
public sealed record SkippedDay(DateOnly Date, string Reason);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DeadlineResponse))]
internal sealed partial class DeadlinesJsonContext : JsonSerializerContext;
