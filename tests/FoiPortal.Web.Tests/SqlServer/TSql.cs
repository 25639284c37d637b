using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace FoiPortal.Web.Tests.SqlServer;

/// <summary>
/// Microsoft's own T-SQL parser (the one SSMS and SqlPackage use), at SQL Server 2022's level (TSql160). EF's
/// idempotent script runs each migration statement as <c>EXEC(N'...')</c> inside an <c>IF NOT EXISTS</c>, so the SQL
/// inside every literal EXEC string is parsed too: otherwise only the wrappers would be checked.
/// </summary>
public static class TSql
{
    /// <summary>The parse errors of <paramref name="sql"/> (a script may hold several GO batches) and of the SQL its EXEC strings run, as readable lines.</summary>
    public static IReadOnlyList<string> Errors(string sql) => Errors(sql, depth: 0);

    /// <summary>How many statements were checked in <paramref name="sql"/>, counting the ones inside EXEC strings.</summary>
    public static int StatementCount(string sql)
    {
        var fragment = Parse(sql, out _);
        var visitor = new Visitor();
        fragment.Accept(visitor);
        var count = fragment is TSqlScript script ? script.Batches.Sum(b => b.Statements.Count) : 0;
        return count + visitor.ExecutedSql.Sum(StatementCount);
    }

    /// <summary>Fails with the statement and every error when the parser refuses it.</summary>
    public static void AssertParses(string sql, string what)
    {
        var errors = Errors(sql);
        Assert.True(errors.Count == 0, $"{what} is not valid T-SQL:\n{string.Join('\n', errors)}\n---\n{sql}");
    }

    private static List<string> Errors(string sql, int depth)
    {
        var fragment = Parse(sql, out var errors);
        var found = errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
        if (depth < 3 && fragment is not null)
        {
            var visitor = new Visitor();
            fragment.Accept(visitor);
            foreach (var inner in visitor.ExecutedSql)
            {
                found.AddRange(Errors(inner, depth + 1).Select(e => $"in EXEC(N'{Shorten(inner)}'): {e}"));
            }
        }

        return found;
    }

    private static TSqlFragment Parse(string sql, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        return parser.Parse(reader, out errors);
    }

    private static string Shorten(string sql) => sql.Length <= 80 ? sql : sql[..80] + "...";

    /// <summary>Collects the text of <c>EXEC('...')</c> / <c>EXEC(N'...')</c> made of literal strings only.</summary>
    private sealed class Visitor : TSqlFragmentVisitor
    {
        public List<string> ExecutedSql { get; } = [];

        public override void ExplicitVisit(ExecutableStringList node)
        {
            if (node.Strings.All(s => s is StringLiteral))
            {
                ExecutedSql.Add(string.Concat(node.Strings.Cast<StringLiteral>().Select(s => s.Value)));
            }

            base.ExplicitVisit(node);
        }
    }
}
