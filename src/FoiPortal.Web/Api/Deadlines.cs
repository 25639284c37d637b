using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FoiPortal.Core.Statute;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FoiPortal.Web.Api;

/// <summary>
/// <c>GET /api/v1/deadlines?received=2026-12-18&amp;regime=foia&amp;stage=response</c>: when a response (or, with
/// <c>stage=review</c>, an internal review) is due, the latest a permitted extension can take it, and the holidays skipped.
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
            .WithSummary("When a request's response, or its internal review, is due")
            .WithDescription(
                "stage=response (default): the 20th working day following the date of receipt (FOIA s.10(1), EIR reg 5(2), FOISA s.10(1)); "
                + "latestOn is as far as a permitted extension can take it: 40 working days for the EIR (reg 7(1)), 20 more working days "
                + "for a FOIA public interest extension (s.10(3); the ICO expects no more), none for FOISA. "
                + "stage=review: an internal review received on that date: FOIA 20 working days, extendable once to 40 in all (s.45 Code of "
                + "Practice para 5.4-5.5); EIR 40 working days (reg 11(4)); FOISA 20 working days (s.21(1)); latestOn equals dueOn where "
                + "no extension is allowed. Day 1 is the first working day after receipt, whatever day receipt falls on. FOIA and EIR skip weekends, "
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
        [Description("response (default) or review; any letter case.")] string? stage,
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

        var review = stage is null or "" || stage.Equals("response", StringComparison.OrdinalIgnoreCase) ? false
            : stage.Equals("review", StringComparison.OrdinalIgnoreCase) ? true
            : (bool?)null;
        if (review is null)
        {
            return BadRequest("stage must be response or review");
        }

        var calendar = await calendars.ForRegimeAsync(parsedRegime, cancellationToken);
        var deadline = review.Value ? ReviewDeadline(receivedOn, parsedRegime, calendar) : StatutoryClock.DueDate(receivedOn, parsedRegime, calendar);
        var latestOn = review.Value ? ReviewClock.Due(parsedRegime, receivedOn, calendar).LatestOn : ResponseLatestOn(deadline.DueOn, parsedRegime, calendar);

        context.Response.Headers.CacheControl = $"public, max-age={CacheSeconds}";
        var skipped = new SkippedDay[deadline.Skipped.Count];
        for (var i = 0; i < skipped.Length; i++)
        {
            skipped[i] = new SkippedDay(deadline.Skipped[i].Date, deadline.Skipped[i].Reason);
        }

        return TypedResults.Json(
            new DeadlineResponse(review.Value ? "review" : "response", RegimeName(parsedRegime), deadline.ReceivedOn, deadline.DueOn, latestOn, deadline.WorkingDays, skipped),
            DeadlinesJsonContext.Default.DeadlineResponse);
    }

    private static Deadline ReviewDeadline(DateOnly receivedOn, Regime regime, WorkingDayCalendar calendar)
    {
        var due = ReviewClock.Due(regime, receivedOn, calendar);
        return new Deadline(regime, receivedOn, due.DueOn, due.WorkingDays, calendar.HolidaysBetween(receivedOn, due.DueOn));
    }

    // The furthest a permitted extension takes a response: EIR reg 7(1) to 40 working days; FOIA s.10(3) a public
    // interest extension, which the portal (like the ICO) caps at 20 more working days; FOISA none.
    private static DateOnly ResponseLatestOn(DateOnly dueOn, Regime regime, WorkingDayCalendar calendar) => regime switch
    {
        Regime.Eir => calendar.AddWorkingDays(dueOn, StatutoryClock.EirExtendedWorkingDays - StatutoryClock.StandardWorkingDays),
        Regime.Foia => calendar.AddWorkingDays(dueOn, FoiPortal.Core.Requests.FoiRequest.PublicInterestMaxExtraWorkingDays),
        _ => dueOn,
    };

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
/// <param name="Stage">response or review.</param>
/// <param name="Regime">foia, eir or foisa.</param>
/// <param name="ReceivedOn">The date of receipt (of the request, or of the request for review).</param>
/// <param name="DueOn">The date the response or review is due, with no extension.</param>
/// <param name="LatestOn">The furthest a permitted extension can take it; equal to <paramref name="DueOn"/> where none is allowed.</param>
/// <param name="WorkingDays">How many working days the authority has to <paramref name="DueOn"/>.</param>
/// <param name="Skipped">Holidays on weekdays between receipt and the due date (weekends are skipped too but not listed).</param>
public sealed record DeadlineResponse(string Stage, string Regime, DateOnly ReceivedOn, DateOnly DueOn, DateOnly LatestOn, int WorkingDays, IReadOnlyList<SkippedDay> Skipped);

/// <summary>A non-working weekday that was not counted.</summary>
public sealed record SkippedDay(DateOnly Date, string Reason);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DeadlineResponse))]
internal sealed partial class DeadlinesJsonContext : JsonSerializerContext;
