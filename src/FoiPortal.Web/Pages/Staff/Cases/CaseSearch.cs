using System.Globalization;
using System.Text;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>A request that matches every searched word, with its relevance: higher is better.</summary>
public sealed class CaseSearchHit
{
    public int RequestId { get; init; }

    public double Score { get; init; }
}

/// <summary>
/// Full-text search of cases for staff (issue 18, docs/adr/020): reference, title, question text, requester name and
/// email, every word in any of its forms ("grooming" finds "groomed"). One interface for both databases, as the
/// disclosure log's: SQLite FTS5 on the embedded default, SQL Server full-text in production. What it gives is a
/// query, not a list, so the work queue composes it with its own views, filters, counts and paging in one statement.
/// Staff only: it searches the requester's personal data, which the public disclosure-log search never holds.
/// </summary>
public interface ICaseSearch
{
    /// <summary>Every request matching all of <paramref name="terms"/> (none when there are no words), with its relevance.</summary>
    IQueryable<CaseSearchHit> Matches(SearchTerms terms);

    /// <summary>The ids of the same requests, unranked: for filters and counts, which need no relevance.</summary>
    IQueryable<int> MatchingIds(SearchTerms terms);

    /// <summary>
    /// Merges the index, so the words of rows replaced since (a purged requester's name and email) are gone from its
    /// storage, not only from its results. Run by the retention purge after it removed anything (UK GDPR Art 5(1)(e)).
    /// </summary>
    Task CompactAsync(CancellationToken cancellationToken);
}

/// <summary>
/// SQLite: the FTS5 table <c>CaseSearch</c> (CaseSearchIndex migration; kept in step by triggers on Requests and
/// RequestQuestions; porter stemming), ranked by bm25 with reference and title weighted highest, then questions,
/// then the requester (CaseSearchSql in the SQLite migrations project).
/// </summary>
public sealed class SqliteCaseSearch(FoiDbContext db) : ICaseSearch
{
    /// <summary>The columns of the index, all searched.</summary>
    public const string TextColumns = "Reference Title Questions RequesterName RequesterEmail";

    /// <summary>bm25 is lower for better matches; negated so that higher is better, as SQL Server's RANK.</summary>
    private const string Relevance = "-bm25(CaseSearch, 10.0, 8.0, 3.0, 1.0, 1.0)";

    public IQueryable<CaseSearchHit> Matches(SearchTerms terms) =>
        terms.IsEmpty
            ? db.Database.SqlQueryRaw<CaseSearchHit>("SELECT 0 AS RequestId, 0.0 AS Score WHERE 0")
            : db.Database.SqlQueryRaw<CaseSearchHit>(
                "SELECT rowid AS RequestId, " + Relevance + " AS Score FROM CaseSearch WHERE CaseSearch MATCH {0}",
                Match(terms));

    /// <summary>Without bm25, which SQLite computes for every match even when only the ids are read (about 3 times faster).</summary>
    public IQueryable<int> MatchingIds(SearchTerms terms) =>
        terms.IsEmpty
            ? db.Database.SqlQueryRaw<int>("SELECT 0 AS Value WHERE 0")
            : db.Database.SqlQueryRaw<int>("SELECT rowid AS Value FROM CaseSearch WHERE CaseSearch MATCH {0}", Match(terms));

    /// <summary>FTS5 'optimize' merges every segment into one, dropping the entries of deleted rows.</summary>
    public async Task CompactAsync(CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("INSERT INTO CaseSearch(CaseSearch) VALUES ('optimize')", cancellationToken);

    /// <summary>The FTS5 query (a parameter, never SQL): every word, each quoted or as its forms.</summary>
    public static string Match(SearchTerms terms) => terms.ToFts5AllWords(TextColumns);
}

/// <summary>
/// SQL Server: CONTAINSTABLE over the full-text indexes the CaseSearchIndex migration creates on Requests (reference,
/// title, requester name and email) and RequestQuestions (text). A request matches when every word is found somewhere
/// in it (a word in the title and another in a question is a match), each word as FORMSOF(INFLECTIONAL, ...) with its
/// irregular forms. Relevance adds the engine's RANK per part, weighted as on SQLite: reference and title 10, questions
/// 3, requester 1. Words are only ever parameters; the statement's shape depends only on how many words there are.
/// Not run here (no SQL Server): its text is checked by SqlServerCaseSearchTests.
/// </summary>
public sealed class SqlServerCaseSearch(FoiDbContext db) : ICaseSearch
{
    public IQueryable<CaseSearchHit> Matches(SearchTerms terms) => Query(db, terms);

    public IQueryable<int> MatchingIds(SearchTerms terms) => Query(db, terms).Select(h => h.RequestId);

    /// <summary>A master merge of the catalog: removed words leave the full-text index's storage.</summary>
    public async Task CompactAsync(CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("ALTER FULLTEXT CATALOG FoiPortalCatalog REORGANIZE", cancellationToken);

    internal static IQueryable<CaseSearchHit> Query(FoiDbContext db, SearchTerms terms)
    {
        var words = terms.Words.Select(SearchTerms.SqlServerWord).ToList();
        if (words.Count == 0)
        {
            return db.Database.SqlQueryRaw<CaseSearchHit>("SELECT 0 AS RequestId, CAST(0 AS float) AS Score WHERE 1 = 0");
        }

        var sql = new StringBuilder("SELECT h.RequestId, CAST(SUM(h.Score) AS float) AS Score FROM (");
        for (var i = 0; i < words.Count; i++)
        {
            var word = "{" + i.ToString(CultureInfo.InvariantCulture) + "}";
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? string.Empty : " UNION ALL ")
                .Append(CultureInfo.InvariantCulture, $"SELECT ft.[KEY] AS RequestId, ft.[RANK] * 10 AS Score, {n} AS Word FROM CONTAINSTABLE(Requests, (Reference, Title), {word}) AS ft")
                .Append(CultureInfo.InvariantCulture, $" UNION ALL SELECT q.RequestId, ft.[RANK] * 3, {n} FROM CONTAINSTABLE(RequestQuestions, Text, {word}) AS ft JOIN RequestQuestions AS q ON q.Id = ft.[KEY]")
                .Append(CultureInfo.InvariantCulture, $" UNION ALL SELECT ft.[KEY], ft.[RANK], {n} FROM CONTAINSTABLE(Requests, (RequesterName, RequesterEmail), {word}) AS ft")
                .Append(" JOIN Requests AS p ON p.Id = ft.[KEY] WHERE p.PersonalDataRemovedAtUtc IS NULL");
        }

        var count = "{" + words.Count.ToString(CultureInfo.InvariantCulture) + "}";
        sql.Append(") AS h GROUP BY h.RequestId HAVING COUNT(DISTINCT h.Word) = ").Append(count);
        return db.Database.SqlQueryRaw<CaseSearchHit>(sql.ToString(), [.. words.Cast<object>(), words.Count]);
    }
}
