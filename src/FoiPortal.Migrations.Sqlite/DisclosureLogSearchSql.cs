namespace FoiPortal.Migrations.Sqlite;

/// <summary>
/// The SQLite full-text index of the disclosure log, in one place for the migrations that create it (and any later
/// migration that rebuilds DisclosureLogEntries and so must recreate the triggers). The table is contentless
/// (<c>content=''</c>): it stores the index only, and a row is removed with FTS5's 'delete' command given the values
/// it was indexed with, which the triggers take from the old row. Only published entries are indexed.
/// </summary>
public static class DisclosureLogSearchSql
{
    private const string Columns = "Title, Reference, RequestText, ResponseText, ReasonText, Facets";

    private const string Old = "old.Id, old.Title, old.Reference, old.RequestText, old.ResponseText, old.ReasonText, old.SearchFacets";

    private const string New = "new.Id, new.Title, new.Reference, new.RequestText, new.ResponseText, new.ReasonText, new.SearchFacets";

    public const string CreateTable =
        "CREATE VIRTUAL TABLE DisclosureLogSearch USING fts5(" + Columns + ", content='', tokenize='unicode61 remove_diacritics 2');";

    /// <summary>
    /// The table as it is now (CaseSearchIndex migration, issue 18): the same columns, words stemmed with the Porter
    /// stemmer before the unicode61 rules, so "grooming" finds "groomed". <see cref="CreateTable"/> is the DisclosureLog
    /// migration's original and stays as it was.
    /// </summary>
    public const string CreatePorterTable =
        "CREATE VIRTUAL TABLE DisclosureLogSearch USING fts5(" + Columns + ", content='', tokenize='porter unicode61 remove_diacritics 2');";

    /// <summary>Indexes every published entry again (after the table was made anew).</summary>
    public const string Refill =
        "INSERT INTO DisclosureLogSearch(rowid, " + Columns + ") SELECT Id, Title, Reference, RequestText, ResponseText, ReasonText, SearchFacets " +
        "FROM DisclosureLogEntries WHERE State = 'Published';";

    /// <summary>bm25 weights, column by column: title 10, reference 5, request 2, response 1, reason 1, facets 0.</summary>
    public const string ConfigureRank =
        "INSERT INTO DisclosureLogSearch(DisclosureLogSearch, rank) VALUES ('rank', 'bm25(10.0, 5.0, 2.0, 1.0, 1.0, 0.0)');";

    public static readonly IReadOnlyList<string> CreateTriggers =
    [
        "CREATE TRIGGER DisclosureLogSearch_Insert AFTER INSERT ON DisclosureLogEntries WHEN new.State = 'Published' BEGIN " +
        $"INSERT INTO DisclosureLogSearch(rowid, {Columns}) VALUES ({New}); END;",

        "CREATE TRIGGER DisclosureLogSearch_Delete AFTER DELETE ON DisclosureLogEntries WHEN old.State = 'Published' BEGIN " +
        $"INSERT INTO DisclosureLogSearch(DisclosureLogSearch, rowid, {Columns}) VALUES ('delete', {Old}); END;",

        // Out with the old row's tokens (if it was indexed), in with the new row's (if it is published).
        "CREATE TRIGGER DisclosureLogSearch_Update AFTER UPDATE OF State, Title, Reference, RequestText, ResponseText, ReasonText, SearchFacets " +
        "ON DisclosureLogEntries BEGIN " +
        $"INSERT INTO DisclosureLogSearch(DisclosureLogSearch, rowid, {Columns}) SELECT 'delete', {Old} WHERE old.State = 'Published'; " +
        $"INSERT INTO DisclosureLogSearch(rowid, {Columns}) SELECT {New} WHERE new.State = 'Published'; END;",
    ];

    public static readonly IReadOnlyList<string> Drop =
    [
        "DROP TRIGGER IF EXISTS DisclosureLogSearch_Insert;",
        "DROP TRIGGER IF EXISTS DisclosureLogSearch_Delete;",
        "DROP TRIGGER IF EXISTS DisclosureLogSearch_Update;",
        "DROP TABLE IF EXISTS DisclosureLogSearch;",
    ];
}
