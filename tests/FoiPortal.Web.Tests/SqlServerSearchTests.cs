using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Pages.Staff.Cases;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Tests;

/// <summary>
/// No SQL Server runs here, so the production search is checked as SQL text: EF renders the statements without a
/// connection. Typed words and filter values must only ever be parameters.
/// </summary>
public sealed class SqlServerSearchTests
{
    private const string Hostile = "grooming'; DROP TABLE DisclosureLogEntries;-- \"x\" OR 1=1";

    private static FoiDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<FoiDbContext>().UseSqlServer("Server=unused;Database=unused;Integrated Security=true").Options);

    [Fact]
    public void Search_IsOneFixedStatementWithEveryValueAParameter()
    {
        using var db = SqlServerContext();
        var terms = SearchTerms.Parse(Hostile);
        var filters = new SearchFilters(2023, "Crime and offences", DisclosureOutcome.CostLimit, "FOIA s.23(5)");

        var count = SqlServerDisclosureLogSearch.CountQuery(db, terms, filters).ToQueryString();
        var page = SqlServerDisclosureLogSearch.PageQuery(db, terms, filters, 40, 20).ToQueryString();

        foreach (var sql in new[] { count, page })
        {
            Assert.Contains("CONTAINSTABLE(DisclosureLogEntries, (Title, Reference, RequestText, ResponseText, ReasonText), @p0)", sql, StringComparison.Ordinal);
            Assert.Contains("e.State = N'Published'", sql, StringComparison.Ordinal);
            Assert.EndsWith("OPTION (RECOMPILE)", sql.TrimEnd(), StringComparison.Ordinal);
            // The words, topic and exemption appear only in the parameter declarations EF prints above the statement.
            var statement = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
            Assert.DoesNotContain("DROP", statement, StringComparison.Ordinal);
            Assert.DoesNotContain("grooming", statement, StringComparison.Ordinal);
            Assert.DoesNotContain("Crime and offences", statement, StringComparison.Ordinal);
            Assert.DoesNotContain("23(5)", statement, StringComparison.Ordinal);
        }

        // Issue 18: each word in its inflectional forms (stemming), still only inside the parameter.
        Assert.Contains("DECLARE p0 nvarchar(4000) = N'FORMSOF(INFLECTIONAL, \"grooming\") AND FORMSOF(INFLECTIONAL, \"DROP\") AND FORMSOF(INFLECTIONAL, \"TABLE\") AND " +
            "FORMSOF(INFLECTIONAL, \"DisclosureLogEntries\") AND FORMSOF(INFLECTIONAL, \"x\") AND FORMSOF(INFLECTIONAL, \"1\")';", count, StringComparison.Ordinal);
        Assert.Contains("OFFSET @", page, StringComparison.Ordinal);
        Assert.Contains("ORDER BY ft.[RANK] DESC", page, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseSearch_EveryWordIsAParameter_SearchedInEachPartOfTheCase()
    {
        using var db = SqlServerContext();

        var sql = SqlServerCaseSearch.Query(db, SearchTerms.Parse(Hostile + " knives")).ToQueryString();

        var statement = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        Assert.DoesNotContain("DROP", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("grooming", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("knife", statement, StringComparison.Ordinal);
        // Seven words: each looked for in the title and reference, the questions and the requester, as its own parameter.
        for (var i = 0; i < 7; i++)
        {
            Assert.Contains($"CONTAINSTABLE(Requests, (Reference, Title), @p{i})", statement, StringComparison.Ordinal);
            Assert.Contains($"CONTAINSTABLE(RequestQuestions, Text, @p{i})", statement, StringComparison.Ordinal);
            Assert.Contains($"CONTAINSTABLE(Requests, (RequesterName, RequesterEmail), @p{i})", statement, StringComparison.Ordinal);
        }

        Assert.Contains("HAVING COUNT(DISTINCT h.Word) = @p7", statement, StringComparison.Ordinal);
        Assert.Contains("DECLARE p0 nvarchar(4000) = N'FORMSOF(INFLECTIONAL, \"grooming\")';", sql, StringComparison.Ordinal);
        Assert.Contains("N'(FORMSOF(INFLECTIONAL, \"knives\") OR FORMSOF(INFLECTIONAL, \"knife\"))'", sql, StringComparison.Ordinal);
        Assert.Contains("p.PersonalDataRemovedAtUtc IS NULL", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_UseFreeTextWithTheWordsAsAParameter()
    {
        using var db = SqlServerContext();

        var sql = SqlServerDisclosureLogSearch.SimilarQuery(db, SearchTerms.Parse(Hostile), 3).ToQueryString();

        Assert.Contains("FREETEXTTABLE(DisclosureLogEntries, (Title, RequestText), @p1)", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("DROP", sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
