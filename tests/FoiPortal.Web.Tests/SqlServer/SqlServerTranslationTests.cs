using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Pages.Staff.Cases;
using FoiPortal.Web.Pages.Staff.Statistics;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FoiPortal.Web.Tests.SqlServer;

/// <summary>
/// Issue 19: every query handler of the portal (found by reflection, so a new one is covered without editing this
/// test), the queue's views, the log search and the background jobs run against the SQL Server provider with a
/// connection that never opens (<see cref="SqlServerRecorder"/>). A LINQ query SQL Server cannot translate throws and
/// fails the test; every statement recorded is parsed by Microsoft's T-SQL parser.
/// </summary>
public sealed class SqlServerTranslationTests(SqlServerRecordingPortal portal, ITestOutputHelper output) : IClassFixture<SqlServerRecordingPortal>
{
    [Fact]
    public async Task EveryQueryHandler_IsTranslatedBySqlServer_AndItsSqlParses()
    {
        var messages = QueryMessages().ToList();
        var translationFailures = new List<string>();
        var handlersWithSql = 0;
        var statements = new List<string>();
        var perArea = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, message) in messages)
        {
            portal.Recorder.Clear();
            string? stoppedBy = null;
            await portal.RunOnSqlServerAsync(async services =>
            {
                try
                {
                    await services.GetRequiredService<ISender>().Send(message, CancellationToken.None);
                }
                catch (Exception ex) when (!IsTranslationFailure(ex))
                {
                    // An empty database answer makes some handlers stop (not found, validation): what ran was still translated.
                    stoppedBy = $"{ex.GetType().Name}: {ex.Message.Split('\n')[0]}";
                }
                catch (Exception ex)
                {
                    translationFailures.Add($"{name}: {ex.Message}");
                }
            });
            var recorded = portal.Recorder.Commands;
            handlersWithSql += recorded.Count > 0 ? 1 : 0;
            statements.AddRange(recorded);
            var area = message.GetType().Namespace ?? string.Empty;
            perArea[area] = perArea.GetValueOrDefault(area) + recorded.Count;
            output.WriteLine($"{name}: {recorded.Count} statements{(stoppedBy is null ? string.Empty : $" (stopped by {stoppedBy})")}");
        }

        Assert.True(translationFailures.Count == 0, "SQL Server cannot translate:\n" + string.Join('\n', translationFailures));
        foreach (var sql in statements)
        {
            TSql.AssertParses(sql, "A statement EF sent to SQL Server");
        }

        output.WriteLine($"{messages.Count} query messages, {handlersWithSql} ran SQL, {statements.Count} statements, {statements.Distinct(StringComparer.Ordinal).Count()} distinct; all parsed.");
        // The areas the issue names each ran SQL through SQL Server.
        foreach (var area in new[]
        {
            "FoiPortal.Web.Pages.Staff.Cases", "FoiPortal.Web.Pages.Staff.Statistics", "FoiPortal.Web.Pages.DisclosureLog",
            "FoiPortal.Web.Pages.Staff.Inbox", "FoiPortal.Web.Pages.Staff.Reviews", "FoiPortal.Web.Pages.Track",
        })
        {
            Assert.True(perArea.GetValueOrDefault(area) > 0, $"no SQL recorded for {area}");
        }

        Assert.True(handlersWithSql >= 40, $"only {handlersWithSql} query handlers ran SQL");
    }

    [Fact]
    public async Task DeadlineJobsAndTheOutbox_AreTranslatedBySqlServer_AndTheirSqlParses()
    {
        portal.Recorder.Clear();
        await portal.RunOnSqlServerAsync(async services =>
        {
            var reminders = services.GetRequiredService<DeadlineReminderJob>();
            await reminders.SendDueRemindersAsync(CancellationToken.None);
            await reminders.SendDueReviewRemindersAsync(CancellationToken.None);
            // The recorder answers "no row updated": another node holds the lease, so the run stops there.
            Assert.False(await reminders.RunOnceAsync(CancellationToken.None));
            await services.GetRequiredService<OutboxDispatcher>().SendDueAsync(CancellationToken.None);
            await services.GetRequiredService<DraftPurger>().PurgeAsync(CancellationToken.None);
        });

        var recorded = portal.Recorder.Commands;
        output.WriteLine($"{recorded.Count} statements from the jobs");
        Assert.Contains(recorded, sql => sql.Contains("DeadlineReminders", StringComparison.Ordinal));
        Assert.Contains(recorded, sql => sql.Contains("WITH (UPDLOCK, READPAST, ROWLOCK)", StringComparison.Ordinal) && sql.Contains("OutboundEmails", StringComparison.Ordinal));
        Assert.Contains(recorded, sql => sql.Contains("UPDATE JobLeases", StringComparison.Ordinal));
        foreach (var sql in recorded)
        {
            TSql.AssertParses(sql, "A job's statement");
        }
    }

    /// <summary>The recorder really does fail on a query SQL Server cannot translate (a method only .NET knows).</summary>
    [Fact]
    public async Task AnUntranslatableQuery_Fails()
    {
        await using var db = portal.Recorder.CreateContext();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Requests.Where(r => Untranslatable(r.Title))));
        Assert.True(IsTranslationFailure(ex), ex.Message);
    }

    private static bool Untranslatable(string title) => title.GetHashCode(StringComparison.Ordinal) == 42;

    private static bool IsTranslationFailure(Exception ex) =>
        ex.Message.Contains("could not be translated", StringComparison.Ordinal) || (ex.InnerException is { } inner && IsTranslationFailure(inner));

    /// <summary>Every IQuery in the web project with plain arguments, one message per value of each enum argument, and the queue's and statistics' views.</summary>
    private static IEnumerable<(string Name, object Message)> QueryMessages()
    {
        var queries = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in queries)
        {
            var name = type.DeclaringType is { } outer ? $"{outer.Name}.{type.Name}" : type.Name;
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var parameters = constructor.GetParameters();
            yield return (name, constructor.Invoke([.. parameters.Select(p => Default(p.ParameterType))]));
            for (var i = 0; i < parameters.Length; i++)
            {
                var enumType = Nullable.GetUnderlyingType(parameters[i].ParameterType) ?? parameters[i].ParameterType;
                if (!enumType.IsEnum)
                {
                    continue;
                }

                foreach (var value in Enum.GetValues(enumType))
                {
                    var args = parameters.Select(p => Default(p.ParameterType)).ToArray();
                    args[i] = value;
                    yield return ($"{name}({value})", constructor.Invoke(args));
                }
            }
        }

        foreach (var (slug, _) in CaseList.ViewNames.Values)
        {
            yield return ($"CaseList.Query({slug})", new CaseList.Query(slug, null, null, null, null, 1));
            yield return ($"CaseList.Query({slug}, filtered)", new CaseList.Query(slug, "62A", "InProgress", "Foia", "officer@foiportal.test", 2));
        }

        foreach (var filter in new[]
        {
            new StatisticsFilter { Period = "quarter", Year = 2026, Quarter = 1, Regime = "foia" },
            new StatisticsFilter { Period = "month", Year = 2026, Month = 3 },
            new StatisticsFilter { Period = "dates", From = "2026-01-01", To = "2026-02-15" },
        })
        {
            yield return ($"StatisticsPage.Query({filter.Period})", new StatisticsPage.Query(filter));
        }

        yield return ("SearchLog.Query(words and filters)", new Pages.DisclosureLog.SearchLog.Query("online grooming", "2023", null, "CostLimit", null, "2"));
        yield return ("SimilarEntries.Query(title)", new Pages.DisclosureLog.SimilarEntries.Query("Online grooming offences"));
    }

    private static object? Default(Type type)
    {
        if (type == typeof(string))
        {
            return "1";
        }

        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return null;
        }

        return type switch
        {
            _ when type == typeof(int) => 1,
            _ when type == typeof(long) => 1L,
            _ when type == typeof(Guid) => Guid.NewGuid(),
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ when type.IsValueType => Activator.CreateInstance(type),
            _ when type.GetConstructor(Type.EmptyTypes) is not null => Activator.CreateInstance(type),
            _ => null,
        };
    }
}
