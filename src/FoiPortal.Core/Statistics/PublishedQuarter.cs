using System.Text.Json;
using System.Text.Json.Serialization;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Statistics;

/// <summary>
/// One published version of a quarter's figures (s.45 Code of Practice para 8.5: authorities with over 100 staff publish
/// their performance quarterly). A snapshot: the public page and the API show exactly what was published, never live
/// figures. Never changed once written: a correction is a new version with a note saying what changed.
/// </summary>
public sealed class PublishedQuarter
{
    public const int NoteMaxLength = 2_000;

    private PublishedQuarter()
    {
        PublishedBy = string.Empty;
        FiguresJson = string.Empty;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    /// <summary>1 to 4.</summary>
    public int Quarter { get; private set; }

    /// <summary>1 for the first publication, then 2, 3 ... for each correction.</summary>
    public int Version { get; private set; }

    /// <summary>What a correction changed and why; null for the first version.</summary>
    public string? Note { get; private set; }

    public string PublishedBy { get; private set; }

    public DateTime PublishedAtUtc { get; private set; }

    /// <summary>The figures as published: all regimes first, then FOIA, EIR and FOISA (<see cref="PublishedFigures"/>), without staff names.</summary>
    public string FiguresJson { get; private set; }

    public StatisticsPeriod Period => StatisticsPeriod.Quarter(Year, Quarter);

    /// <summary>Why the quarter cannot be published (again) now, or null when it can.</summary>
    /// <param name="latestVersion">The latest version already published, or null.</param>
    public static string? WhyNotPublishable(int year, int quarter, DateOnly today, int? latestVersion, string? note)
    {
        if (quarter is < 1 or > 4 || year is < 2000 or > 2100)
        {
            return "Select a quarter";
        }

        if (StatisticsPeriod.Quarter(year, quarter).To >= today)
        {
            return "A quarter can be published only once it has ended";
        }

        if (latestVersion is not null && string.IsNullOrWhiteSpace(note))
        {
            return "Enter a note saying what the correction changes";
        }

        return note?.Trim().Length > NoteMaxLength ? $"The note must be {NoteMaxLength} characters or fewer" : null;
    }

    public static PublishedQuarter Publish(int year, int quarter, int? latestVersion, string? note, PublishedFigures figures, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (WhyNotPublishable(year, quarter, UkLocalDate.FromInstant(at), latestVersion, note) is { } why)
        {
            throw new DomainException(why);
        }

        return new PublishedQuarter
        {
            Year = year,
            Quarter = quarter,
            Version = (latestVersion ?? 0) + 1,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            PublishedBy = by,
            PublishedAtUtc = at.UtcDateTime,
            FiguresJson = figures.ToJson(),
        };
    }

    public PublishedFigures Figures() => PublishedFigures.FromJson(FiguresJson);
}

/// <summary>The published figures: one set per regime filter (all, FOIA, EIR, FOISA), each without the team member breakdown.</summary>
public sealed record PublishedFigures(IReadOnlyList<StatisticsFigures> Sets)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The regime filters published, in order.</summary>
    public static IReadOnlyList<Regime?> Regimes { get; } = [null, Regime.Foia, Regime.Eir, Regime.Foisa];

    public static PublishedFigures Of(IEnumerable<StatisticsFigures> sets) => new([.. sets.Select(s => s.ForPublication())]);

    public StatisticsFigures? For(Regime? regime) => Sets.FirstOrDefault(s => s.Regime == regime);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static PublishedFigures FromJson(string json) =>
        JsonSerializer.Deserialize<PublishedFigures>(json, Options) ?? throw new InvalidOperationException("Empty published figures.");
}
