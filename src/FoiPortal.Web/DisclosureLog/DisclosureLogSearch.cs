using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.DisclosureLog;

/// <summary>The log's filters, already checked: each is null when not chosen.</summary>
public sealed record SearchFilters(int? Year = null, string? Topic = null, DisclosureOutcome? Outcome = null, string? ExemptionKey = null)
{
    public static SearchFilters None { get; } = new();

    public bool Any => Year is not null || Topic is not null || Outcome is not null || ExemptionKey is not null;
}

/// <summary>One page of published entries: their ids in order, how many there are in all, and the page actually shown.</summary>
public sealed record SearchHits(IReadOnlyList<int> EntryIds, int Total, int Page, int PageCount);

/// <summary>
/// Full-text search of the published log, one interface for both databases: SQLite FTS5 on the embedded default,
/// SQL Server full-text in production. Words are ranked by relevance; with no words, newest first. A page past the end
/// gives the last page, a page before the start the first.
/// </summary>
public interface IDisclosureLogSearch
{
    Task<SearchHits> SearchAsync(SearchTerms terms, SearchFilters filters, int page, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> published entries most like these words (any of them, common words ignored), best first.</summary>
    Task<IReadOnlyList<int>> SimilarAsync(SearchTerms terms, int max, CancellationToken cancellationToken);
}

/// <summary>What both databases share: paging, the newest-first list (plain SQL through EF) and the empty cases.</summary>
public abstract class DisclosureLogSearchBase(FoiDbContext db) : IDisclosureLogSearch
{
    protected FoiDbContext Db { get; } = db;

    public async Task<SearchHits> SearchAsync(SearchTerms terms, SearchFilters filters, int page, CancellationToken cancellationToken)
    {
        if (terms.HadInput && terms.IsEmpty)
        {
            // Only punctuation or operators were typed: nothing to look for, so nothing matches.
            return new SearchHits([], 0, 1, 1);
        }

        var total = terms.IsEmpty ? await Listing(filters).CountAsync(cancellationToken) : await CountMatchesAsync(terms, filters, cancellationToken);
        var pageCount = Math.Max(1, (total + DisclosureLogOptions.PageSize - 1) / DisclosureLogOptions.PageSize);
        var shown = Math.Clamp(page, 1, pageCount);
        if (total == 0)
        {
            return new SearchHits([], 0, 1, 1);
        }

        var skip = (shown - 1) * DisclosureLogOptions.PageSize;
        var ids = terms.IsEmpty
            ? await Listing(filters).OrderByDescending(e => e.RespondedOn).ThenByDescending(e => e.Id)
                .Skip(skip).Take(DisclosureLogOptions.PageSize).Select(e => e.Id).ToListAsync(cancellationToken)
            : await PageOfMatchesAsync(terms, filters, skip, DisclosureLogOptions.PageSize, cancellationToken);
        return new SearchHits(ids, total, shown, pageCount);
    }

    public async Task<IReadOnlyList<int>> SimilarAsync(SearchTerms terms, int max, CancellationToken cancellationToken) =>
        terms.UsefulWords().Count == 0 || max <= 0 ? [] : await SimilarMatchesAsync(terms, max, cancellationToken);

