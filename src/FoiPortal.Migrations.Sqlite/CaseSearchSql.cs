namespace FoiPortal.Migrations.Sqlite;

/// <summary>
/// The SQLite full-text index of cases for the staff search (issue 18, docs/adr/020): one FTS5 row per request, rowid =
/// the request's Id, with its reference, title, questions (all of them, one per line), requester name and email. Words
/// are stemmed (porter) so word forms match. It is an ordinary FTS5 table (it keeps its own copy of the text), so a row
/// is replaced by deleting it by rowid, which triggers on Requests and RequestQuestions do whenever what it holds
/// changes; any SQLite version (the sqlite3 command line used by bench/ too) can write through them. The requester's
/// name and email are indexed only while the case still has them: the retention purge sets PersonalDataRemovedAtUtc,
/// and the update trigger then indexes the case without them.
/// A later migration that rebuilds Requests or RequestQuestions (SQLite's way to alter a column) drops these triggers
/// with the old table: it must create them again (<see cref="CreateTriggers"/>, then <see cref="Refill"/>). The web
/// test CaseSearch_MigrationCreatesTheIndexAndItsTriggers fails if they are missing.
/// </summary>
public static class CaseSearchSql
{
    private const string Columns = "Reference, Title, Questions, RequesterName, RequesterEmail";

    public const string CreateTable =
        "CREATE VIRTUAL TABLE CaseSearch USING fts5(" + Columns + ", tokenize='porter unicode61 remove_diacritics 2');";

    /// <summary>bm25 weights, column by column: reference 10, title 8, questions 3, requester name 1, email 1.</summary>
    public const string ConfigureRank =
        "INSERT INTO CaseSearch(CaseSearch, rank) VALUES ('rank', 'bm25(10.0, 8.0, 3.0, 1.0, 1.0)');";

    /// <summary>The row of the requests chosen by <paramref name="where"/> (on alias r), as it should be indexed.</summary>
    private static string Rows(string where) =>
        $"INSERT INTO CaseSearch(rowid, {Columns}) SELECT r.Id, r.Reference, r.Title, " +
        "(SELECT group_concat(q.Text, char(10)) FROM RequestQuestions AS q WHERE q.RequestId = r.Id), " +
        "CASE WHEN r.PersonalDataRemovedAtUtc IS NULL THEN r.RequesterName END, " +
        "CASE WHEN r.PersonalDataRemovedAtUtc IS NULL THEN r.RequesterEmail END " +
        $"FROM Requests AS r WHERE {where};";

    private static string Reindex(string id) => $"DELETE FROM CaseSearch WHERE rowid = {id}; " + Rows($"r.Id = {id}");

    public static readonly string Refill = Rows("1 = 1");

    public static readonly IReadOnlyList<string> CreateTriggers =
    [
        $"CREATE TRIGGER CaseSearch_RequestInsert AFTER INSERT ON Requests BEGIN {Rows("r.Id = new.Id")} END;",
        "CREATE TRIGGER CaseSearch_RequestUpdate AFTER UPDATE OF Reference, Title, RequesterName, RequesterEmail, PersonalDataRemovedAtUtc " +
        $"ON Requests BEGIN {Reindex("new.Id")} END;",
        "CREATE TRIGGER CaseSearch_RequestDelete AFTER DELETE ON Requests BEGIN DELETE FROM CaseSearch WHERE rowid = old.Id; END;",
        $"CREATE TRIGGER CaseSearch_QuestionInsert AFTER INSERT ON RequestQuestions BEGIN {Reindex("new.RequestId")} END;",
        // A question moved to another request (never done today) re-indexes both.
        $"CREATE TRIGGER CaseSearch_QuestionUpdate AFTER UPDATE ON RequestQuestions BEGIN {Reindex("old.RequestId")} " +
        $"DELETE FROM CaseSearch WHERE rowid = new.RequestId AND new.RequestId <> old.RequestId; {Rows("r.Id = new.RequestId AND new.RequestId <> old.RequestId")} END;",
        $"CREATE TRIGGER CaseSearch_QuestionDelete AFTER DELETE ON RequestQuestions BEGIN {Reindex("old.RequestId")} END;",
    ];

    public static readonly IReadOnlyList<string> Drop =
    [
        "DROP TRIGGER IF EXISTS CaseSearch_RequestInsert;",
        "DROP TRIGGER IF EXISTS CaseSearch_RequestUpdate;",
        "DROP TRIGGER IF EXISTS CaseSearch_RequestDelete;",
        "DROP TRIGGER IF EXISTS CaseSearch_QuestionInsert;",
        "DROP TRIGGER IF EXISTS CaseSearch_QuestionUpdate;",
        "DROP TRIGGER IF EXISTS CaseSearch_QuestionDelete;",
        "DROP TABLE IF EXISTS CaseSearch;",
    ];
}