    protected abstract Task<int> CountMatchesAsync(SearchTerms terms, SearchFilters filters, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<int>> PageOfMatchesAsync(SearchTerms terms, SearchFilters filters, int skip, int take, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<int>> SimilarMatchesAsync(SearchTerms terms, int max, CancellationToken cancellationToken);

    /// <summary>"cites this key" on the stored "|A|B|" column, with LIKE's wildcards escaped.</summary>
    protected static string ExemptionPattern(string key) =>
        "%" + DisclosureLogEntry.StoredKey(key).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private IQueryable<DisclosureLogEntry> Listing(SearchFilters filters)
    {
        var query = Db.DisclosureLogEntries.AsNoTracking().Where(e => e.State == EntryState.Published);
        if (filters.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            query = query.Where(e => e.RespondedOn >= from && e.RespondedOn <= to);
        }

        if (filters.Topic is { } topic)
        {
            query = query.Where(e => e.Topic == topic);
        }

        if (filters.Outcome is { } outcome)
        {
            query = query.Where(e => e.Outcome == outcome);
        }

        if (filters.ExemptionKey is { } key)
        {
            var pattern = ExemptionPattern(key);
            query = query.Where(e => EF.Functions.Like(e.ExemptionKeys, pattern, "\\"));
        }

        return query;
    }
}

/// <summary>
/// SQLite: the FTS5 table <c>DisclosureLogSearch</c> (created by the DisclosureLog migration, kept in step by triggers
/// on <c>DisclosureLogEntries</c>) holds published entries only. The filters are tokens in its <c>Facets</c> column,
/// so they narrow the match before ranking; rank is bm25 with the title weighted highest (set in the migration).
/// </summary>
public sealed class SqliteDisclosureLogSearch(FoiDbContext db) : DisclosureLogSearchBase(db)
{
    /// <summary>The columns typed words are looked for in; never Facets.</summary>
    public const string TextColumns = "Title Reference RequestText ResponseText ReasonText";

    /// <summary>
    /// bm25 with the column weights title 10, reference 5, request 2, response 1, reason 1, facets 0 (the same as the
    /// table's rank setting in the DisclosureLog migration). Named explicitly: measured about a quarter cheaper than
    /// <c>ORDER BY rank</c>, which looks the setting up again for every query.
    /// </summary>
    private const string Relevance = "bm25(DisclosureLogSearch, 10.0, 5.0, 2.0, 1.0, 1.0, 0.0)";

    protected override async Task<int> CountMatchesAsync(SearchTerms terms, SearchFilters filters, CancellationToken cancellationToken)
    {
        var counts = await Db.Database
            .SqlQueryRaw<int>("SELECT count(*) AS Value FROM DisclosureLogSearch WHERE DisclosureLogSearch MATCH {0}", Match(terms, filters))
            .ToListAsync(cancellationToken);
        return counts[0];
    }

    protected override async Task<IReadOnlyList<int>> PageOfMatchesAsync(SearchTerms terms, SearchFilters filters, int skip, int take, CancellationToken cancellationToken) =>
        await Db.Database
            .SqlQueryRaw<int>(
                "SELECT rowid AS Value FROM DisclosureLogSearch WHERE DisclosureLogSearch MATCH {0} ORDER BY " + Relevance + " LIMIT {1} OFFSET {2}",
                Match(terms, filters), take, skip)
            .ToListAsync(cancellationToken);

    protected override async Task<IReadOnlyList<int>> SimilarMatchesAsync(SearchTerms terms, int max, CancellationToken cancellationToken) =>
        await Db.Database
            .SqlQueryRaw<int>(
                "SELECT rowid AS Value FROM DisclosureLogSearch WHERE DisclosureLogSearch MATCH {0} ORDER BY " + Relevance + " LIMIT {1}",
                terms.ToFts5AnyWord("Title RequestText"), max)
            .ToListAsync(cancellationToken);

    /// <summary>The FTS5 query: the quoted words, then the filters as facet tokens. Passed as a parameter, never spliced into SQL.</summary>
    public static string Match(SearchTerms terms, SearchFilters filters)
    {
        var parts = new List<string> { terms.ToFts5AllWords(TextColumns) };
        if (filters.Year is { } year)
        {
            parts.Add(Facet(SearchFacets.Year(year)));
        }

        if (filters.Topic is { } topic)
        {
            parts.Add(Facet(SearchFacets.Topic(topic)));
        }

        if (filters.Outcome is { } outcome)
        {
            parts.Add(Facet(SearchFacets.Outcome(outcome)));
        }

        if (filters.ExemptionKey is { } key)
        {
            parts.Add(Facet(SearchFacets.Exemption(key)));
        }

        return string.Join(" AND ", parts);

        static string Facet(string token) => $"Facets : \"{token}\"";
    }
}

/// <summary>
/// SQL Server: CONTAINSTABLE over the full-text index the DisclosureLog migration creates (no stop list, so every
/// word counts), joined to the entries for the filters; FREETEXTTABLE for suggestions. One fixed statement per
/// query, every value a parameter (an absent filter is a NULL parameter; RECOMPILE gives each combination its own
/// plan). Not run here (no SQL Server on the development machine): kept small, and its index is checked by the
/// migration script in CI.
/// </summary>
public sealed class SqlServerDisclosureLogSearch(FoiDbContext db) : DisclosureLogSearchBase(db)
{
    protected override async Task<int> CountMatchesAsync(SearchTerms terms, SearchFilters filters, CancellationToken cancellationToken) =>
        (await CountQuery(Db, terms, filters).ToListAsync(cancellationToken))[0];

    protected override async Task<IReadOnlyList<int>> PageOfMatchesAsync(SearchTerms terms, SearchFilters filters, int skip, int take, CancellationToken cancellationToken) =>
        await PageQuery(Db, terms, filters, skip, take).ToListAsync(cancellationToken);

    protected override async Task<IReadOnlyList<int>> SimilarMatchesAsync(SearchTerms terms, int max, CancellationToken cancellationToken) =>
        await SimilarQuery(Db, terms, max).ToListAsync(cancellationToken);

    internal static IQueryable<int> CountQuery(FoiDbContext db, SearchTerms terms, SearchFilters filters)
    {
        var f = Parameters.Of(terms, filters);
        return db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS Value
            FROM CONTAINSTABLE(DisclosureLogEntries, (Title, Reference, RequestText, ResponseText, ReasonText), {f.Contains}) AS ft
            JOIN DisclosureLogEntries AS e ON e.Id = ft.[KEY]
            WHERE e.State = N'Published'
              AND ({f.From} IS NULL OR (e.RespondedOn >= {f.From} AND e.RespondedOn <= {f.To}))
              AND ({f.Topic} IS NULL OR e.Topic = {f.Topic})
              AND ({f.Outcome} IS NULL OR e.Outcome = {f.Outcome})
              AND ({f.Exemption} IS NULL OR e.ExemptionKeys LIKE {f.Exemption} ESCAPE '\')
            OPTION (RECOMPILE)
            """);
    }

    internal static IQueryable<int> PageQuery(FoiDbContext db, SearchTerms terms, SearchFilters filters, int skip, int take)
    {
        var f = Parameters.Of(terms, filters);
        return db.Database.SqlQuery<int>($"""
            SELECT e.Id AS Value
            FROM CONTAINSTABLE(DisclosureLogEntries, (Title, Reference, RequestText, ResponseText, ReasonText), {f.Contains}) AS ft
            JOIN DisclosureLogEntries AS e ON e.Id = ft.[KEY]
            WHERE e.State = N'Published'
              AND ({f.From} IS NULL OR (e.RespondedOn >= {f.From} AND e.RespondedOn <= {f.To}))
              AND ({f.Topic} IS NULL OR e.Topic = {f.Topic})
              AND ({f.Outcome} IS NULL OR e.Outcome = {f.Outcome})
              AND ({f.Exemption} IS NULL OR e.ExemptionKeys LIKE {f.Exemption} ESCAPE '\')
            ORDER BY ft.[RANK] DESC, e.RespondedOn DESC, e.Id DESC
            OFFSET {skip} ROWS FETCH NEXT {take} ROWS ONLY
            OPTION (RECOMPILE)
            """);
    }

    internal static IQueryable<int> SimilarQuery(FoiDbContext db, SearchTerms terms, int max) =>
        db.Database.SqlQuery<int>($"""
            SELECT TOP ({max}) e.Id AS Value
            FROM FREETEXTTABLE(DisclosureLogEntries, (Title, RequestText), {terms.ToSqlServerFreeText()}) AS ft
            JOIN DisclosureLogEntries AS e ON e.Id = ft.[KEY]
            WHERE e.State = N'Published'
            ORDER BY ft.[RANK] DESC, e.RespondedOn DESC
            """);

    /// <summary>The values of one query; a filter not chosen is null.</summary>
    private sealed record Parameters(string Contains, DateOnly? From, DateOnly? To, string? Topic, string? Outcome, string? Exemption)
    {
        public static Parameters Of(SearchTerms terms, SearchFilters filters) => new(
            terms.ToSqlServerAllWords(),
            filters.Year is { } y ? new DateOnly(y, 1, 1) : null,
            filters.Year is { } z ? new DateOnly(z, 12, 31) : null,
            filters.Topic,
            filters.Outcome?.ToString(),
            filters.ExemptionKey is { } key ? ExemptionPattern(key) : null);
    }
}
